/**
 * The rotation grid as plain text for a terminal: rounds down, tables across, "expert ← group"
 * in each cell, so an organizer can read the whole plan at a glance (or paste it in a mail).
 * When the tables do not fit the width, a compact listing per round says the same thing.
 */
import type { Meeting, Problem, Round } from './model';

export interface GridOptions {
  /** Characters available per line; every line of the grid fits. */
  width?: number;
}

const DEFAULT_WIDTH = 120;
/** Below this, a column would show too little of a name to be useful: switch to the listing. */
const MIN_CELL = 14;
const SEPARATOR = ' | ';
const IDLE = '·';

export function renderGrid(problem: Problem, meetings: Meeting[], opts: GridOptions = {}): string {
  const width = Math.max(20, opts.width ?? DEFAULT_WIDTH);
  const cells = cellTexts(problem, meetings);
  const used = [...new Set(meetings.map((m) => m.table))].sort((a, b) => a - b);
  const labels = problem.rounds.map(roundLabel);
  const labelWidth = Math.max(0, ...labels.map(len));

  const natural = used.map((t) => Math.max(len(problem.tables[t].name), ...problem.rounds.map((r) => len(cells.get(key(r.index, t)) ?? IDLE))));
  const budget = width - labelWidth - SEPARATOR.length * used.length;
  const columns = fitColumns(natural, budget);
  // Without any meeting a grid would be all header: the listing says "(no meeting)" instead.
  const lines =
    used.length > 0 && columns && columns.every((w, i) => w >= Math.min(MIN_CELL, natural[i]))
      ? table(problem, used, cells, labels, labelWidth, columns)
      : listing(problem, used, cells, labels);
  return lines.map((line) => cut(line, width).trimEnd()).join('\n') + '\n';
}

/** "Expert ← Group", or "Expert ← G1, G2" when an expert receives several groups at once. */
function cellTexts(problem: Problem, meetings: Meeting[]): Map<string, string> {
  const at = new Map<string, { experts: string[]; groups: string[] }>();
  const ordered = [...meetings].sort((a, b) => a.round - b.round || a.table - b.table || a.group - b.group);
  for (const m of ordered) {
    const k = key(m.round, m.table);
    const cell = at.get(k) ?? { experts: [], groups: [] };
    const expert = problem.experts[m.expert].name;
    // Two experts at one table break H4; show both rather than hide one.
    if (!cell.experts.includes(expert)) cell.experts.push(expert);
    cell.groups.push(problem.groups[m.group].name);
    at.set(k, cell);
  }
  return new Map([...at].map(([k, c]) => [k, `${c.experts.join(' / ')} ← ${c.groups.join(', ')}`]));
}

function table(problem: Problem, used: number[], cells: Map<string, string>, labels: string[], labelWidth: number, columns: number[]): string[] {
  const row = (first: string, texts: string[]): string => [pad(first, labelWidth), ...texts.map((t, i) => pad(cut(t, columns[i]), columns[i]))].join(SEPARATOR);
  const header = row(
    '',
    used.map((t) => problem.tables[t].name),
  );
  const rule = [labelWidth, ...columns].map((w) => '-'.repeat(w)).join('-+-');
  const lines = [header, rule];
  problem.rounds.forEach((r, i) => {
    if (startsDay(problem.rounds, i) && multiDay(problem.rounds)) lines.push(date(r));
    lines.push(
      row(
        labels[i],
        used.map((t) => cells.get(key(r.index, t)) ?? IDLE),
      ),
    );
  });
  return lines;
}

function listing(problem: Problem, used: number[], cells: Map<string, string>, labels: string[]): string[] {
  const lines: string[] = [];
  problem.rounds.forEach((r, i) => {
    if (startsDay(problem.rounds, i) && multiDay(problem.rounds)) lines.push(date(r));
    lines.push(labels[i]);
    const here = used.filter((t) => cells.has(key(r.index, t)));
    if (here.length === 0) lines.push('  (no meeting)');
    for (const t of here) lines.push(`  ${problem.tables[t].name}: ${cells.get(key(r.index, t))}`);
  });
  return lines;
}

/**
 * Column widths within the budget: narrow columns keep their width, wide ones share the rest
 * equally. Undefined when even one character per column does not fit.
 */
function fitColumns(natural: number[], budget: number): number[] | undefined {
  if (natural.length === 0) return [];
  if (budget < natural.length) return undefined;
  let cap = Math.max(...natural);
  while (cap > 1 && natural.reduce((sum, w) => sum + Math.min(w, cap), 0) > budget) cap -= 1;
  return natural.map((w) => Math.min(w, cap));
}

/** "r1 18:00–18:20": wall times as written in the instance, in the event's zone. */
function roundLabel(r: Round): string {
  return `${r.id} ${r.startWall.slice(11, 16)}–${r.endWall.slice(11, 16)}`;
}

function date(r: Round): string {
  return `— ${r.startWall.slice(0, 10)} —`;
}

function startsDay(rounds: Round[], i: number): boolean {
  return i === 0 || rounds[i].startWall.slice(0, 10) !== rounds[i - 1].startWall.slice(0, 10);
}

/** One-day events need no date lines: the times say it all. */
function multiDay(rounds: Round[]): boolean {
  return new Set(rounds.map((r) => r.startWall.slice(0, 10))).size > 1;
}

function key(round: number, table: number): string {
  return `${round}:${table}`;
}

// Lengths in code points, so that "é" or "←" count as one column.
function len(text: string): number {
  return [...text].length;
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - len(text)));
}
