/**
 * The search state: who meets whom in which round, at which table, with every count the hard rules
 * need kept up to date, so that a move is checked and scored in constant time (no full re-check).
 *
 * Every change goes through `add`, `remove` and `seat`, which log themselves; a move that turns out
 * worse is rolled back with `undo(mark)`. The score is kept as the spec's levels (moved, shortfall,
 * wish value, idle) plus two fairness deficits against the best minimum share found so far.
 */
import type { Meeting, Problem } from '../model';

const NONE = -1;

/** An undo-log entry: [kind, a, b, c, d]. */
const ADD = 1;
const REMOVE = 2;
const SEAT = 3;
const RESEAT_ALL = 4;

export class SearchState {
  readonly G: number;
  readonly E: number;
  readonly R: number;
  readonly T: number;

  /** slot[g*R+r]: the expert group g hears in round r, or NONE. */
  readonly slot: Int32Array;
  /** tableOf[e]: the expert's table while it has meetings (always its fixed table if it has one). */
  readonly tableOf: Int32Array;
  /** expertRound[e*R+r]: groups hearing e in round r. */
  readonly expertRound: Int32Array;
  /** tableExpert[t*R+r]: the expert sitting at t in round r, or NONE. */
  readonly tableExpert: Int32Array;
  /** seatsUsed[t*R+r]: people at table t in round r. */
  readonly seatsUsed: Int32Array;
  /** meetRound[g*E+e]: the round where g hears e, or NONE (H3). */
  readonly meetRound: Int32Array;
  readonly expertTotal: Int32Array;
  readonly groupTotal: Int32Array;
  readonly received: Int32Array;
  /** frozen[g*R+r]: this meeting (or empty slot) may not change: it happened, or a pin names its round. */
  readonly frozen: Uint8Array;
  /** pinnedPair[g*E+e]: g must hear e in some round (a pin without a round). */
  readonly pinnedPair: Uint8Array;
  /** An expert whose table may not change (fixed seat, or a meeting that already happened). */
  readonly tableLocked: Uint8Array;

  wishValue = 0;
  shortfall = 0;
  /** Group-rounds left empty: sum over groups of max(0, slots - meetings) (format 1.1). */
  idle = 0;
  /** Baseline meetings from `replan.from` on that are kept as they were. */
  kept = 0;
  readonly keepable: number;

  /** Fairness demands: raise[g] to beat the best minimum share, keep[g] to equal it. */
  readonly raiseDemand: Int32Array;
  readonly keepDemand: Int32Array;
  raiseDeficit = 0;
  keepDeficit = 0;

  private readonly log: number[] = [];
  /** The seatings replaced by `reseatAll`, for undo. */
  private readonly seatings: Int32Array[] = [];
  private readonly value: Int32Array;
  /** need[e]: the meetings expert e should have (shortfall counts what it lacks). */
  readonly need: Int32Array;
  /** slots[g]: min(the group's rounds, its maxMeetings). */
  readonly slots: Int32Array;
  /** joined[r]: round r follows round r-1 without a pause (they are adjacent for maxConsecutive). */
  private readonly joined: Uint8Array;
  /** baseline[g*R+r] = expert*T + table + 1 for a baseline meeting from `from` on, else 0. */
  readonly baseline: Int32Array;
  private readonly baselineOfExpert: number[][];
  /** Free tables tried in this order when an expert sits down (rotated to spread them). */
  private tableCursor = 0;
  /**
   * Told of every meeting added (+1) or removed (-1), undos included: what a caller keeps beside the
   * state (the seating of idle-search.ts) follows it exactly.
   */
  onMeeting?: (g: number, r: number, e: number, delta: 1 | -1) => void;

