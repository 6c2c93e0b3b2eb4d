/**
 * The neighbourhood: small changes to the grid that keep every hard rule. Each move applies itself
 * to the state and says whether it could; the search scores the result and rolls back with
 * `state.undo(mark)` if it does not want it. A move never touches a held meeting or a pinned one.
 */
import type { Meeting } from '../model';
import type { Random } from '../random';
import { seatGrid } from './seating';
import { NONE, SearchState } from './state';

/**
 * One failed placement in RESEAT_ODDS tries a whole new seating (at most RESEAT_NODES tries), on a
 * grid of up to RESEAT_CELLS expert-rounds (scarce's size); larger grids try it proportionally less
 * often, since a seating costs in proportion to the grid (xl ran 8 times fewer moves without this).
 */
const RESEAT_ODDS = 20;
const RESEAT_NODES = 300;
const RESEAT_CELLS = 520;
/** Moves in a hundred that walk an empty slot, once only idle is left to win. */
const IDLE_FOCUS_WALKS = 30;

export class Moves {
  /** One failed placement in this many tries a new seating of the whole grid. */
  private readonly reseatOdds: number;
  /** Experts each group values, for proposals that are likely to help. */
  private readonly wanted: number[][];
  /** Replanning: the baseline meetings still to come. */
  private readonly planned: Meeting[];
  /** presentIn[r]: the experts present in round r. */
  private readonly presentIn: number[][];

  constructor(
    private readonly state: SearchState,
    private readonly random: Random,
  ) {
    const p = state.problem;
    this.wanted = p.groups.map((_, g) => p.experts.map((_, e) => e).filter((e) => p.value[g][e] > 0 && !p.forbidden[g][e]));
    this.planned = p.replan ? p.replan.baseline.filter((m) => m.round >= p.replan!.from) : [];
    this.presentIn = p.rounds.map((_, r) => p.experts.filter((x) => x.available[r]).map((x) => x.index));
    this.reseatOdds = state.E * state.R <= RESEAT_CELLS * 4 ? RESEAT_ODDS * Math.ceil((state.E * state.R) / RESEAT_CELLS) : 0;
  }

  /**
   * Set once every level above idle is at its bound: only idle is left to win, and a good part of
   * the moves walk the empty slots.
   */
  idleFocus = false;

  /** Tries one random move; true if the state changed. */
  tryOne(): boolean {
    const k = this.random.int(100);
    if (this.idleFocus && k < IDLE_FOCUS_WALKS && this.state.idle > 0) return this.walkHole();
    if (this.planned.length > 0 && k < 10) return this.keepPlanned();
    if (k < 38) return this.change();
    if (k < 56) return this.swapGroups();
    if (k < 70) return this.exchange();
    if (k < 82) return this.moveRound();
    if (k < 94) return this.swapRounds();
    return this.reseat();
  }

  private movable(g: number, r: number): boolean {
    const s = this.state;
    if (s.frozen[g * s.R + r]) return false;
    const e = s.slot[g * s.R + r];
    return e === NONE || !s.pinnedPair[g * s.E + e];
  }

  private proposeExpert(g: number): number {
    const wanted = this.wanted[g];
    const roll = this.random.int(10);
    if (roll < 1) return NONE;
    if (roll < 8 && wanted.length > 0) return this.random.pick(wanted);
    return this.random.int(this.state.E);
  }

  /**
   * Adds g–e in round r if the rules allow; the group's slot must be empty. Now and then, when no
   * table is free, the whole grid is seated again to make room (where tables are scarce, moving
   * experts one at a time rarely finds it).
   */
  private place(g: number, r: number, e: number): boolean {
    const s = this.state;
    if (!s.canMeet(g, r, e)) return false;
    const t = s.findTable(g, r, e, this.random.int(4) === 0);
    if (t !== NONE) {
      s.add(g, r, e, t);
      return true;
    }
    if (this.reseatOdds === 0 || this.random.int(this.reseatOdds) !== 0) return false;
    const slot = s.slot.slice();
    slot[g * s.R + r] = e;
    const fixed = Int32Array.from(s.tableOf, (table, x) => (s.tableLocked[x] ? table : NONE));
    const seating = seatGrid(s.problem, slot, fixed, RESEAT_NODES);
    if (!seating) return false;
    s.reseatAll(seating);
    s.add(g, r, e, seating[e]);
    return true;
  }

