/**
 * The idle level where tables are fewer than experts: a local search in which two experts may, for
 * a while, sit at one table in one round.
 *
 * An expert keeps one table all event, so experts sharing a table take turns, and a grid with every
 * table busy in every round interleaves two or three experts per table (one on Friday and in the
 * gaps of another's Saturday runs). The main search only ever moves between seatable grids, one
 * meeting at a time, and between two such interleavings every path passes through grids that no
 * seating fits: it stops at a dozen idle group-rounds on nantes where the exact solver finds six.
 * Here the seats are a soft rule instead: a clash (a second expert at a table in a round, or more
 * people than seats) costs more than an idle group-round, so a meeting may come in ahead of its
 * table and the clash is then cleared by moving an expert to the table that clashes least (the
 * min-conflicts repair of colouring and timetabling searches). Only clash-free grids are kept.
 *
 * The meetings live in a SearchState of the same problem with one table per expert (so it never
 * refuses a meeting for want of a table): the main search's moves and rules apply unchanged. The
 * levels above idle are held where the plan given has them: every group keeps at least its share
 * of the best plan, the wish value and the experts' counts do not fall.
 */
import type { Problem } from '../model';
import type { Random } from '../random';
import { Moves } from './moves';
import { recountDifferences } from './state-check';
import { QuietRule } from './stop-rule';
import { NONE, SearchState, type Snapshot } from './state';

export interface IdleSearchLimits {
  now: () => number;
  deadline: number;
  /** Stop after this many iterations, whatever the clock says (replays). */
  maxIterations?: number;
  shouldStop?: () => boolean;
  /** Idle's bound: a plan that reaches it is optimal, and the search stops there. */
  goal: number;
  /** The quiet stop (stop-rule.ts): when the whole search started, its unimproved limit (0: none). */
  started?: number;
  unimprovedLimitMs?: number;
  /** A plan with this idle's gap to the bounds, as a fraction. */
  gapOf?: (idle: number) => number;
  /** Told of every better plan found. */
  onImprove?: (idle: number) => void;
  /** Recount the seating from scratch after every accepted move and throw on a difference (tests). */
  selfCheck?: boolean;
}

export interface IdleSearchResult {
  /** A better plan, when one was found: clash-free, the levels above idle as given, idle lower. */
  improved?: Snapshot;
  /** The best plan's idle (Infinity where the idle search does not apply). */
  idle: number;
  iterations: number;
  stoppedBecause: 'optimal' | 'time-limit' | 'unimproved' | 'cancelled';
}

/**
 * What a clash costs, in idle group-rounds, adapts: every ADAPT_EVERY iterations it grows by
 * ADAPT_RATE while the grid has a clash and shrinks while it has none, between MIN_WEIGHT and
 * MAX_WEIGHT. Low, meetings come in ahead of their tables; high, the clashes are cleared. A fixed
 * cost did not work: at 1 the search stayed within a clash of the grid it started from and found
 * nothing better in a second on any nantes instance; at 0 idle fell but no seating fitted.
 */
const ADAPT_EVERY = 3000;
const ADAPT_RATE = 1.2;
const MIN_WEIGHT = 0.1;
const MAX_WEIGHT = 20;
/** Moves in a hundred that move an expert to another table, rather than change a meeting. */
const SEAT_MOVES = 25;
/** Moves in a hundred, while there is a clash, that move a meeting out of it to another round. */
const SHIFT_MOVES = 25;
const HISTORY = 500;
/** Iterations without a better clash-free grid before going back to the best one. */
const STALL = 100_000;

/** True when the idle search can help: tables are fewer than the experts, and it is not a replan. */
export function idleSearchApplies(p: Problem): boolean {
  return !p.replan && p.tables.length > 0 && p.tables.length < p.experts.length;
}

/**
 * Searches from `start` (which must reach every level above idle at `share`, the best smallest
 * share); `state` is the main search's, used for its frozen cells and pins.
 */
