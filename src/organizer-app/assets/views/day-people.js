// « Présences » on the « Jour J » screen: 30 experts, 16 groups and 16 tables on a laptop or a tablet,
// run by a stressed organizer. A search box (name, organization, group) and a choice of list narrow
// them, the count of what is shown said aloud; each row is one line: its state, « Absent » (or
// « Fermer ») from the next round in one tap, and « En retard… » that opens, under the row, the
// choice of the round it arrives for (or closes from), only when asked.
import { h } from '../dom.js';
import { t } from '../i18n.js';

const KINDS = [
  ['expert', 'experts', 'day.experts'],
  ['group', 'groups', 'day.groups'],
  ['table', 'tables', 'day.tables'],
];
const SHOW = ['all', 'expert', 'group', 'table', 'marked'];

/** Lower case, no accents: « Hélène » is found by « helene ». */
const folded = (text) =>
  String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/**
 * The section's state (what is searched, which list, which row is open) lives here, across the
 * redraws that follow every mark and the screen's refresh. `act.mark(kind, item, status, round)`
 * and `act.unmark(kind, item, marks)` do the work and say the result.
 */
export function peopleSection(act) {
  let text = '';
  let show = 'all';
  let opened = '';
  const place = h('div');
  const count = h('p', { id: 'people-count', role: 'status', class: 'hint' });
  const search = h('input', {
    type: 'search',
    id: 'people-search',
    autocomplete: 'off',
    'aria-controls': 'people-lists',
    oninput: () => {
      text = search.value;
      apply();
    },
    onkeydown: (event) => {
      if (event.key !== 'Escape' || !search.value) return;
      search.value = text = '';
      apply();
    },
  });
  const choices = SHOW.map((value) =>
    h(
      'label',
      { class: 'choice' },
      h('input', {
        type: 'radio',
        name: 'people-show',
        id: `people-show-${value}`,
        value,
        checked: value === show,
        onchange: () => {
          show = value;
          apply();
        },
      }),
      ` ${t(value === 'all' ? 'day.show.all' : value === 'marked' ? 'day.show.marked' : `day.${value}s`)}`,
    ),
  );
  const element = h(
    'div',
    {},
    h(
      'div',
      { class: 'row people-filter no-print' },
      h('div', { class: 'field' }, h('label', { for: 'people-search' }, t('day.search')), search),
      h('fieldset', { class: 'choices' }, h('legend', {}, t('day.show')), choices),
    ),
    count,
    place,
  );

  let rows = [];
  let drawn;
  /** Hides what does not match and says how many rows are left; the focus stays where it is. */
  function apply() {
    const words = folded(text).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const visible = (show === 'all' || show === row.kind || (show === 'marked' && row.marked)) && words.every((w) => row.haystack.includes(w));
      row.tr.hidden = !visible;
      if (row.more) row.more.hidden = !visible;
      if (visible) shown++;
    }
    for (const table of place.querySelectorAll('.people-list')) table.hidden = !table.querySelector('tbody tr.person:not([hidden])');
    count.textContent = shown ? t('day.count', { shown, total: rows.length }) : t('day.noMatch', { total: rows.length });
  }

  /** Draws the lists again from the day read (`live`, `instance`) and the rounds still open. */
  function draw(day) {
    drawn = day;
    const { live, instance, rounds, stateOf } = day;
    rows = [];
    const lists = KINDS.map(([kind, list, title]) =>
      h(
        'div',
        { class: 'scroll people-list', role: 'region', tabindex: 0, 'aria-labelledby': `cap-${kind}` },
        h(
          'table',
          { class: 'list compact people' },
          h('caption', { id: `cap-${kind}`, class: 'h3' }, t(title)),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['day.name', 'day.state', 'day.actions'].map((c) => h('th', { scope: 'col' }, t(c))),
            ),
          ),
          h(
            'tbody',
            {},
            instance[list].map((item) => personRows(kind, item, live, rounds, stateOf)),
          ),
        ),
      ),
    );
    place.replaceChildren(h('div', { class: 'people-lists', id: 'people-lists' }, lists));
    apply();
  }

  function personRows(kind, item, live, rounds, stateOf) {
    const name = item.name ?? item.id;
    const marks = live.marks.filter((m) => m.kind === kind && m.key === item.id);
    const key = `${kind}-${item.id}`.replace(/[^\w-]/g, '_');
    const button = (id, label, text, onclick, extra = {}) => h('button', { type: 'button', class: 'small', id, 'aria-label': label, onclick, ...extra }, text);
    const next = rounds[0];
    const actions = [];
    if (next) {
      actions.push(
        button(
          `absent-${key}`,
          t(kind === 'table' ? 'day.closeTableOne' : 'day.markAbsentOne', { name, start: next.label }),
          t(kind === 'table' ? 'day.closeTable' : 'day.markAbsent'),
          () => act.mark(kind, item, 'absent', next.id),
        ),
      );
      if (rounds.length > 1)
        actions.push(
          button(
            `later-${key}`,
            t(kind === 'table' ? 'day.laterTableOne' : 'day.laterOne', { name }),
            t(kind === 'table' ? 'day.laterTable' : 'day.later'),
            () => toggle(key),
            {
              'aria-expanded': String(opened === key),
              'aria-controls': opened === key ? `more-${key}` : undefined,
            },
          ),
        );
    }
    if (marks.length)
      actions.push(button(`unmark-${key}`, t('day.unmarkOne', { name }), t('day.unmark'), () => act.unmark(kind, item, marks), { class: 'small danger' }));
    const tr = h(
      'tr',
      { class: 'person' },
      h('th', { scope: 'row' }, name, item.organization ? h('span', { class: 'hint org' }, item.organization) : null),
      h('td', {}, stateOf(kind, marks.at(-1))),
      h('td', {}, h('span', { class: 'row tight' }, actions)),
    );
    // Built only when opened: one round choice on the screen at a time.
    const more = opened === key && rounds.length > 1 ? laterRow(kind, item, name, key, rounds) : null;
    rows.push({ kind, key, tr, more, marked: marks.length > 0, haystack: folded([name, item.organization, ...(item.themes ?? [])].join(' ')) });
    return [tr, more];
  }

  /** Under the row, when opened: the round it arrives for (late) or is gone from (absent, closed). */
  function laterRow(kind, item, name, key, rounds) {
    const select = h(
      'select',
      { id: `round-${key}` },
      // Late for the next round is no lateness: the choice starts with the round after it.
      rounds.map((r, i) => h('option', { value: r.id, selected: i === 1 }, r.label)),
    );
    // Once marked, the choice closes and the focus goes back to the row's « En retard… ».
    const go = (status, id, label, text) =>
      h(
        'button',
        { type: 'button', class: 'small', id, 'aria-label': label, onclick: async () => (await act.mark(kind, item, status, select.value)) && toggle(key) },
        text,
      );
    return h(
      'tr',
      { class: 'more', id: `more-${key}` },
      h(
        'td',
        { colspan: 3 },
        h(
          'div',
          { class: 'row tight' },
          h('label', { for: `round-${key}` }, t(kind === 'table' ? 'day.delayFrom' : 'day.lateRound')),
          select,
          kind === 'table'
            ? go('absent', `close-from-${key}`, t('day.closeFromOne', { name }), t('day.closeFrom'))
            : [
                go('late', `late-${key}`, t('day.markLateOne', { name }), t('day.markLate')),
                go('absent', `absent-from-${key}`, t('day.absentFromOne', { name }), t('day.absentFromThis')),
              ],
        ),
      ),
    );
  }

  /** Opens (or closes) the round choice under a row; the focus goes to the choice, or back to its button. */
  function toggle(key) {
    opened = opened === key ? '' : key;
    draw(drawn);
    document.getElementById(opened ? `round-${key}` : `later-${key}`)?.focus();
  }

  return { element, draw };
}