  /** Group g hears another expert (or nobody) in round r. */
  private change(): boolean {
    const s = this.state;
    const g = this.random.int(s.G);
    const r = this.random.int(s.R);
    if (!this.movable(g, r) || !s.problem.groups[g].available[r]) return false;
    const cur = s.slot[g * s.R + r];
    const next = this.proposeExpert(g);
    if (next === cur) return false;
    const mark = s.mark();
    s.remove(g, r);
    if (next === NONE || this.place(g, r, next)) return true;
    s.undo(mark);
    return false;
  }

  /** Two groups of one round trade experts. */
  private swapGroups(): boolean {
    const s = this.state;
    const r = this.random.int(s.R);
    const g1 = this.random.int(s.G);
    const g2 = this.random.int(s.G);
    if (g1 === g2 || !this.movable(g1, r) || !this.movable(g2, r)) return false;
    const e1 = s.slot[g1 * s.R + r];
    const e2 = s.slot[g2 * s.R + r];
    if (e1 === e2) return false;
    const mark = s.mark();
    s.remove(g1, r);
    s.remove(g2, r);
    if ((e2 === NONE || this.place(g1, r, e2)) && (e1 === NONE || this.place(g2, r, e1))) return true;
    s.undo(mark);
    return false;
  }

  /**
   * Group g takes a wanted expert from the group that has it (in any round); that group gets g's
   * expert instead when the rules allow.
   */
  private exchange(): boolean {
    const s = this.state;
    const g = this.random.int(s.G);
    const wanted = this.wanted[g];
    if (wanted.length === 0) return false;
    const e = this.random.pick(wanted);
    const r = this.random.int(s.R);
    if (!this.movable(g, r) || s.meetRound[g * s.E + e] !== NONE) return false;
    const other = this.holderOf(e);
    if (other < 0) return false;
    const g2 = Math.floor(other / s.R);
    const r2 = other % s.R;
    if (g2 === g || !this.movable(g2, r2)) return false;
    const cur = s.slot[g * s.R + r];
    const mark = s.mark();
    s.remove(g2, r2);
    s.remove(g, r);
    if (!this.place(g, r, e)) {
      s.undo(mark);
      return false;
    }
    if (cur !== NONE) this.place(g2, r2, cur);
    return true;
  }

  /** A random meeting of expert e, as g*R+r, or -1. */
  private holderOf(e: number): number {
    const s = this.state;
    const total = s.expertTotal[e];
    if (total === 0) return -1;
    let k = this.random.int(total);
    for (let r = 0; r < s.R; r++) {
      if (s.expertRound[e * s.R + r] === 0) continue;
      for (let g = 0; g < s.G; g++) {
        if (s.slot[g * s.R + r] === e && k-- === 0) return g * s.R + r;
      }
    }
    return -1;
  }

  /**
   * An empty group-round (idle) takes an expert who stands in the way elsewhere: one the group
   * hears in another round (the meeting comes here), one busy with another group in this round, or
   * one with no meeting left (one of its meetings in another round goes). The empty slot moves
   * there; where it lands on a free expert, it is filled. The search keeps the walk when no level
   * gets worse, so empty slots wander until a table and an expert are free for them.
   */
  private walkHole(): boolean {
    const s = this.state;
    const cell = this.idleCell();
    if (cell < 0) return false;
    const g = Math.floor(cell / s.R);
    const r = cell % s.R;
    const present = this.presentIn[r];
    if (present.length === 0) return false;
    const e = this.random.pick(present);
    const x = s.problem.experts[e];
    if (s.problem.forbidden[g][e]) return false;
    const mark = s.mark();
    const heard = s.meetRound[g * s.E + e];
    if (heard !== NONE) {
      if (!this.movable(g, heard)) return false;
      s.remove(g, heard);
    }
    let other = NONE;
    if (s.expertRound[e * s.R + r] >= x.maxGroupsPerRound) {
      for (let g2 = 0; g2 < s.G && other === NONE; g2++) if (s.slot[g2 * s.R + r] === e) other = g2 * s.R + r;
    } else if (s.expertTotal[e] >= x.maxMeetings) other = this.holderOf(e);
    if (other === NONE && heard === NONE) other = this.standingInTheWay(g, r, e);
    if (other !== NONE) {
      if (!this.movable(Math.floor(other / s.R), other % s.R)) return this.undone(mark);
      s.remove(Math.floor(other / s.R), other % s.R);
    }
    return this.place(g, r, e) || this.undone(mark);
  }