  constructor(readonly problem: Problem) {
    const G = (this.G = problem.groups.length);
    const E = (this.E = problem.experts.length);
    const R = (this.R = problem.rounds.length);
    const T = (this.T = problem.tables.length);
    this.slot = new Int32Array(G * R).fill(NONE);
    this.tableOf = new Int32Array(E).fill(NONE);
    this.expertRound = new Int32Array(E * R);
    this.tableExpert = new Int32Array(T * R).fill(NONE);
    this.seatsUsed = new Int32Array(T * R);
    this.meetRound = new Int32Array(G * E).fill(NONE);
    this.expertTotal = new Int32Array(E);
    this.groupTotal = new Int32Array(G);
    this.received = new Int32Array(G);
    this.frozen = new Uint8Array(G * R);
    this.pinnedPair = new Uint8Array(G * E);
    this.tableLocked = new Uint8Array(E);
    this.raiseDemand = new Int32Array(G);
    this.keepDemand = new Int32Array(G);
    this.value = new Int32Array(G * E);
    for (let g = 0; g < G; g++) for (let e = 0; e < E; e++) this.value[g * E + e] = problem.value[g][e];
    this.slots = new Int32Array(G);
    problem.groups.forEach((group, g) => {
      this.slots[g] = group.slots;
      this.idle += group.slots;
    });
    this.joined = new Uint8Array(R);
    problem.rounds.forEach((round, r) => (this.joined[r] = round.followsWithoutPause ? 1 : 0));
    this.need = new Int32Array(E);
    const minMeetings = problem.options.minMeetingsPerExpert;
    problem.experts.forEach((x, e) => {
      this.need[e] = Math.min(minMeetings, x.maxMeetings, x.roundCount);
      this.shortfall += this.need[e];
      if (x.table >= 0) {
        this.tableOf[e] = x.table;
        this.tableLocked[e] = 1;
      }
    });
    this.baseline = new Int32Array(G * R);
    this.baselineOfExpert = problem.experts.map(() => []);
    let keepable = 0;
    const replan = problem.replan;
    if (replan) {
      for (const m of replan.baseline) {
        if (m.round < replan.from) continue;
        this.baseline[m.group * R + m.round] = m.expert * T + m.table + 1;
        this.baselineOfExpert[m.expert].push(m.group * R + m.round);
        keepable++;
      }
    }
    this.keepable = keepable;
  }

  get moved(): number {
    return this.keepable - this.kept;
  }

  valueOf(g: number, e: number): number {
    return this.value[g * this.E + e];
  }

  /** Can group g hear expert e in round r, the group's slot being empty? (table aside) */
  canMeet(g: number, r: number, e: number): boolean {
    const p = this.problem;
    const R = this.R;
    const x = p.experts[e];
    if (this.slot[g * R + r] !== NONE || !p.groups[g].available[r] || !x.available[r]) return false;
    if (p.forbidden[g][e] || this.meetRound[g * this.E + e] !== NONE) return false;
    if (this.groupTotal[g] >= p.groups[g].maxMeetings || this.expertTotal[e] >= x.maxMeetings) return false;
    const inRound = this.expertRound[e * R + r];
    if (inRound >= x.maxGroupsPerRound) return false;
    if (inRound === 0 && x.maxConsecutive < R && this.runThrough(e, r) > x.maxConsecutive) return false;
    return true;
  }

  /** Adjacent rounds (no pause between) with meetings, counting r itself, if e met in r. */
  private runThrough(e: number, r: number): number {
    const base = e * this.R;
    let run = 1;
    for (let q = r - 1; q >= 0 && this.joined[q + 1] && this.expertRound[base + q] > 0; q--) run++;
    for (let q = r + 1; q < this.R && this.joined[q] && this.expertRound[base + q] > 0; q++) run++;
    return run;
  }

  /** Does table t have room for group g with expert e in round r? */
  tableFits(t: number, r: number, e: number, g: number): boolean {
    if (r >= this.problem.tables[t].closedFrom) return false;
    const i = t * this.R + r;
    const sitting = this.tableExpert[i];
    if (sitting !== NONE && sitting !== e) return false;
    return this.seatsUsed[i] + this.problem.groups[g].size <= this.problem.tables[t].seats;
  }

  /** Could expert e (seated elsewhere) move to table t, also hearing group g in `extraRound`? */
  private tableFreeFor(t: number, e: number, g: number, extraRound: number): boolean {
    const R = this.R;
    const own = this.tableOf[e];
    const seats = this.problem.tables[t].seats;
    for (let r = 0; r < R; r++) {
      const active = this.expertRound[e * R + r] > 0;
      if (!active && r !== extraRound) continue;
      if (this.tableExpert[t * R + r] !== NONE || r >= this.problem.tables[t].closedFrom) return false;
      const people = (active ? this.seatsUsed[own * R + r] : 0) + (r === extraRound ? this.problem.groups[g].size : 0);
      if (people > seats) return false;
    }
    return true;
  }

  /** Could expert e, with all its meetings, move to table t? */
  canSeatAt(t: number, e: number): boolean {
    return t !== this.tableOf[e] && !this.tableLocked[e] && this.tableFreeFor(t, e, 0, NONE);
  }

