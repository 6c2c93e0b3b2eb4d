/**
 * A delay on the day (pure): the rounds of the same session move, from the given round to the
 * session's last, and no other (a delay on Friday evening leaves Saturday morning as it was).
 * Refused when a round would run into the next session or before the previous round, or start in
 * the past; warned when the session ends later than planned.
 */
import { DateTime } from 'luxon';
import { InvalidInputError, StateError } from '../common/errors';
import type { InstanceFile } from '../engine';
import type { Message } from '../i18n';
import { toWall } from '../i18n/when';
import { said } from './messages';
import { sessionAt, sessions } from './sessions';
import { roundIndex } from './timetable';

export interface MovedRound {
  id: string;
  start: string;
  end: string;
  newStart: string;
  newEnd: string;
}

export interface DelayPlan {
  fromRound: string;
  /** The last round that moves: the session's last. */
  throughRound: string;
  minutes: number;
  moved: MovedRound[];
  warnings: Message[];
  reason: Message;
}

/** A wall time `minutes` later in real minutes (across a clock change too). */
export function laterWall(wall: string, minutes: number, zone: string): string {
  return toWall(DateTime.fromISO(wall, { zone }).plus({ minutes }).toMillis(), zone);
}

export function planDelay(instance: InstanceFile, fromRound: string, minutes: number, now: number): DelayPlan {
  const zone = instance.event.timezone ?? 'Europe/Paris';
  const from = roundIndex(instance, fromRound);
  if (minutes === 0) throw new InvalidInputError(said('live.zeroDelay'), [{ path: 'minutes', message: said('live.zeroDelay') }]);
  const all = sessions(instance);
  const session = sessionAt(all, from);
  const moved = instance.rounds.slice(from, session.last + 1).map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    newStart: laterWall(r.start, minutes, zone),
    newEnd: laterWall(r.end, minutes, zone),
  }));
  const first = session.rounds[from - session.first];
  if (first.startsAt <= now) throw new StateError(said('live.roundStarted', { start: first.start }));
  const instant = (wall: string) => DateTime.fromISO(wall, { zone }).toMillis();
  const last = moved[moved.length - 1];
  const warnings: Message[] = [];
  if (minutes > 0) {
    const next = all[all.indexOf(session) + 1];
    if (next && instant(last.newEnd) > next.rounds[0].startsAt) {
      throw new StateError(said('live.delay.intoNextSession', { round: last.start, end: last.newEnd, next: next.rounds[0].start }));
    }
    warnings.push(said('live.delay.pastSessionEnd', { end: last.newEnd, plannedEnd: last.end }));
  } else {
    const previous = from > session.first ? session.rounds[from - session.first - 1] : undefined;
    if (previous && instant(moved[0].newStart) < previous.endsAt) {
      throw new StateError(said('live.delay.beforePrevious', { round: moved[0].start, start: moved[0].newStart, previousEnd: previous.end }));
    }
    if (instant(moved[0].newStart) <= now) throw new StateError(said('live.delay.intoThePast', { round: moved[0].start, start: moved[0].newStart }));
  }
  return {
    fromRound,
    throughRound: last.id,
    minutes,
    moved,
    warnings,
    reason: said('live.delay.reason', { minutes, from: moved[0].start }),
  };
}

/** The plan's new times, on any instance holding those rounds (the version's, or the event's own). */
export function applyDelay(instance: InstanceFile, plan: DelayPlan): void {
  const times = new Map(plan.moved.map((m) => [m.id, m]));
  for (const round of instance.rounds) {
    const m = times.get(round.id);
    if (m) Object.assign(round, { start: m.newStart, end: m.newEnd });
  }
}