export function searchIdle(state: SearchState, start: Snapshot, share: number, random: Random, limits: IdleSearchLimits): IdleSearchResult {
  if (!idleSearchApplies(state.problem)) return { idle: Infinity, iterations: 0, stoppedBecause: 'time-limit' };
  const seats = new SoftSeats(state, start);
  const v = seats.meetings;
  v.setDemands(share);
  const wishFloor = v.wishValue;
  const shortfallCeiling = v.shortfall;
  const keeps = (): boolean => v.keepDeficit === 0 && v.wishValue >= wishFloor && v.shortfall <= shortfallCeiling;
  let weight = 1;
  const cost = (): number => weight * seats.clashes + v.idle;

  const moves = new Moves(v, random);
  moves.idleFocus = true;
  let current = cost();
  const history = new Float64Array(HISTORY).fill(current);
  const restart = (): void => {
    current = cost();
    history.fill(current);
  };
  let bestIdle = v.idle;
  let best: Snapshot | undefined;
  let bestState = seats.snapshot();
  let sinceBest = 0;
  let iterations = 0;
  let stoppedBecause: IdleSearchResult['stoppedBecause'] = 'time-limit';
  let improvedAt = limits.now();
  const quiet = new QuietRule(limits.started ?? improvedAt, limits.deadline, limits.unimprovedLimitMs ?? 0);
  quiet.setGap(limits.gapOf?.(bestIdle) ?? 0);
  while (bestIdle > limits.goal) {
    if (limits.maxIterations !== undefined) {
      if (iterations >= limits.maxIterations) break;
    } else if ((iterations & 255) === 0) {
      const at = limits.now();
      if (at >= limits.deadline) break;
      if (quiet.quietEnough(at, improvedAt)) {
        stoppedBecause = 'unimproved';
        break;
      }
      if (limits.shouldStop?.()) {
        stoppedBecause = 'cancelled';
        break;
      }
    }
    iterations++;
    sinceBest++;
    if (iterations % ADAPT_EVERY === 0) {
      weight = seats.clashes > 0 ? Math.min(MAX_WEIGHT, weight * ADAPT_RATE) : Math.max(MIN_WEIGHT, weight / ADAPT_RATE);
      restart();
    }
    const mark = v.mark();
    seats.forgetMove();
    const k = random.int(100);
    const changed = k < SEAT_MOVES ? seats.moveOne(random) : seats.clashes > 0 && k < SEAT_MOVES + SHIFT_MOVES ? seats.shiftOne(random) : moves.tryOne();
    if (!changed) continue;
    const next = cost();
    const slot = iterations % HISTORY;
    if (keeps() && (next <= current || next <= history[slot])) {
      current = next;
      if (current < history[slot]) history[slot] = current;
      v.commit();
      if (limits.selfCheck) seats.check(iterations);
      if (seats.clashes === 0 && v.idle < bestIdle) {
        bestIdle = v.idle;
        best = seats.plan();
        bestState = seats.snapshot();
        sinceBest = 0;
        improvedAt = limits.now();
        quiet.setGap(limits.gapOf?.(bestIdle) ?? 0);
        limits.onImprove?.(bestIdle);
      }
    } else {
      v.undo(mark);
      seats.undoMove();
    }
    if (sinceBest > STALL) {
      seats.restore(bestState);
      restart();
      sinceBest = 0;
    }
  }
  if (bestIdle <= limits.goal) stoppedBecause = 'optimal';
  return { improved: best, idle: bestIdle, iterations, stoppedBecause };
}

/**
 * The grid's meetings (in a state with a table per expert) and where the experts really sit, with
 * the clashes that seating makes, kept up to date as meetings come and go.
 */
class SoftSeats {
  readonly meetings: SearchState;
  readonly tableOf: Int32Array;
  /** Experts meeting someone at table t in round r, and the people there. */
  private readonly sitting: Int32Array;
  private readonly people: Int32Array;
  /**
   * People expert e hears in round r: the seats used at its own table in the state of one table per
   * expert (table e), kept there already.
   */
  private readonly heard: Int32Array;
  /** Each expert at its own table in that state: what `restore` seats it at. */
  private readonly ownTables: Int32Array;
  clashes = 0;
  /** The expert `moveOne` moved last, and its table before (NONE: none since `forgetMove`). */
  private moved = NONE;
  private movedFrom = NONE;
  private readonly p: Problem;
  private readonly locked: Uint8Array;