  /**
   * A table for expert e to hear group g in round r: its own if it fits, else (when allowed) another
   * one free in all of e's rounds. NONE if there is none.
   */
  findTable(g: number, r: number, e: number, allowMove: boolean): number {
    const own = this.tableOf[e];
    if (own !== NONE && this.tableFits(own, r, e, g)) return own;
    if (own !== NONE && (!allowMove || this.tableLocked[e])) return NONE;
    const T = this.T;
    const start = this.tableCursor++ % T;
    for (let k = 0; k < T; k++) {
      const t = (start + k) % T;
      if (t === own) continue;
      if (own === NONE ? this.tableFits(t, r, e, g) : this.tableFreeFor(t, e, g, r)) return t;
    }
    return NONE;
  }

  /** Seats expert e (with all its meetings) at table t. */
  seat(e: number, t: number): void {
    const from = this.tableOf[e];
    if (from === t) return;
    const R = this.R;
    const keptBefore = this.keptOfExpert(e);
    if (from !== NONE) {
      for (let r = 0; r < R; r++) {
        if (this.expertRound[e * R + r] === 0) continue;
        const people = this.seatsUsed[from * R + r];
        this.seatsUsed[from * R + r] = 0;
        this.tableExpert[from * R + r] = NONE;
        this.seatsUsed[t * R + r] += people;
        this.tableExpert[t * R + r] = e;
      }
    }
    this.tableOf[e] = t;
    this.kept += this.keptOfExpert(e) - keptBefore;
    this.log.push(SEAT, e, from, t, 0);
  }

  /**
   * Every expert at once at a new table (a seating found for the whole grid, see seating.ts; it
   * must keep the rules): undoable like any change. Experts left out keep a locked table, or none.
   */
  reseatAll(tableOf: Int32Array): void {
    this.seatings.push(this.tableOf.slice());
    this.log.push(RESEAT_ALL, 0, 0, 0, 0);
    const next = tableOf.slice();
    for (let e = 0; e < this.E; e++) if (next[e] === NONE && this.tableLocked[e]) next[e] = this.tableOf[e];
    this.applySeating(next);
  }

  /** Sets every table and recounts what depends on them (who sits where, seats, kept meetings). */
  private applySeating(tableOf: Int32Array): void {
    const R = this.R;
    this.tableOf.set(tableOf);
    this.tableExpert.fill(NONE);
    this.seatsUsed.fill(0);
    this.kept = 0;
    for (let g = 0; g < this.G; g++) {
      for (let r = 0; r < R; r++) {
        const e = this.slot[g * R + r];
        if (e === NONE) continue;
        const t = this.tableOf[e];
        this.tableExpert[t * R + r] = e;
        this.seatsUsed[t * R + r] += this.problem.groups[g].size;
        if (this.isKept(g * R + r)) this.kept++;
      }
    }
  }

  private keptOfExpert(e: number): number {
    let n = 0;
    for (const i of this.baselineOfExpert[e]) n += this.isKept(i) ? 1 : 0;
    return n;
  }

  private isKept(i: number): boolean {
    const b = this.baseline[i];
    if (b === 0) return false;
    const e = this.slot[i];
    return e !== NONE && b - 1 === e * this.T + this.tableOf[e];
  }

  /** Group g hears expert e in round r at table t (which must fit: see canMeet, findTable). */
  add(g: number, r: number, e: number, t: number): void {
    const R = this.R;
    if (this.tableOf[e] !== t) {
      if (this.expertTotal[e] === 0) {
        this.tableOf[e] = t;
        this.log.push(SEAT, e, NONE, t, 0);
      } else this.seat(e, t);
    }
    const i = g * R + r;
    this.slot[i] = e;
    this.meetRound[g * this.E + e] = r;
    this.expertRound[e * R + r]++;
    this.tableExpert[t * R + r] = e;
    this.seatsUsed[t * R + r] += this.problem.groups[g].size;
    if (this.groupTotal[g]++ < this.slots[g]) this.idle--;
    this.countExpert(e, +1);
    this.receive(g, this.value[g * this.E + e]);
    if (this.isKept(i)) this.kept++;
    this.log.push(ADD, g, r, e, t);
    this.onMeeting?.(g, r, e, +1);
  }

  /** Group g no longer meets anyone in round r. */
  remove(g: number, r: number): void {
    const R = this.R;
    const i = g * R + r;
    const e = this.slot[i];
    if (e === NONE) return;
    const t = this.tableOf[e];
    if (this.isKept(i)) this.kept--;
    this.slot[i] = NONE;
    this.meetRound[g * this.E + e] = NONE;
    if (--this.expertRound[e * R + r] === 0) this.tableExpert[t * R + r] = NONE;
    this.seatsUsed[t * R + r] -= this.problem.groups[g].size;
    if (--this.groupTotal[g] < this.slots[g]) this.idle++;
    this.countExpert(e, -1);
    this.receive(g, -this.value[g * this.E + e]);
    this.log.push(REMOVE, g, r, e, t);
    this.onMeeting?.(g, r, e, -1);
    // An expert with no meeting left has no table: it may sit anywhere when it comes back.
    if (this.expertTotal[e] === 0 && !this.tableLocked[e]) {
      this.tableOf[e] = NONE;
      this.log.push(SEAT, e, t, NONE, 0);
    }
  }

