// A group's members (names, e-mail, phone), edited in place under the group's row: the badges,
// personal links and itinerary cards are made from them. The list is saved whole with the group's
// size, which the format requires to match it; a group without a list keeps its size when its list
// is started (one line per person to fill in) or emptied.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { addButton, removeButton } from './frame.js';
import { editable } from './edit-field.js';

const FIELDS = [{ key: 'name' }, { key: 'email', type: 'email' }, { key: 'phone' }];
/** The groups whose member list is open: it stays open when the lists are drawn again after an addition or a removal. */
const opened = new Set();

/** `count` new members for `list`, the group's members now: ids used in no group of the event (the group's id and a number), a placeholder name. */
function newMembers(group, list, groups, count) {
  const used = new Set([...groups.filter((g) => g.id !== group.id).flatMap((g) => (g.members ?? []).map((m) => m.id)), ...list.map((m) => m.id)]);
  const out = [];
  for (let n = list.length + 1; out.length < count; n++) {
    if (!used.has(`${group.id}-m${n}`)) out.push({ id: `${group.id}-m${n}`, name: `${t('members.new')} ${n}` });
  }
  return out;
}

/**
 * @param {string} path  the group's URL in the API
 * @param {object} group  the group as the API gave it
 * @param {object[]} groups  every group of the event (member ids are unique across them)
 * @param {() => void} reload  redraws the groups once a member is added or removed
 * @param {(method, path, body, saved) => Promise<object>} send  sends a change to the event (see event-changes.js)
 */
export function membersCell(path, group, groups, reload, send) {
  let members = group.members ?? [];
  const place = h('div');
  // Each change is applied to the list as the one before it left it: two quick edits both stay.
  const save = (change) => {
    let next;
    return send(
      'PATCH',
      path,
      () => {
        next = change(members);
        return next.length ? { members: next, size: next.length } : { members: null };
      },
      () => (members = next),
    );
  };
  const list = members.length ? members.map((m) => m.name).join(', ') : t('members.none');
  // Members are found by id when a change's turn comes: a removal sent just before moved the ones after it.
  const rows = members.map((member) =>
    h(
      'tr',
      {},
      FIELDS.map((f) =>
        h(
          'td',
          {},
          editable(f, member[f.key], `${t(`col.${f.key}`)} — ${member.name}`, (value) =>
            save((list) =>
              list.map((m) => {
                if (m.id !== member.id) return m;
                const { [f.key]: _old, ...rest } = m;
                return value === null ? rest : { ...rest, [f.key]: value };
              }),
            ),
          ),
        ),
      ),
      h(
        'td',
        {},
        removeButton(place, member.name, () => save((list) => list.filter((m) => m.id !== member.id)), reload),
      ),
    ),
  );
  return h(
    'details',
    {
      class: 'members',
      open: opened.has(group.id),
      ontoggle: (e) => (e.currentTarget.open ? opened.add(group.id) : opened.delete(group.id)),
    },
    h('summary', {}, `${list} (${members.length})`),
    h(
      'table',
      { class: 'list compact' },
      h('caption', { class: 'sr-only' }, t('members.of', { group: group.name })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          FIELDS.map((f) => h('th', { scope: 'col' }, t(`col.${f.key}`))),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('items.actions'))),
        ),
      ),
      h('tbody', {}, rows),
    ),
    place,
    addButton(
      place,
      members.length ? t('members.add', { group: group.name }) : t('members.start', { group: group.name, size: group.size }),
      () => save((list) => [...list, ...newMembers(group, list, groups, list.length ? 1 : group.size)]),
      reload,
    ),
  );
}
