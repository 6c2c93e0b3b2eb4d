/**
 * Idle repair, after the local search: every group-round still empty is offered each expert who
 * could meet the group there, best value first; when no table is free for that expert, the whole
 * grid is seated again (`seatGrid`), which finds room the search's one-expert-at-a-time moves miss
 * (on nantes-size grids the seats, not the experts, are what leaves a group waiting). Failing
 * that, an expert busy in that round with another group moves that meeting elsewhere (`makeRoom`).
 *
 * An added meeting is worth at least 0, so no share, no wish value and no expert's count gets
 * worse: the levels above idle stay as the search left them. Experts whose table matters (held
 * meetings, a fixed seat, baseline meetings still to come) keep theirs, so `moved` stays too.
 * Bounded by seating nodes, not by the clock: a plan replays the same.
 */
import { seatGrid } from './seating';
import { NONE, type SearchState } from './state';

/** Seating tries per attempt, and in all. */
const ATTEMPT_NODES = 400;
const TOTAL_NODES = 60_000;

/** Fills what it can; returns the number of meetings added. */
export function repairIdle(state: SearchState): number {
  const p = state.problem;
  const { G, E, R } = state;
  const fixed = new Int32Array(E).fill(NONE);
  const from = p.replan?.from ?? 0;
  for (let e = 0; e < E; e++) if (state.tableLocked[e]) fixed[e] = state.tableOf[e];
  for (const m of p.replan?.baseline ?? []) if (m.round >= from && state.tableOf[m.expert] !== NONE) fixed[m.expert] = state.tableOf[m.expert];

  let budget = TOTAL_NODES;
  let added = 0;
  for (let g = 0; g < G; g++) {
    for (let r = from; r < R && budget > 0; r++) {
      if (state.slot[g * R + r] !== NONE || state.frozen[g * R + r] || state.groupTotal[g] >= state.slots[g]) continue;
      const candidates = [...Array(E).keys()].filter((e) => state.canMeet(g, r, e)).sort((a, b) => state.valueOf(g, b) - state.valueOf(g, a) || a - b);
      for (const e of candidates) {
        const t = state.findTable(g, r, e, fixed[e] === NONE);
        if (t !== NONE) {
          state.add(g, r, e, t);
          added++;
          break;
        }
        const slot = state.slot.slice();
        slot[g * R + r] = e;
        const nodes = Math.min(ATTEMPT_NODES, budget);
        budget -= nodes;
        const tableOf = seatGrid(p, slot, fixed, nodes);
        if (tableOf) {
          state.restore({ slot, tableOf });
          added++;
          break;
        }
        if (budget <= 0) break;
      }
      if (state.slot[g * R + r] === NONE && state.groupTotal[g] < state.slots[g] && makeRoom(state, g, r)) added++;
    }
  }
  state.commit();
  return added;
}

/**
 * The expert busy with another group in round r moves that meeting to a round where the other
 * group is free, and hears group g in r instead: one more meeting, the other group's value the
 * same. A baseline meeting kept where it was is never moved (moved would grow).
 */
function makeRoom(state: SearchState, g: number, r: number): boolean {
  const { G, E, R } = state;
  for (let g2 = 0; g2 < G; g2++) {
    const e = state.slot[g2 * R + r];
    if (g2 === g || e === NONE || state.frozen[g2 * R + r] || state.pinnedPair[g2 * E + e] || state.baseline[g2 * R + r]) continue;
    if (state.meetRound[g * E + e] !== NONE) continue;
    for (let r2 = 0; r2 < R; r2++) {
      if (r2 === r || state.slot[g2 * R + r2] !== NONE || state.frozen[g2 * R + r2]) continue;
      const mark = state.mark();
      state.remove(g2, r);
      const t2 = state.canMeet(g2, r2, e) ? state.findTable(g2, r2, e, false) : NONE;
      if (t2 !== NONE) {
        state.add(g2, r2, e, t2);
        const t = state.canMeet(g, r, e) ? state.findTable(g, r, e, false) : NONE;
        if (t !== NONE) {
          state.add(g, r, e, t);
          return true;
        }
      }
      state.undo(mark);
    }
  }
  return false;
}
