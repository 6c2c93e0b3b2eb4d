// The rotation grid (rounds × tables, a band per day): expert and group names, a colour and a label
// per theme, and on a draft, moves by drag and drop (mouse or finger) or by keyboard (arrows between
// cells, Enter on a group, arrows to the target, Enter). While a group is picked up, every cell says
// whether it can go there, by shape and words as well as colour (WCAG 1.4.1): a possible cell is
// framed and ticked « ✓ », a refused one hatched and marked « ⊘ », its reason written in
// it in names and times, and said by a screen reader on it. Group-rounds left empty (format 1.1's
// idle) are shown in a last column, each group there muted and marked « libre ».
import { announce, h, uid } from './dom.js';
import { getLang, t } from './i18n.js';
import { moveProblem, swapProblem } from './grid-rules.js';
import { idleGroupRounds } from './shares.js';
import { clockSpan, dayTime } from './wall-time.js';
import { touchDrag } from './touch-drag.js';

const PALETTE = 12;

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

  const problemOf = (from, target) =>
    target.group
      ? swapProblem(instance, version.meetings, from, { round: target.round, group: target.group })
      : moveProblem(instance, version.meetings, from, { round: target.round, table: target.table });
  const change = (target) => {
    const from = selected;
    clearSelection();
    // Onto the group's own cell, or another of its meetings: nothing to trade.
    if (!from || target.group === from.group) return;
    const problem = problemOf(from, target);
    if (problem) return showRefusal(target, wordProblem(problem));
    onChange(
      target.group
        ? { op: 'swap', from, with: { round: target.round, group: target.group } }
        : { op: 'move', from, to: { round: target.round, table: target.table } },
    );
  };
  function select(button) {
    selected = { round: button.dataset.round, group: button.dataset.group };
    button.setAttribute('aria-pressed', 'true');
    grid.classList.add('choosing');
    markTargets(selected);
  }
  /**
   * Marks every cell for the picked-up group: possible (a swap with a group there, or a move into
   * it), or refused with its reason written in the cell. The group's own meetings are neither.
   */
  function markTargets(from) {
    for (const td of grid.querySelectorAll('td[data-round]')) {
      const group = groupIn(td);
      const own = group === from.group;
      const problem = own ? null : problemOf(from, { round: td.dataset.round, table: td.dataset.table, group });
      const why = problem ? wordProblem(problem) : null;
      td.classList.toggle('target', !own && !problem);
      td.classList.toggle('refused', Boolean(problem));
      for (const old of td.querySelectorAll('.mark, .why')) old.remove();
      // Seen, not heard twice: the buttons' descriptions say the same to a screen reader.
      if (!own) td.prepend(h('span', { class: 'mark', 'aria-hidden': 'true' }, problem ? '⊘' : '✓'));
      if (why) td.append(h('span', { class: 'why', 'aria-hidden': 'true' }, why));
      for (const b of td.querySelectorAll('button')) {
        if (own) b.removeAttribute('aria-description');
        else b.setAttribute('aria-description', problem ? t('grid.refusedTarget', { why }) : t('grid.target'));
      }
    }
  }
  /** A refusal beside the cell it was about, and said aloud. */
  function showRefusal(target, text) {
    for (const old of grid.querySelectorAll('.refusal')) old.remove();
    const td = [...grid.querySelectorAll('td[data-round]')].find(
      (c) =>
        c.dataset.round === target.round && (target.table ? c.dataset.table === target.table : c.querySelector(`[data-group="${CSS.escape(target.group)}"]`)),
    );
    td?.append(h('p', { class: 'refusal', role: 'alert' }, text));
    announce(text);
  }
  /** A group dropped on a cell: onto another group there (a swap), or into the cell (a move). */
  function dropOn(cell, at) {
    change({ round: cell.dataset.round, table: cell.dataset.table, group: groupIn(cell, at) });
  }
  /**
   * The group a drop on `cell` trades places with: the one under the pointer, else the cell's only
   * group (a drop beside its button means it too: the cell was ticked for that trade); none in an
   * empty cell, or beside the groups of an expert who receives several (the group joins them).
   */
  function groupIn(cell, at) {
    const under = at?.closest?.('[data-group]')?.dataset.group;
    if (under) return under;
    const here = cell.querySelectorAll('[data-group]');
    return here.length === 1 ? here[0].dataset.group : undefined;
  }
  function clearSelection() {
    selected = null;
    for (const b of grid.querySelectorAll('[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
    for (const td of grid.querySelectorAll('td.target, td.refused')) td.classList.remove('target', 'refused');
    for (const mark of grid.querySelectorAll('td .mark, td .why')) mark.remove();
    for (const b of grid.querySelectorAll('[aria-description]')) b.removeAttribute('aria-description');
    grid.classList.remove('choosing');
  }

  function groupButton(m) {
    const name = groups.get(m.group)?.name ?? m.group;
    const label = t('grid.groupCell', {
      group: name,
      round: when(roundOf(m.round)?.start),
      table: instance.tables.find((x) => x.id === m.table)?.name ?? m.table,
    });
    if (!editable) return h('span', { class: 'group' }, name);
    return h(
      'button',
      {
        type: 'button',
        class: 'group',
        draggable: 'true',
        'aria-pressed': 'false',
        'aria-label': label,
        'data-round': m.round,
        'data-group': m.group,
        'data-table': m.table,
        onclick: (e) => {
          if (selected) return change({ round: m.round, group: m.group, table: m.table });
          select(e.currentTarget);
          announce(t('grid.selected', { group: name, round: when(roundOf(m.round)?.start) }));
        },
        ondragstart: (e) => {
          clearSelection();
          select(e.currentTarget);
          e.dataTransfer.setData('text/plain', `${m.round} ${m.group}`);
          e.dataTransfer.effectAllowed = 'move';
        },
        ondragend: () => selected && clearSelection(),
      },
      name,
    );
  }

  function cell(round, table) {
    const meetings = at(round.id, table.id);
    const expert = meetings[0] && experts.get(meetings[0].expert);
    const theme = expert?.themes?.[0];
    const td = h(
      'td',
      { class: theme ? `meeting ${themes.get(theme)}` : meetings.length ? 'meeting' : 'free', 'data-round': round.id, 'data-table': table.id },
      expert ? h('span', { class: 'expert' }, expert.name) : null,
      theme ? h('span', { class: 'theme' }, theme) : null,
      meetings.map(groupButton),
      editable && !meetings.length
        ? h(
            'button',
            {
              type: 'button',
              class: 'place',
              'aria-label': t('grid.freeCell', { round: when(round.start), table: table.name }),
              'data-round': round.id,
              'data-table': table.id,
              onclick: () => (selected ? change({ round: round.id, table: table.id }) : announce(t('grid.selectFirst'))),
            },
            h('span', { 'aria-hidden': 'true' }, '+'),
          )
        : null,
    );
    if (editable) {
      td.addEventListener('dragover', (e) => {
        e.preventDefault();
        // The pointer says it too: no drop on a refused cell (the drop still says why).
        e.dataTransfer.dropEffect = td.classList.contains('refused') ? 'none' : 'move';
        td.classList.add('over');
      });
      td.addEventListener('dragleave', () => td.classList.remove('over'));
      // With a group picked, a click anywhere in the cell (the expert's name, the theme, the ✓) is a
      // drop there: the buttons keep the keyboard's way, the mouse and the finger get the whole cell.
      td.addEventListener('click', (e) => {
        if (selected && !e.target.closest('button')) dropOn(td, e.target);
      });
      td.addEventListener('drop', (e) => {
        e.preventDefault();
        td.classList.remove('over');
        dropOn(td, e.target);
      });
    }
    return td;
  }

  const time = (r) => clockSpan(r.start, r.end);
  const roundOf = (id) => instance.rounds.find((r) => r.id === id);
  const days = [];
  for (const r of instance.rounds) {
    if (days.at(-1)?.date !== r.start.slice(0, 10)) days.push({ date: r.start.slice(0, 10), rounds: [] });
    days.at(-1).rounds.push(r);
  }
  // How to move a group, above the grid rather than in its caption, which is as wide as the grid
  // and ran out of sight at the right of the scrolling region.
  const howTo = editable ? h('p', { class: 'hint', id: uid('grid-how') }, t('grid.howTo')) : null;
  const idle = idleGroupRounds(instance, version.meetings);
  const idleCell = (round) =>
    h(
      'td',
      { class: 'idle', 'data-idle-round': round.id },
      idle.rounds
        .get(round.id)
        .map((g) => h('span', { class: 'idle-group' }, h('span', { class: 'idle-tag' }, t('grid.idleCell')), ' ', groups.get(g)?.name ?? g)),
    );
  const grid = h(
    'table',
    { class: editable ? 'grid editable' : 'grid', 'aria-describedby': howTo?.id },
    h('caption', {}, h('span', {}, t('grid.caption', { number: version.number }))),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('grid.round')),
        tables.map((tb) => h('th', { scope: 'col' }, tb.name)),
        idle.total ? h('th', { scope: 'col', class: 'idle' }, t('grid.idle')) : null,
      ),
    ),
    days.map((d) =>
      h(
        'tbody',
        {},
        h('tr', { class: 'day' }, h('th', { scope: 'colgroup', colspan: tables.length + (idle.total ? 2 : 1) }, h('span', {}, dayName(d.date)))),
        d.rounds.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.id, h('br'), h('span', { class: 'time' }, time(r))),
            tables.map((tb) => cell(r, tb)),
            idle.total ? idleCell(r) : null,
          ),
        ),
      ),
    ),
  );
  if (editable) rove(grid);
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
  const legend = themes.size
    ? h(
        'ul',
        { class: 'legend', 'aria-label': t('grid.themes') },
        [...themes].map(([theme, cls]) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), theme)),
      )
    : null;
  const shownNames = {
    experts: version.meetings.map((m) => experts.get(m.expert)?.name ?? m.expert),
    groups: instance.groups.map((g) => g.name ?? g.id),
  };
  const startCompact = compact(tables.length, idle.total > 0, shownNames);
  const wrap = h('div', { class: `grid-wrap${startCompact ? ' compact' : ''}` });
  const compactButton = h(
    'button',
    {
      type: 'button',
      class: 'small',
      'aria-pressed': String(startCompact),
      onclick: () => {
        const on = !wrap.classList.contains('compact');
        localStorage.setItem(COMPACT, on ? '1' : '0');
        wrap.classList.toggle('compact', on);
        compactButton.setAttribute('aria-pressed', String(on));
      },
    },
    t('grid.compact'),
  );
  return Object.assign(
    fillWrap(
      wrap,
      h('div', { class: 'row' }, compactButton),
      legend,
      howTo,
      h('div', { class: 'scroll', role: 'region', tabindex: 0, 'aria-label': t('grid.caption', { number: version.number }) }, grid),
    ),
    {
      showRefusal,
      /** After a change is drawn: the focus goes back to the group that moved, in its new cell. */
      focusMoved(round, group) {
        const button = grid.querySelector(`button[data-round="${CSS.escape(round)}"][data-group="${CSS.escape(group)}"]`);
        if (!button) return;
        for (const b of grid.querySelectorAll('tbody button')) b.tabIndex = -1;
        button.tabIndex = 0;
        button.focus();
      },
    },
  );
}