  constructor(state: SearchState, start: Snapshot) {
    const p = (this.p = state.problem);
    const { E, R, T } = state;
    const widest = Math.max(...p.tables.map((t) => t.seats));
    const own: Problem = {
      ...p,
      tables: p.experts.map((x) => ({ index: x.index, id: x.id, name: x.name, seats: widest, closedFrom: R })),
      experts: p.experts.map((x) => ({ ...x, table: x.index })),
    };
    const v = (this.meetings = new SearchState(own));
    v.frozen.set(state.frozen);
    v.pinnedPair.set(state.pinnedPair);
    this.locked = state.tableLocked.slice();
    this.tableOf = Int32Array.from(start.tableOf, (t, e) => (t === NONE ? e % T : t));
    this.sitting = new Int32Array(T * R);
    this.people = new Int32Array(T * R);
    this.heard = v.seatsUsed;
    this.ownTables = Int32Array.from({ length: E }, (_, e) => e);
    v.onMeeting = (g, r, e, delta) => this.count(this.tableOf[e], r, e, p.groups[g].size * delta);
    v.restore({ slot: start.slot, tableOf: this.ownTables });
  }

  /** The clashes of table t in round r: experts beyond the first, people beyond the seats, a closed table in use. */
  private clashAt(i: number, t: number, r: number): number {
    return this.clashOf(this.sitting[i], this.people[i], t, r);
  }

  private clashOf(experts: number, people: number, t: number, r: number): number {
    if (experts === 0) return 0;
    const table = this.p.tables[t];
    return experts - 1 + (people > table.seats ? 1 : 0) + (r >= table.closedFrom ? 1 : 0);
  }

  /** Expert e hears `people` more (or fewer) in round r, at its table. */
  private count(t: number, r: number, e: number, people: number): void {
    const k = e * this.meetings.R + r;
    // The state has counted the meeting already (the hook comes last in add and remove).
    const after = this.heard[k];
    const before = after - people;
    this.occupy(t, r, people, before === 0 && after > 0 ? 1 : before > 0 && after === 0 ? -1 : 0);
  }

  /** Table t in round r gains (or loses) `people` and `experts`. */
  private occupy(t: number, r: number, people: number, experts: number): void {
    const i = t * this.meetings.R + r;
    this.clashes -= this.clashAt(i, t, r);
    this.sitting[i] += experts;
    this.people[i] += people;
    this.clashes += this.clashAt(i, t, r);
  }

  /** Moves expert e with its meetings to table t. */
  private seat(e: number, t: number): void {
    const R = this.meetings.R;
    const from = this.tableOf[e];
    if (from === t) return;
    for (let r = 0; r < R; r++) {
      const people = this.heard[e * R + r];
      if (people === 0) continue;
      this.occupy(from, r, -people, -1);
      this.occupy(t, r, people, 1);
    }
    this.tableOf[e] = t;
  }

  private reseat(tableOf: Int32Array): void {
    for (let e = 0; e < tableOf.length; e++) if (this.tableOf[e] !== tableOf[e]) this.seat(e, tableOf[e]);
  }

  /**
   * An expert in a clash (or, without one, any expert who meets someone) moves to the table where
   * it clashes least, ties broken at random. False when no expert can move.
   */
  moveOne(random: Random): boolean {
    const { E, R } = this.meetings;
    const T = this.p.tables.length;
    let e = NONE;
    if (this.clashes > 0) {
      const start = random.int(E);
      for (let k = 0; k < E && e === NONE; k++) {
        const x = (start + k) % E;
        if (this.locked[x]) continue;
        for (let r = 0; r < R; r++) {
          if (this.heard[x * R + r] > 0 && this.clashAt(this.tableOf[x] * R + r, this.tableOf[x], r) > 0) {
            e = x;
            break;
          }
        }
      }
    }
    for (let tries = 0; e === NONE && tries < 4; tries++) {
      const x = random.int(E);
      if (!this.locked[x] && this.meetings.expertTotal[x] > 0) e = x;
    }
    if (e === NONE) return false;
    // What each other table would cost it, counted without moving it there.
    const from = this.tableOf[e];
    let best = NONE;
    let bestCost = Infinity;
    let ties = 0;
    for (let t = 0; t < T; t++) {
      if (t === from) continue;
      let cost = 0;
      for (let r = 0; r < R; r++) {
        const people = this.heard[e * R + r];
        if (people === 0) continue;
        const i = t * R + r;
        cost += this.clashOf(this.sitting[i] + 1, this.people[i] + people, t, r) - this.clashAt(i, t, r);
      }
      if (cost < bestCost) [best, bestCost, ties] = [t, cost, 1];
      else if (cost === bestCost && random.int(++ties) === 0) best = t;
    }
    if (best === NONE) return false;
    this.moved = e;
    this.movedFrom = from;
    this.seat(e, best);
    return true;
  }

