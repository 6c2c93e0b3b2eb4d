/**
 * The event's rounds as organizers speak of them: days and sessions. A session is a run of rounds
 * with no pause between them; a gap of at least `options.pauseMinutes` (the format's pause, 30 min
 * by default) starts a new one. A session is in the morning, the afternoon or the evening by its
 * start, in the event's time zone.
 */
import { DateTime } from 'luxon';
import { DEFAULT_TIMEZONE, type InstanceFile } from '../../engine';
import { sessions } from '../../live/sessions';

export type DayPart = 'morning' | 'afternoon' | 'evening';

export interface Session {
  /** The local date of its first round, « 2021-01-23 ». */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  part: DayPart;
  rounds: string[];
}

/** The sessions of `live/sessions.ts` (one place splits the rounds), named by their first round's local day and part. */
export function sessionsOf(instance: InstanceFile): Session[] {
  const zone = instance.event.timezone ?? DEFAULT_TIMEZONE;
  return sessions(instance).map((session) => {
    const start = DateTime.fromMillis(session.rounds[0].startsAt, { zone });
    return { date: start.toISODate()!, weekday: start.weekday, part: partOf(start.hour), rounds: session.rounds.map((r) => r.id) };
  });
}

function partOf(hour: number): DayPart {
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/** The event's days, in order, as local dates. */
export function daysOf(sessions: Session[]): string[] {
  return [...new Set(sessions.map((s) => s.date))];
}