const COMPACT = 'carrousel.gridCompact';
/** The compact view's fixed columns (px): the rounds' (5.4rem) and the free groups' (6.5rem). */
const ROUND_COLUMN = 86;
const IDLE_COLUMN = 104;
/** The compact view's type (11.5 px), and what a cell's padding takes from an expert's name, and a group's button more. */
const EXPERT = { weight: 600, chrome: 6 };
const GROUP = { weight: 400, chrome: 14 };
/** How far `names`' widest word overflows a column of `column` pixels in the compact view's type (-Infinity where nothing can measure). */
function overflow(names, column, { weight, chrome }) {
  const context = document.createElement('canvas').getContext?.('2d');
  if (!context) return -Infinity;
  context.font = `${weight} 11.5px ${getComputedStyle(document.body).fontFamily}`;
  const words = [...new Set(names.flatMap((n) => String(n).split(/\s+/)))];
  return Math.max(-Infinity, ...words.map((word) => context.measureText(word).width)) - (column - chrome);
}
/**
 * The organizer's own choice, kept in this browser; else compact exactly when the normal view
 * would scroll sideways and the compact one shows every room with every name's words whole
 * (none cut in two): 16 rooms of « Groupe 12 » and « Léa Rousseau » on a 1366-pixel laptop, a
 * day's rounds in about 500 pixels; not 16 rooms on a tablet held upright (40-pixel columns),
 * nor names like « Environnement » that a 65-pixel column would cut.
 */
