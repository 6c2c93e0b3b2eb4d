// The rotation grid (rounds × tables): expert and group names, a colour and a label per theme, and
// on a draft, moves by drag and drop (mouse or finger) or by keyboard (select a group, then a
// target cell, Enter).
import { announce, h } from './dom.js';
import { t } from './i18n.js';
import { touchDrag } from './touch-drag.js';

const PALETTE = 8;

/** Each theme's colour class (in order of first appearance among experts). */
export function themeClasses(instance) {
  const themes = [...new Set(instance.experts.flatMap((e) => e.themes ?? []))];
  return new Map(themes.map((theme, i) => [theme, `theme-${i % PALETTE}`]));
}

/**
 * @param {{ instance, version, editable: boolean, onChange: (change) => void }} options
 *   onChange receives { op: 'move', from: {round, group}, to: {round, table} } or
 *   { op: 'swap', from: {round, group}, with: {round, group} }.
 */
export function renderGrid({ instance, version, editable, onChange }) {
  const names = (list) => new Map(list.map((x) => [x.id, x]));
  const experts = names(instance.experts);
  const groups = names(instance.groups);
  const tables = instance.tables.filter((tb) => version.meetings.some((m) => m.table === tb.id) || editable);
  const themes = themeClasses(instance);
  const at = (round, table) => version.meetings.filter((m) => m.round === round && m.table === table);
  let selected = null;

  const change = (target) => {
    const from = selected;
    clearSelection();
    if (!from || (target.group === from.group && target.round === from.round)) return;
    onChange(target.group
      ? { op: 'swap', from, with: { round: target.round, group: target.group } }
      : { op: 'move', from, to: { round: target.round, table: target.table } });
  };
  function select(button) {
    selected = { round: button.dataset.round, group: button.dataset.group };
    button.setAttribute('aria-pressed', 'true');
    grid.classList.add('choosing');
  }
  /** A group dropped on a cell: onto another group there (a swap), or into the cell (a move). */
  function dropOn(cell, at) {
    change({ round: cell.dataset.round, table: cell.dataset.table, group: at?.closest('[data-group]')?.dataset.group });
  }
  function clearSelection() {
    selected = null;
    for (const b of grid.querySelectorAll('[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
    grid.classList.remove('choosing');
  }

  function groupButton(m) {
    const name = groups.get(m.group)?.name ?? m.group;
    const label = t('grid.groupCell', { group: name, round: m.round, table: instance.tables.find((x) => x.id === m.table)?.name ?? m.table });
    if (!editable) return h('span', { class: 'group' }, name);
    return h('button', {
      type: 'button', class: 'group', draggable: 'true', 'aria-pressed': 'false', 'aria-label': label,
      'data-round': m.round, 'data-group': m.group, 'data-table': m.table,
      onclick: (e) => {
        if (selected) return change({ round: m.round, group: m.group, table: m.table });
        select(e.currentTarget);
        announce(t('grid.selected', { group: name, round: m.round }));
      },
      ondragstart: (e) => {
        selected = { round: m.round, group: m.group };
        e.dataTransfer.setData('text/plain', `${m.round} ${m.group}`);
        e.dataTransfer.effectAllowed = 'move';
      },
      ondragend: () => selected && clearSelection(),
    }, name);
  }

  function cell(round, table) {
    const meetings = at(round.id, table.id);
    const expert = meetings[0] && experts.get(meetings[0].expert);
    const theme = expert?.themes?.[0];
    const td = h('td', { class: theme ? `meeting ${themes.get(theme)}` : meetings.length ? 'meeting' : 'free', 'data-round': round.id, 'data-table': table.id },
      expert ? h('span', { class: 'expert' }, expert.name) : null,
      theme ? h('span', { class: 'theme' }, theme) : null,
      meetings.map(groupButton),
      editable && !meetings.length ? h('button', {
        type: 'button', class: 'place', 'aria-label': t('grid.freeCell', { round: round.id, table: table.name }),
        onclick: () => (selected ? change({ round: round.id, table: table.id }) : announce(t('grid.selectFirst'))),
      }, h('span', { 'aria-hidden': 'true' }, '+')) : null);
    if (editable) {
      td.addEventListener('dragover', (e) => {
        e.preventDefault();
        td.classList.add('over');
      });
      td.addEventListener('dragleave', () => td.classList.remove('over'));
      td.addEventListener('drop', (e) => {
        e.preventDefault();
        td.classList.remove('over');
        dropOn(td, e.target);
      });
    }
    return td;
  }

  const time = (r) => `${r.start.slice(11)}–${r.end.slice(11)}`;
  const grid = h('table', { class: 'grid' },
    h('caption', {}, t('grid.caption', { number: version.number }), editable ? h('span', { class: 'hint' }, ` ${t('grid.howTo')}`) : null),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('grid.round')), tables.map((tb) => h('th', { scope: 'col' }, tb.name)))),
    h('tbody', {}, instance.rounds.map((r) => h('tr', {},
      h('th', { scope: 'row' }, r.id, h('br'), h('span', { class: 'time' }, time(r))),
      tables.map((tb) => cell(r, tb))))));
  if (editable) {
    touchDrag(grid, {
      pick: (button) => {
        clearSelection();
        select(button);
        announce(t('grid.held', { group: button.textContent }));
      },
      drop: (cell, at) => {
        if (cell) return dropOn(cell, at);
        clearSelection();
        announce(t('grid.cancelled'));
      },
    });
  }
  grid.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && selected) {
      clearSelection();
      announce(t('grid.cancelled'));
    }
  });
  const legend = themes.size ? h('ul', { class: 'legend', 'aria-label': t('grid.themes') },
    [...themes].map(([theme, cls]) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), theme))) : null;
  return h('div', { class: 'grid-wrap' }, legend, h('div', { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': t('grid.caption', { number: version.number }) }, grid));
}
