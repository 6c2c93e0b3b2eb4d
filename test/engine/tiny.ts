/**
 * A tiny valid instance and schedule, small enough to compute everything by hand; shared by the
 * engine's tests. Each call returns a fresh copy: mutate it freely.
 *
 *   rounds  r1 18:00–18:20, r2 18:25–18:45, r3 18:50–19:10, r4 19:15–19:35 (Europe/Paris)
 *   tables  t1 8 seats, t2 8 seats, t3 4 seats
 *   experts e1 santé; e2 climat, rounds r1 r2, max 2 meetings; e3 transport, max 2 in a row, table t3
 *   groups  g1 3 people (m1–m3), santé, wishes e2:5 e3:2
 *           g2 2 people, climat, rounds r1–r3, wish e1:4
 *           g3 4 people, max 2 meetings, no wish
 *   pin g1–e2 in r1; forbidden g3–e2
 *
 *   values  g1: e1 1 (theme), e2 5, e3 2   P = 8 (k = 4)
 *           g2: e1 4, e2 1 (theme), e3 0   P = 5 (k = 3)
 *           g3: all 0                      P = 0 (k = 2)
 *
 *   schedule r1 t2 e2 g1 | r1 t1 e1 g2 | r2 t3 e3 g1 | r3 t1 e1 g1 | r3 t3 e3 g3 | r4 t1 e1 g3
 *   metrics  shortfall 0, wishValue 5+4+2+1 = 12, minGroupShare min(8/8, 4/5) = 0.8,
 *            idle (4-3) + (3-1) + (2-2) = 3
 */
import type { InstanceFile, MeetingFile } from '../../src/engine/format';
import { loadInstance } from '../../src/engine/load';
import type { Meeting, Problem } from '../../src/engine/model';

export function tinyInstance(): InstanceFile {
  return {
    format: 'audition-plan/1',
    event: { name: 'Auditions de test', timezone: 'Europe/Paris' },
    rounds: [
      { id: 'r1', start: '2021-01-22T18:00', end: '2021-01-22T18:20' },
      { id: 'r2', start: '2021-01-22T18:25', end: '2021-01-22T18:45' },
      { id: 'r3', start: '2021-01-22T18:50', end: '2021-01-22T19:10' },
      { id: 'r4', start: '2021-01-22T19:15', end: '2021-01-22T19:35' },
    ],
    tables: [
      { id: 't1', name: 'Salle 1', seats: 8 },
      { id: 't2', name: 'Salle 2', seats: 8 },
      { id: 't3', seats: 4 },
    ],
    experts: [
      { id: 'e1', name: 'Hélène Martin', themes: ['santé'] },
      { id: 'e2', name: 'Paul Durand', themes: ['climat'], rounds: ['r1', 'r2'], maxMeetings: 2 },
      { id: 'e3', name: 'Awa Diallo', themes: ['transport'], maxConsecutive: 2, table: 't3' },
    ],
    groups: [
      {
        id: 'g1',
        name: 'Santé',
        size: 3,
        themes: ['santé'],
        members: [
          { id: 'm1', name: 'Ana' },
          { id: 'm2', name: 'Bob' },
          { id: 'm3', name: 'Chloé' },
        ],
        wishes: [
          { expert: 'e2', weight: 5 },
          { expert: 'e3', weight: 2 },
        ],
      },
      { id: 'g2', name: 'Climat', size: 2, themes: ['climat'], rounds: ['r1', 'r2', 'r3'], wishes: [{ expert: 'e1', weight: 4 }] },
      { id: 'g3', name: 'Mobilités', size: 4, maxMeetings: 2 },
    ],
    pins: [{ group: 'g1', expert: 'e2', round: 'r1' }],
    forbidden: [{ group: 'g3', expert: 'e2' }],
  };
}

export function M(round: string, table: string, expert: string, group: string): MeetingFile {
  return { round, table, expert, group };
}

export function tinyMeetings(): MeetingFile[] {
  return [
    M('r1', 't2', 'e2', 'g1'),
    M('r1', 't1', 'e1', 'g2'),
    M('r2', 't3', 'e3', 'g1'),
    M('r3', 't1', 'e1', 'g1'),
    M('r3', 't3', 'e3', 'g3'),
    M('r4', 't1', 'e1', 'g3'),
  ];
}

export const TINY_METRICS = { shortfall: 0, wishValue: 12, minGroupShare: 0.8, idle: 3 };

/** Loads an instance that must be valid (the test fails loudly otherwise). */
export function problemOf(instance: InstanceFile = tinyInstance()): Problem {
  const result = loadInstance(instance);
  if (!result.ok) throw new Error(`instance should load: ${JSON.stringify(result.errors)}`);
  return result.problem;
}

/** File meetings to index meetings, by id. */
export function indexed(problem: Problem, meetings: MeetingFile[]): Meeting[] {
  const find = (list: { id: string; index: number }[], id: string): number => {
    const found = list.find((x) => x.id === id);
    if (!found) throw new Error(`unknown id ${id}`);
    return found.index;
  };
  return meetings.map((m) => ({
    round: find(problem.rounds, m.round),
    table: find(problem.tables, m.table),
    expert: find(problem.experts, m.expert),
    group: find(problem.groups, m.group),
  }));
}

/** The meetings with `out` replaced by `into` (compared by value). */
export function swap(meetings: MeetingFile[], out: MeetingFile, into: MeetingFile): MeetingFile[] {
  const key = (m: MeetingFile): string => `${m.round} ${m.table} ${m.expert} ${m.group}`;
  const i = meetings.findIndex((m) => key(m) === key(out));
  if (i < 0) throw new Error(`no meeting ${key(out)}`);
  return meetings.map((m, j) => (j === i ? into : m));
}