function compact(tableCount, idleColumn, names) {
  const stored = localStorage.getItem(COMPACT);
  if (stored !== null) return stored === '1';
  const main = document.querySelector('main');
  const style = main && getComputedStyle(main);
  const width = main ? main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) : window.innerWidth;
  const rest = ROUND_COLUMN + (idleColumn ? IDLE_COLUMN : 0);
  if (rest + tableCount * 136 <= width) return false;
  const column = (width - rest) / tableCount;
  return overflow(names.experts, column, EXPERT) <= 0 && overflow(names.groups, column, GROUP) <= 0;
}
const fillWrap = (wrap, ...children) => {
  wrap.append(...children.filter(Boolean));
  return wrap;
};

/** « ven. 22 janv. 18 h 00 »: a round as people say it, the day always with it on a two-day event. */
export function when(wall) {
  if (!wall) return '';
  return dayTime(wall);
}

function dayName(date, style = 'long') {
  return new Date(`${date}T12:00Z`).toLocaleDateString(getLang() === 'en' ? 'en-GB' : 'fr-FR', {
    weekday: style,
    day: 'numeric',
    month: style,
    timeZone: 'UTC',
  });
}

/** A problem of grid-rules.js in words, its round's time as a day and an hour. */
function wordProblem(problem) {
  return t(problem.code, { ...problem.params, time: when(problem.params.time) });
}

