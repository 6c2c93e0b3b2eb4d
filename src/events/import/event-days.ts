/**
 * The event's rounds as organizers speak of them: days and sessions. A session is a run of rounds
 * with no pause between them; a gap of at least `options.pauseMinutes` (the format's pause, 30 min
 * by default) starts a new one. A session is in the morning, the afternoon or the evening by its
 * start, in the event's time zone.
 */
import { DateTime } from 'luxon';
import type { InstanceFile } from '../../engine';

export type DayPart = 'morning' | 'afternoon' | 'evening';

export interface Session {
  /** The local date of its first round, « 2021-01-23 ». */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  part: DayPart;
  rounds: string[];
}

const FORMAT_DEFAULT_PAUSE_MINUTES = 30;

export function sessionsOf(instance: Pick<InstanceFile, 'rounds' | 'event' | 'options'>): Session[] {
  const zone = instance.event.timezone ?? 'Europe/Paris';
  const pauseMs = (instance.options?.pauseMinutes ?? FORMAT_DEFAULT_PAUSE_MINUTES) * 60_000;
  const sessions: Session[] = [];
  let previousEnd: DateTime | undefined;
  for (const round of instance.rounds) {
    const start = DateTime.fromISO(round.start, { zone });
    const current = sessions[sessions.length - 1];
    if (current && previousEnd && start.toMillis() - previousEnd.toMillis() < pauseMs) current.rounds.push(round.id);
    else sessions.push({ date: start.toISODate() ?? round.start.slice(0, 10), weekday: start.weekday, part: partOf(start.hour), rounds: [round.id] });
    previousEnd = DateTime.fromISO(round.end, { zone });
  }
  return sessions;
}

function partOf(hour: number): DayPart {
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/** The event's days, in order, as local dates. */
export function daysOf(sessions: Session[]): string[] {
  return [...new Set(sessions.map((s) => s.date))];
}
