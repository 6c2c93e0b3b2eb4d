/**
 * The small event the members' and the live day's unit specs share: Saturday 27 March 2027 in
 * Paris, three rounds of 20 min with a 5-min change, then a lunch break before round 4; one room
 * and one video room. Each spec adds its own experts and groups, and reads its schedule as the
 * service does.
 */
import type { InstanceFile, MeetingFile, Problem } from '../../src/engine';
import { describeInstanceError, loadInstance, readSchedule } from '../../src/engine';

export const ROUNDS = [
  { id: 'r1', start: '2027-03-27T10:00', end: '2027-03-27T10:20' },
  { id: 'r2', start: '2027-03-27T10:25', end: '2027-03-27T10:45' },
  { id: 'r3', start: '2027-03-27T10:50', end: '2027-03-27T11:10' },
  { id: 'r4', start: '2027-03-27T14:00', end: '2027-03-27T14:20' },
];
export const TABLES = [
  { id: 't1', name: 'Table 1', seats: 6 },
  { id: 't2', name: 'Zoom 2', seats: 6, location: 'https://zoom.example.org/j/2' },
];

/** The Saturday with these parts (experts and groups at least; rounds or tables to replace the usual ones). */
export function saturday(parts: Record<string, unknown>): InstanceFile {
  return {
    format: 'audition-plan/1',
    event: { name: 'Test', timezone: 'Europe/Paris', location: 'Salle du conseil' },
    rounds: ROUNDS,
    tables: TABLES,
    ...parts,
  } as unknown as InstanceFile;
}

/** A wall time of that Saturday in Paris (winter time, UTC+1) as an instant. */
export const at = (wall: string): number => Date.parse(`${wall}:00+01:00`);

export function problemOf(instance: unknown): Problem {
  const loaded = loadInstance(instance);
  if (!loaded.ok) throw new Error(loaded.errors.map(describeInstanceError).join('; '));
  return loaded.problem;
}

/** The meetings as the service reads a schedule of them. */
export function meetingsOf(problem: Problem, meetings: MeetingFile[]) {
  return readSchedule(problem, { format: 'audition-schedule/1', metrics: { shortfall: 0, wishValue: 0, minGroupShare: 0 }, meetings }).meetings;
}