  private countExpert(e: number, delta: number): void {
    const need = this.need[e];
    const before = this.expertTotal[e];
    this.expertTotal[e] = before + delta;
    this.shortfall += Math.max(0, need - before - delta) - Math.max(0, need - before);
  }

  private receive(g: number, delta: number): void {
    if (delta === 0) return;
    const before = this.received[g];
    const after = before + delta;
    this.received[g] = after;
    this.wishValue += delta;
    const raise = this.raiseDemand[g];
    const keep = this.keepDemand[g];
    this.raiseDeficit += Math.max(0, raise - after) - Math.max(0, raise - before);
    this.keepDeficit += Math.max(0, keep - after) - Math.max(0, keep - before);
  }

  /** Sets the fairness demands from the best minimum share so far. */
  setDemands(bestShare: number): void {
    this.raiseDeficit = 0;
    this.keepDeficit = 0;
    const eps = 1e-9;
    this.problem.potential.forEach((P, g) => {
      const keep = P > 0 ? Math.ceil(bestShare * P - eps) : 0;
      const raise = P > 0 ? Math.min(P, Math.floor(bestShare * P + eps) + 1) : 0;
      this.keepDemand[g] = keep;
      this.raiseDemand[g] = raise;
      this.keepDeficit += Math.max(0, keep - this.received[g]);
      this.raiseDeficit += Math.max(0, raise - this.received[g]);
    });
  }

  minShare(): number {
    let min = Infinity;
    this.problem.potential.forEach((P, g) => {
      if (P > 0) min = Math.min(min, this.received[g] / P);
    });
    return min === Infinity ? 1 : min;
  }

  mark(): number {
    return this.log.length;
  }

  /** Rolls every change back to `mark`. */
  undo(mark: number): void {
    const log = this.log;
    while (log.length > mark) {
      const d = log.pop()!;
      const c = log.pop()!;
      const b = log.pop()!;
      const a = log.pop()!;
      const kind = log.pop()!;
      if (kind === ADD) {
        this.remove(a, b);
        this.dropLast(kind === ADD && this.expertTotal[c] === 0 && !this.tableLocked[c] ? 2 : 1);
      } else if (kind === REMOVE) {
        // The table may have been released after the remove: it was undone first (LIFO).
        this.add(a, b, c, d);
        this.dropLast(1);
      } else if (kind === RESEAT_ALL) {
        this.applySeating(this.seatings.pop()!);
      } else {
        this.restoreSeat(a, b, c);
      }
    }
  }

  private restoreSeat(e: number, from: number, to: number): void {
    if (from === NONE || to === NONE) {
      this.tableOf[e] = from;
      return;
    }
    this.seat(e, from);
    this.dropLast(1);
  }

  /** Forgets the last n log entries (those written while undoing). */
  private dropLast(n: number): void {
    this.log.length -= 5 * n;
  }

  /** Forgets the log (the changes are final). */
  commit(): void {
    this.log.length = 0;
    this.seatings.length = 0;
  }

  meetings(): Meeting[] {
    const out: Meeting[] = [];
    for (let r = 0; r < this.R; r++) {
      for (let g = 0; g < this.G; g++) {
        const e = this.slot[g * this.R + r];
        if (e !== NONE) out.push({ round: r, table: this.tableOf[e], expert: e, group: g });
      }
    }
    return out;
  }

  snapshot(): Snapshot {
    return { slot: this.slot.slice(), tableOf: this.tableOf.slice() };
  }

  /**
   * Replaces every meeting by the snapshot's. Held and pinned meetings are taken out and put back
   * too: their experts may sit at other tables in the snapshot, and moving one expert at a time
   * could seat it where another still sits.
   */
  restore(s: Snapshot): void {
    for (let g = 0; g < this.G; g++) for (let r = 0; r < this.R; r++) this.remove(g, r);
    for (let g = 0; g < this.G; g++) {
      for (let r = 0; r < this.R; r++) {
        const e = s.slot[g * this.R + r];
        if (e !== NONE) this.add(g, r, e, s.tableOf[e]);
      }
    }
    this.commit();
  }
}

export interface Snapshot {
  slot: Int32Array;
  tableOf: Int32Array;
}

export { NONE };
