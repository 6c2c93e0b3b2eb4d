/**
 * The problem as the engine works on it: the instance validated and normalised, every reference
 * turned into an index, every default applied. Built once by `loadInstance`; never mutated.
 */
import type { InstanceFile, Objective } from './format';
import type { Message } from './messages/message';

export interface Round {
  index: number;
  id: string;
  /** Wall times as written, in the event's zone. */
  startWall: string;
  endWall: string;
  /** Instants, epoch milliseconds (UTC). */
  start: number;
  end: number;
  /**
   * True when the round starts less than `options.pauseMinutes` after the previous one ends: the two
   * are adjacent for maxConsecutive (format 1.1). Always false for the first round.
   */
  followsWithoutPause: boolean;
}

export interface Table {
  index: number;
  id: string;
  name: string;
  seats: number;
  location?: string;
  /**
   * First round in which the table is closed (a room lost during the event), or the number of
   * rounds when it stays open. Carrousel's extension of the format: `tables[].closedFrom`.
   */
  closedFrom: number;
}

export interface Expert {
  index: number;
  id: string;
  name: string;
  organization?: string;
  email?: string;
  themes: string[];
  /** available[r]: present in round r. */
  available: boolean[];
  /** Number of rounds present. */
  roundCount: number;
  /** Infinity when the instance sets no limit. */
  maxMeetings: number;
  /** Infinity when the instance sets no limit. */
  maxConsecutive: number;
  maxGroupsPerRound: number;
  /** Fixed seat (table index), or -1. */
  table: number;
}

export interface Group {
  index: number;
  id: string;
  name: string;
  size: number;
  themes: string[];
  available: boolean[];
  roundCount: number;
  /** Infinity when the instance sets no limit. */
  maxMeetings: number;
  /** min(its rounds, its maxMeetings): the meetings it can have; idle counts what is left empty. */
  slots: number;
  /** The group's explicit wishes, in the order written. */
  wishes: { expert: number; weight: number }[];
}

export interface Pin {
  /** Position in the instance's `pins` list (for messages: `pins[3]`). */
  index: number;
  group: number;
  expert: number;
  /** Round index, or -1 when the pin names no round. */
  round: number;
}

/** A meeting in index form: group `group` hears expert `expert` at table `table` in round `round`. */
export interface Meeting {
  round: number;
  table: number;
  expert: number;
  group: number;
}

export interface Options {
  minMeetingsPerExpert: number;
  themeMatchWeight: number;
  objective: Objective;
  /** A gap between two rounds of at least this many minutes is a pause (default 30). */
  pauseMinutes: number;
  seed: number;
  /** Undefined when the instance sets none (the caller decides). */
  timeLimitMs?: number;
}

export interface Replan {
  /** Index of the first round still open. */
  from: number;
  baseline: Meeting[];
}

export interface Problem {
  source: InstanceFile;
  event: { name: string; timezone: string; location?: string; organizer?: { name?: string; email: string } };
  rounds: Round[];
  tables: Table[];
  experts: Expert[];
  groups: Group[];
  /** value[g][e]: the value of group g hearing expert e (wish weight, else theme match, else 0). */
  value: number[][];
  /** potential[g]: P of the spec, the sum of g's k best values, k = min(its rounds, its maxMeetings). */
  potential: number[];
  /** forbidden[g][e]: the pair may never meet. */
  forbidden: boolean[][];
  pins: Pin[];
  options: Options;
  replan?: Replan;
}

/** A problem in an instance, located by a JSON path: `groups[2].wishes[0].expert`, `unknown expert "e99"`. */
export interface InstanceError {
  path: string;
  /** What is wrong, as data: worded in the reader's language at the edge (the catalogue of src/engine/messages). */
  said: Message;
}

export type LoadResult = { ok: true; problem: Problem; warnings: InstanceError[] } | { ok: false; errors: InstanceError[]; warnings: InstanceError[] };

/** A broken hard rule, in a sentence an organizer understands. */
export interface Violation {
  rule: 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'replan' | 'reference';
  /** Where: in the schedule file, for a file that does not say what it should ('reference'); the pin, for one not met. */
  path?: string;
  /** What is broken, as data: names and wall times, worded in the reader's language at the edge. */
  said: Message;
}

/** Hard rules that cannot all hold, and the objects in conflict. */
export interface Conflict {
  rules: Violation['rule'][];
  /** Which pins and why, as data: names and wall times, worded in the reader's language at the edge. */
  said: Message;
}
