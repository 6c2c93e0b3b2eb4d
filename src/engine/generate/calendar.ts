/**
 * Round times as wall times, computed on minutes of the day: the generator stays pure (no Date,
 * no zone database) and every time it writes is one it knows exists in Europe/Paris.
 */
import type { InstanceFile } from '../format';

export type RoundFile = InstanceFile['rounds'][number];

/** A run of rounds on one day: the Friday evening, the Saturday morning… */
export interface Session {
  date: string;
  /** Minutes after midnight of the first round's start. */
  start: number;
  rounds: number;
  /** Length of a round and of the change between two rounds, in minutes. */
  length: number;
  change: number;
}

/**
 * The night of 27–28 March 2027, when Paris clocks jump from 02:00 to 03:00: wall times in
 * [02:00, 03:00) do not exist that day. Random instances use it to exercise the change of hour.
 */
export const SPRING_FORWARD = { date: '2027-03-28', from: 120, to: 180 };

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Rounds r1, r2… over the sessions in order; a round that would touch the missing hour starts after it. */
export function roundsOf(sessions: Session[]): RoundFile[] {
  const rounds: RoundFile[] = [];
  for (const s of sessions) {
    let start = s.start;
    for (let i = 0; i < s.rounds; i++) {
      // An end at exactly 02:00 does not exist either (the clock reads 03:00), hence `>=`.
      if (s.date === SPRING_FORWARD.date && start + s.length >= SPRING_FORWARD.from && start < SPRING_FORWARD.to) {
        start = SPRING_FORWARD.to;
      }
      const end = start + s.length;
      if (end >= 24 * 60) throw new Error(`session of ${s.date} runs past midnight`);
      rounds.push({ id: `r${rounds.length + 1}`, start: `${s.date}T${hhmm(start)}`, end: `${s.date}T${hhmm(end)}` });
      start = end + s.change;
    }
  }
  return rounds;
}

/** The usual rhythm of an audition day: 20 minutes at a table, 5 to change. */
export function session(date: string, start: string, rounds: number): Session {
  const [h, m] = start.split(':').map(Number);
  return { date, start: h * 60 + m, rounds, length: 20, change: 5 };
}
