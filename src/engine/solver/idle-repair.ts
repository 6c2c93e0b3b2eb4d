/**
 * Idle repair, after the local search: every group-round still empty is offered each expert who
 * could meet the group there, best value first; when no table is free for that expert, the whole
 * grid is seated again (`seatGrid`), which finds room the search's one-expert-at-a-time moves miss
 * (on nantes-size grids the seats, not the experts, are what leaves a group waiting).
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
    }
  }
  state.commit();
  return added;
}
