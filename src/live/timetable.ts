/**
 * Timetable changes on the day, on an instance in the exchange format (pure): dropping removes the
 * last rounds and everything that pointed at them (a delay is delay-plan.ts).
 */
import { InvalidInputError } from '../common/errors';
import type { InstanceFile, MeetingFile } from '../engine';
import { said } from './messages';

/** The round's position; `field` names the request's field in the refusal. */
export function roundIndex(instance: InstanceFile, roundId: string, field = 'fromRound'): number {
  const i = instance.rounds.findIndex((r) => r.id === roundId);
  if (i < 0)
    throw new InvalidInputError(said('live.unknownRound', { round: roundId }), [{ path: field, message: said('live.unknownRound', { round: roundId }) }]);
  return i;
}

/** Removes the rounds from `roundId` on, with the meetings, pins and availability that named them. */
export function dropRounds(instance: InstanceFile, roundId: string, meetings: MeetingFile[] = []): MeetingFile[] {
  const dropped = new Set(instance.rounds.slice(roundIndex(instance, roundId)).map((r) => r.id));
  if (dropped.size === instance.rounds.length) {
    throw new InvalidInputError(said('live.dropEveryRound'), [{ path: 'fromRound', message: said('live.dropEveryRound') }]);
  }
  instance.rounds = instance.rounds.filter((r) => !dropped.has(r.id));
  for (const who of [...instance.experts, ...instance.groups]) {
    if (who.rounds) who.rounds = who.rounds.filter((r) => !dropped.has(r));
  }
  for (const table of instance.tables) if (table.closedFrom && dropped.has(table.closedFrom)) delete table.closedFrom;
  if (instance.pins) instance.pins = instance.pins.filter((p) => !p.round || !dropped.has(p.round));
  if (instance.replan) {
    instance.replan.baseline = instance.replan.baseline.filter((m) => !dropped.has(m.round));
    if (dropped.has(instance.replan.from)) delete instance.replan;
  }
  return meetings.filter((m) => !dropped.has(m.round));
}
