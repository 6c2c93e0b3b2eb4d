// The event's lists (rounds, tables, experts, groups), every cell editable in place, a group's members included.
import { h } from '../dom.js';
import { getLang, t } from '../i18n.js';
import { addButton, removeButton } from './frame.js';
import { editable } from './edit-field.js';
import { membersCell } from './members.js';
import { nextRound, PAUSE_MINUTES } from '../rounds.js';

const COLUMNS = {
  rounds: [{ key: 'start' }, { key: 'end' }],
  tables: [{ key: 'name' }, { key: 'seats', type: 'number' }, { key: 'location' }],
  experts: [
    { key: 'name' },
    { key: 'email', type: 'email' },
    { key: 'organization' },
    { key: 'themes', type: 'list' },
    { key: 'rounds', type: 'list' },
    { key: 'maxMeetings', type: 'number' },
    { key: 'maxConsecutive', type: 'number' },
    { key: 'maxGroupsPerRound', type: 'number' },
    { key: 'table' },
  ],
  groups: [
    { key: 'name' },
    { key: 'size', type: 'number' },
    { key: 'themes', type: 'list' },
    { key: 'rounds', type: 'list' },
    { key: 'maxMeetings', type: 'number' },
  ],
};

/** « sam. 23 janv. »: the day of a round, so that a two-day event reads as two days. */
const day = (wall) =>
  new Date(`${String(wall).slice(0, 10)}T12:00Z`).toLocaleDateString(getLang() === 'en' ? 'en-GB' : 'fr-FR', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** A new item for the "add" button: the next free id and the fields the format requires. */
function blank(collection, items, pauseMinutes) {
  const prefix = { rounds: 'r', tables: 't', experts: 'e', groups: 'g' }[collection];
  let n = items.length + 1;
  while (items.some((i) => i.id === `${prefix}${n}`)) n++;
  const id = `${prefix}${n}`;
  if (collection === 'tables') return { id, name: `${t('new.tableName')} ${n}`, seats: 8 };
  if (collection === 'experts') return { id, name: `${t('items.newExpert')} ${n}` };
  if (collection === 'groups') return { id, name: `${t('items.newGroup')} ${n}`, size: 1 };
  return nextRound(items, id, pauseMinutes, new Date().toISOString().slice(0, 10));
}

/** @param {(method, path, body) => Promise<object>} send  sends a change to the event (see event-changes.js) */
export function itemsSection(eventId, collection, items, reload, send, pauseMinutes = PAUSE_MINUTES) {
  const place = h('div');
  const name = (item) => item.name ?? item.id;
  // The list as the last change left it: two quick additions get two different ids.
  let list = items;
  const add = () =>
    send(
      'POST',
      path,
      () => blank(collection, list, pauseMinutes),
      (reply) => (list = reply.items.map((x) => x.item)),
    );
  const path = `/api/events/${eventId}/${collection}`;
  const table = h(
    'table',
    { class: 'list compact' },
    h('caption', { class: 'sr-only' }, t(`items.${collection}`)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'id'),
        COLUMNS[collection].map((c) => h('th', { scope: 'col' }, t(`col.${c.key}`))),
        collection === 'groups' ? h('th', { scope: 'col' }, t('col.members')) : null,
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('items.actions'))),
      ),
    ),
    h(
      'tbody',
      {},
      items.map((item) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, item.id, collection === 'rounds' ? h('span', { class: 'day' }, ` ${day(item.start)}`) : null),
          COLUMNS[collection].map((c) =>
            h(
              'td',
              {},
              editable(c, item[c.key], `${t(`col.${c.key}`)} — ${name(item)}`, (value) =>
                send('PATCH', `${path}/${encodeURIComponent(item.id)}`, { [c.key]: value }),
              ),
            ),
          ),
          collection === 'groups' ? h('td', {}, membersCell(`${path}/${encodeURIComponent(item.id)}`, item, items, reload, send)) : null,
          h(
            'td',
            {},
            removeButton(place, name(item), () => send('DELETE', `${path}/${encodeURIComponent(item.id)}`), reload),
          ),
        ),
      ),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': `h-${collection}` },
    h('h2', { id: `h-${collection}` }, t(`items.${collection}`), ' ', h('span', { class: 'count' }, `(${items.length})`)),
    h('div', { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': t(`items.${collection}`) }, table),
    place,
    addButton(place, t(`items.add.${collection}`), add, reload),
  );
}
