// The event's lists (rounds, tables, experts, groups), every cell editable in place, a group's members included.
import { fill, h } from '../dom.js';
import { t } from '../i18n.js';
import { addButton, removeButton } from './frame.js';
import { editable } from './edit-field.js';
import { membersCell } from './members.js';
import { nextRound, PAUSE_MINUTES } from '../rounds.js';
import { clock, parseClock, parseDay, typedDay, wallSpan } from '../wall-time.js';

const COLUMNS = {
  // A round is edited as its day (« 22/01/2027 »), its start and its end (« 18 h 00 », "6:00 PM"):
  // the format's wall times of the event's zone, typed as people write them, in either language.
  rounds: [{ key: 'date' }, { key: 'start' }, { key: 'end' }],
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

const minutesOf = (wall) => Date.parse(`${wall}:00Z`) / 60000;
const wallOf = (minutes) => new Date(minutes * 60000).toISOString().slice(0, 16);

/** A round's field as its input shows it: its day (« 22/01/2027 »), or a time (« 18 h 00 », "6:00 PM"). */
const roundField = (round, key) => (key === 'date' ? typedDay(round.start) : clock(round[key]));

/**
 * The round's new start and end once one field changed: a new day or start moves the whole round
 * (its length kept); a new end closes it that day, or the next one when it comes before the start.
 */
export function movedRound(round, key, value) {
  const length = minutesOf(round.end) - minutesOf(round.start);
  if (key === 'date' || key === 'start') {
    const start = key === 'date' ? `${value}T${round.start.slice(11, 16)}` : `${round.start.slice(0, 10)}T${value}`;
    return { start, end: wallOf(minutesOf(start) + length) };
  }
  let end = minutesOf(`${round.start.slice(0, 10)}T${value}`);
  if (end <= minutesOf(round.start)) end += 24 * 60;
  return { start: round.start, end: wallOf(end) };
}

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
export function itemsSection(eventId, collection, items, reload, send, pauseMinutes = PAUSE_MINUTES, timezone = '') {
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
      items.map((item) => {
        // « ven. 22 janv. 18 h 00 – 18 h 20 »: the round as people say it, redrawn with each change.
        const span = collection === 'rounds' ? h('span', { class: 'when' }, wallSpan(item.start, item.end)) : null;
        const save = (c, value) => {
          if (collection !== 'rounds') return send('PATCH', `${path}/${encodeURIComponent(item.id)}`, { [c.key]: value });
          const typed = c.key === 'date' ? parseDay(value) : parseClock(value);
          if (!typed) return Promise.reject(Object.assign(new Error(t(c.key === 'date' ? 'items.badDay' : 'items.badClock')), { fields: [] }));
          const times = movedRound(item, c.key, typed);
          return send('PATCH', `${path}/${encodeURIComponent(item.id)}`, times).then((reply) => {
            Object.assign(item, times);
            fill(span, wallSpan(item.start, item.end));
            return reply;
          });
        };
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, item.id, span ? [' ', span] : null),
          COLUMNS[collection].map((c) =>
            h(
              'td',
              {},
              editable(c, collection === 'rounds' ? roundField(item, c.key) : item[c.key], `${t(`col.${c.key}`)} — ${name(item)}`, (value) => save(c, value)),
            ),
          ),
          collection === 'groups' ? h('td', {}, membersCell(`${path}/${encodeURIComponent(item.id)}`, item, items, reload, send)) : null,
          h(
            'td',
            {},
            removeButton(place, name(item), () => send('DELETE', `${path}/${encodeURIComponent(item.id)}`), reload),
          ),
        );
      }),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': `h-${collection}` },
    h('h2', { id: `h-${collection}` }, t(`items.${collection}`), ' ', h('span', { class: 'count' }, `(${items.length})`)),
    collection === 'rounds' && timezone ? h('p', { class: 'hint' }, t('items.roundsZone', { zone: timezone })) : null,
    h('div', { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': t(`items.${collection}`) }, table),
    place,
    addButton(place, t(`items.add.${collection}`), add, reload),
  );
}
