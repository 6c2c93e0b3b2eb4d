import type { InstanceFile } from '../../src/engine/format';
import { generateInstance } from '../../src/engine/generate';
import { renderGrid } from '../../src/engine/grid';
import { loadInstance } from '../../src/engine/load';
import type { Meeting, Problem } from '../../src/engine/model';

/** Three rounds, three tables (the third never used), three experts (one receives two groups at once). */
function instance(): InstanceFile {
  return {
    format: 'audition-plan/1',
    event: { name: 'Grille de test', timezone: 'Europe/Paris' },
    rounds: [
      { id: 'r1', start: '2027-01-22T18:00', end: '2027-01-22T18:20' },
      { id: 'r2', start: '2027-01-22T18:25', end: '2027-01-22T18:45' },
      { id: 'r3', start: '2027-01-22T18:50', end: '2027-01-22T19:10' },
    ],
    tables: [
      { id: 't1', name: 'Salle 1', seats: 8 },
      { id: 't2', name: 'Salle 2', seats: 8 },
      { id: 't3', name: 'Salle 3', seats: 8 },
    ],
    experts: [
      { id: 'e1', name: 'Hélène Martin' },
      { id: 'e2', name: 'Paul Durand' },
      { id: 'e3', name: 'Awa Diallo', maxGroupsPerRound: 2 },
    ],
    groups: [
      { id: 'g1', name: 'Santé', size: 3 },
      { id: 'g2', name: 'Climat', size: 2 },
      { id: 'g3', name: 'Mobilités', size: 2 },
    ],
  };
}

function problemOf(inst: InstanceFile): Problem {
  const result = loadInstance(inst);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.problem;
}

// Indices: rounds r1..r3 = 0..2, tables t1..t3 = 0..2, experts e1..e3 = 0..2, groups g1..g3 = 0..2.
const MEETINGS: Meeting[] = [
  { round: 0, table: 0, expert: 0, group: 0 },
  { round: 0, table: 1, expert: 1, group: 1 },
  { round: 1, table: 0, expert: 0, group: 1 },
  { round: 1, table: 1, expert: 1, group: 0 },
  { round: 2, table: 1, expert: 2, group: 2 },
  { round: 2, table: 1, expert: 2, group: 0 },
];

describe('renderGrid', () => {
  it('draws one line per round and one column per table used, "expert ← group" in each cell', () => {
    expect(renderGrid(problemOf(instance()), MEETINGS, { width: 100 })).toBe(
      [
        '               | Salle 1                | Salle 2',
        '---------------+------------------------+------------------------------',
        'r1 18:00–18:20 | Hélène Martin ← Santé  | Paul Durand ← Climat',
        'r2 18:25–18:45 | Hélène Martin ← Climat | Paul Durand ← Santé',
        'r3 18:50–19:10 | ·                      | Awa Diallo ← Santé, Mobilités',
        '',
      ].join('\n'),
    );
  });

  it('truncates cells with an ellipsis so that every line fits the width', () => {
    const text = renderGrid(problemOf(instance()), MEETINGS, { width: 56 });
    const lines = text.trimEnd().split('\n');
    expect(lines.every((l) => [...l].length <= 56)).toBe(true);
    expect(lines[0]).toMatch(/^ +\| Salle 1 +\| Salle 2$/);
    expect(lines[2]).toBe('r1 18:00–18:20 | Hélène Martin ← S… | Paul Durand ← Cli…');
    expect(lines[4]).toContain('Awa Diallo ← Sant…');
  });

  it('lists table by table under each round when the tables do not fit the width', () => {
    expect(renderGrid(problemOf(instance()), MEETINGS, { width: 30 })).toBe(
      [
        'r1 18:00–18:20',
        '  Salle 1: Hélène Martin ← Sa…',
        '  Salle 2: Paul Durand ← Clim…',
        'r2 18:25–18:45',
        '  Salle 1: Hélène Martin ← Cl…',
        '  Salle 2: Paul Durand ← Santé',
        'r3 18:50–19:10',
        '  Salle 2: Awa Diallo ← Santé…',
        '',
      ].join('\n'),
    );
  });

  it('says so when a round has no meeting, in the listing', () => {
    const text = renderGrid(
      problemOf(instance()),
      MEETINGS.filter((m) => m.round !== 1),
      { width: 20 },
    );
    expect(text).toContain('r2 18:25–18:45\n  (no meeting)\nr3');
  });

  it('puts a date line before each day when the event spans several days', () => {
    const inst = instance();
    inst.rounds[2] = { id: 'r3', start: '2027-01-23T09:30', end: '2027-01-23T09:50' };
    const lines = renderGrid(problemOf(inst), MEETINGS, { width: 100 }).split('\n');
    expect(lines[2]).toBe('— 2027-01-22 —');
    expect(lines[3]).toMatch(/^r1 18:00–18:20 \| Hélène Martin ← Santé/);
    expect(lines[5]).toBe('— 2027-01-23 —');
    expect(lines[6]).toMatch(/^r3 09:30–09:50 \| · +\| Awa Diallo ← Santé, Mobilités$/);
  });

  it('names a table by its id when it has no name, and lists the rounds when there is no meeting at all', () => {
    const inst = instance();
    delete inst.tables[1].name;
    expect(renderGrid(problemOf(inst), MEETINGS, { width: 100 }).split('\n')[0]).toMatch(/\| t2$/);
    expect(renderGrid(problemOf(inst), [], { width: 100 })).toBe(
      'r1 18:00–18:20\n  (no meeting)\nr2 18:25–18:45\n  (no meeting)\nr3 18:50–19:10\n  (no meeting)\n',
    );
  });

  it('keeps a large convention within the width (compact listing for 70 tables)', () => {
    const problem = problemOf(generateInstance({ family: 'large', seed: 1 }));
    // One expert per table, each receiving the groups in turn: not a valid plan, only a lot of text.
    const meetings: Meeting[] = problem.rounds.flatMap((r) =>
      problem.tables.map((t) => ({ round: r.index, table: t.index, expert: t.index, group: (t.index + r.index) % problem.groups.length })),
    );
    const text = renderGrid(problem, meetings, { width: 80 });
    expect(text.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    expect(text).toContain(`  ${problem.tables[69].name}: ${problem.experts[69].name}`);
    expect(text).toContain('— 2027-01-23 —');
  });
});
