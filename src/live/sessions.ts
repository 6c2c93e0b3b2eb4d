/**
 * Sessions (pure): the runs of rounds with less than `options.pauseMinutes` (default 30, format
 * 1.1) from one round's end to the next one's start. A night or a lunch ends a session, so a
 * delay on Friday evening stays on Friday evening. Gaps are compared as instants: a clock change
 * inside a session does not split it.
 */
import type { InstanceFile } from '../engine';
import { DEFAULT_PAUSE_MINUTES } from '../engine';
import { type RoundTimes, roundTimes } from './live-state';

export interface Session {
  /** Positions in `instance.rounds`, first and last included. */
  first: number;
  last: number;
  rounds: RoundTimes[];
}

export function sessions(instance: InstanceFile): Session[] {
  const pauseMs = (instance.options?.pauseMinutes ?? DEFAULT_PAUSE_MINUTES) * 60_000;
  const rounds = roundTimes(instance);
  const out: Session[] = [];
  rounds.forEach((round, i) => {
    const current = out.at(-1);
    if (current && round.startsAt - rounds[i - 1].endsAt < pauseMs) {
      current.last = i;
      current.rounds.push(round);
    } else {
      out.push({ first: i, last: i, rounds: [round] });
    }
  });
  return out;
}

/** The session holding the round at position `index`. */
export function sessionAt(all: Session[], index: number): Session {
  const found = all.find((s) => s.first <= index && index <= s.last);
  if (!found) throw new Error(`no session holds round position ${index}`);
  return found;
}