  /**
   * With room for e in round r, what else can stop it hearing g there: a run that would be too long
   * (its meeting in the round before or after goes), or its table taken in r by another expert
   * (that expert's meeting there goes). As g*R+r, or NONE.
   */
  private standingInTheWay(g: number, r: number, e: number): number {
    const s = this.state;
    const R = s.R;
    if (!s.canMeet(g, r, e)) {
      const q = this.random.int(2) === 0 ? r - 1 : r + 1;
      if (q < 0 || q >= R || s.expertRound[e * R + q] === 0) return NONE;
      for (let g2 = 0; g2 < s.G; g2++) if (s.slot[g2 * R + q] === e) return g2 * R + q;
      return NONE;
    }
    const own = s.tableOf[e];
    if (own === NONE || s.tableFits(own, r, e, g)) return NONE;
    const sitter = s.tableExpert[own * R + r];
    if (sitter === NONE || sitter === e || s.expertRound[sitter * R + r] !== 1) return NONE;
    for (let g2 = 0; g2 < s.G; g2++) if (s.slot[g2 * R + r] === sitter) return g2 * R + r;
    return NONE;
  }

  /** An open group-round left empty while the group has room for a meeting (g*R+r), or NONE. */
  private idleCell(): number {
    const s = this.state;
    const cells = s.G * s.R;
    const start = this.random.int(cells);
    for (let k = 0; k < cells; k++) {
      const i = (start + k) % cells;
      const g = Math.floor(i / s.R);
      if (s.slot[i] === NONE && !s.frozen[i] && s.groupTotal[g] < s.slots[g] && s.problem.groups[g].available[i % s.R]) return i;
    }
    return NONE;
  }

  /** A meeting of group g moves to a round where g is free. */
  private moveRound(): boolean {
    const s = this.state;
    const g = this.random.int(s.G);
    const r1 = this.random.int(s.R);
    const r2 = this.random.int(s.R);
    const e = s.slot[g * s.R + r1];
    if (r1 === r2 || e === NONE || s.frozen[g * s.R + r1] || s.frozen[g * s.R + r2]) return false;
    if (s.slot[g * s.R + r2] !== NONE) return false;
    const mark = s.mark();
    s.remove(g, r1);
    if (this.place(g, r2, e)) return true;
    s.undo(mark);
    return false;
  }

  /** Group g hears its experts of two rounds in the other order. */
  private swapRounds(): boolean {
    const s = this.state;
    const g = this.random.int(s.G);
    const r1 = this.random.int(s.R);
    const r2 = this.random.int(s.R);
    const e1 = s.slot[g * s.R + r1];
    const e2 = s.slot[g * s.R + r2];
    if (r1 === r2 || e1 === NONE || e2 === NONE || s.frozen[g * s.R + r1] || s.frozen[g * s.R + r2]) return false;
    const mark = s.mark();
    s.remove(g, r1);
    s.remove(g, r2);
    if (this.place(g, r2, e1) && this.place(g, r1, e2)) return true;
    s.undo(mark);
    return false;
  }

  /** An expert moves to another table free in all its rounds (makes room for others). */
  private reseat(): boolean {
    const s = this.state;
    const e = this.random.int(s.E);
    const t = this.random.int(s.T);
    if (s.tableOf[e] === NONE || !s.canSeatAt(t, e)) return false;
    s.seat(e, t);
    return true;
  }

  /** Replanning: a baseline meeting that moved goes back where it was planned. */
  private keepPlanned(): boolean {
    const s = this.state;
    const { group: g, round: r, expert: e, table: t } = this.random.pick(this.planned);
    if (s.slot[g * s.R + r] === e && s.tableOf[e] === t) return false;
    if (!this.movable(g, r)) return false;
    const mark = s.mark();
    s.remove(g, r);
    const met = s.meetRound[g * s.E + e];
    if (met !== NONE) {
      if (!this.movable(g, met)) return this.undone(mark);
      s.remove(g, met);
    }
    if (s.tableOf[e] !== NONE && s.tableOf[e] !== t) {
      if (!s.canSeatAt(t, e)) return this.undone(mark);
      s.seat(e, t);
    }
    if (!s.canMeet(g, r, e) || !s.tableFits(t, r, e, g)) return this.undone(mark);
    s.add(g, r, e, t);
    return true;
  }

  private undone(mark: number): false {
    this.state.undo(mark);
    return false;
  }
}