/**
 * One tab stop for the whole grid (roving tabindex): arrows go from cell to cell, skipping cells
 * with nothing to press, Home and End to the row's ends.
 */
function rove(grid) {
  const buttons = () => [...grid.querySelectorAll('tbody td button')];
  buttons().forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1));
  const rows = () => [...grid.querySelectorAll('tbody tr:not(.day)')];
  grid.addEventListener('keydown', (e) => {
    const moves = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
    const from = e.target.closest?.('td');
    if (!from || !(e.key in moves || e.key === 'Home' || e.key === 'End')) return;
    const all = rows();
    let row = all.indexOf(from.parentElement);
    let col = [...from.parentElement.children].indexOf(from);
    const cellAt = (r, c) => all[r]?.children[c];
    let target = null;
    if (e.key === 'Home' || e.key === 'End') {
      const cells = [...all[row].querySelectorAll('td')];
      target = (e.key === 'Home' ? cells : cells.reverse()).find((c) => c.querySelector('button'));
    } else {
      const [dr, dc] = moves[e.key];
      for (row += dr, col += dc; cellAt(row, col) && cellAt(row, col).tagName === 'TD'; row += dr, col += dc) {
        if (cellAt(row, col).querySelector('button')) {
          target = cellAt(row, col);
          break;
        }
      }
    }
    const button = target?.querySelector('button');
    if (!button) return;
    e.preventDefault();
    for (const b of buttons()) b.tabIndex = -1;
    button.tabIndex = 0;
    button.focus();
  });
}