  forgetMove(): void {
    this.moved = NONE;
  }

  /** Takes back the last `moveOne` (a rejected move). */
  undoMove(): void {
    if (this.moved !== NONE) this.seat(this.moved, this.movedFrom);
    this.moved = NONE;
  }

  /**
   * A meeting in a clash goes to another round where its group is free and the expert's table is
   * not taken; where there is none and the meeting is worth nothing to its group, it goes.
   */
  shiftOne(random: Random): boolean {
    const v = this.meetings;
    const { R } = v;
    const cell = this.clashingMeeting(random);
    if (cell === NONE) return false;
    const g = Math.floor(cell / R);
    const r = cell % R;
    const e = v.slot[cell];
    const t = this.tableOf[e];
    const mark = v.mark();
    v.remove(g, r);
    const start = random.int(R);
    for (let k = 0; k < R; k++) {
      const q = (start + k) % R;
      if (q === r || v.frozen[g * R + q] || this.sitting[t * R + q] > (this.heard[e * R + q] > 0 ? 1 : 0)) continue;
      if (!v.canMeet(g, q, e)) continue;
      v.add(g, q, e, e);
      return true;
    }
    if (v.valueOf(g, e) === 0) return true;
    v.undo(mark);
    return false;
  }

  /** A meeting (g*R+r) of an expert in a clash, not frozen nor pinned, or NONE. */
  private clashingMeeting(random: Random): number {
    const v = this.meetings;
    const { G, E, R } = v;
    const T = this.p.tables.length;
    const start = random.int(T * R);
    for (let k = 0; k < T * R; k++) {
      const i = (start + k) % (T * R);
      if (this.clashAt(i, Math.floor(i / R), i % R) === 0) continue;
      const r = i % R;
      const t = Math.floor(i / R);
      const g0 = random.int(G);
      for (let j = 0; j < G; j++) {
        const g = (g0 + j) % G;
        const e = v.slot[g * R + r];
        if (e === NONE || this.tableOf[e] !== t || v.frozen[g * R + r] || v.pinnedPair[g * E + e]) continue;
        return g * R + r;
      }
    }
    return NONE;
  }

  /** Every counter recounted from the grid and the seating; throws on a difference (self-check). */
  check(iteration: number): void {
    const v = this.meetings;
    const { R } = v;
    const T = this.p.tables.length;
    // What each expert hears is the state's own count, which recountDifferences checks.
    const sitting = new Int32Array(T * R);
    const people = new Int32Array(T * R);
    this.heard.forEach((n, k) => {
      if (n === 0) return;
      const i = this.tableOf[Math.floor(k / R)] * R + (k % R);
      sitting[i]++;
      people[i] += n;
    });
    let clashes = 0;
    for (let i = 0; i < T * R; i++) clashes += this.clashOf(sitting[i], people[i], Math.floor(i / R), i % R);
    const drift = [
      ...recountDifferences(v),
      ...(sitting.some((n, i) => n !== this.sitting[i]) ? ['sitting'] : []),
      ...(people.some((n, i) => n !== this.people[i]) ? ['people'] : []),
      ...(clashes !== this.clashes ? [`clashes ${this.clashes}, recounted ${clashes}`] : []),
    ];
    if (drift.length) throw new Error(`engine bug: the idle search's seating drifted at iteration ${iteration}: ${drift.join('; ')}`);
  }

  /** The plan: the grid's meetings at the real tables (an expert without a meeting has none). */
  plan(): Snapshot {
    const v = this.meetings;
    return { slot: v.slot.slice(), tableOf: Int32Array.from(this.tableOf, (t, e) => (v.expertTotal[e] > 0 || this.locked[e] ? t : NONE)) };
  }

  snapshot(): Snapshot {
    return { slot: this.meetings.slot.slice(), tableOf: this.tableOf.slice() };
  }

  restore(s: Snapshot): void {
    this.reseat(s.tableOf);
    this.meetings.restore({ slot: s.slot, tableOf: this.ownTables });
  }
}
