/**
 * Seating a whole grid at once: a table for every expert who meets someone, such that two experts
 * meeting in one round sit apart, every table seats its groups in every round, and no one sits at
 * a table after it closes. The local search seats experts one at a time; a grid it could not seat
 * that way is often seatable as a whole (the exhaustive search and the idle repair use this).
 */
import type { Problem } from '../model';
import { NONE } from './state';

/**
 * slot[g*R+r]: the expert g hears in round r, or NONE. `fixed[e]`: the table expert e must keep, or
 * NONE. A backtracking over experts, busiest first, with at most `nodeLimit` tries; undefined when
 * no seating exists or none was found within the limit.
 */
export function seatGrid(p: Problem, slot: Int32Array, fixed: Int32Array, nodeLimit: number): Int32Array | undefined {
  const E = p.experts.length;
  const T = p.tables.length;
  const R = p.rounds.length;
  const load = new Int32Array(E * R);
  for (let g = 0; g < p.groups.length; g++) {
    for (let r = 0; r < R; r++) {
      const e = slot[g * R + r];
      if (e !== NONE) load[e * R + r] += p.groups[g].size;
    }
  }
  const busy = p.experts.map((_, e) => [...Array(R).keys()].filter((r) => load[e * R + r] > 0));
  const experts = [...Array(E).keys()]
    .filter((e) => busy[e].length > 0)
    .sort((a, b) => Number(fixed[b] !== NONE) - Number(fixed[a] !== NONE) || busy[b].length - busy[a].length || a - b);
  const tableOf = new Int32Array(E).fill(NONE);
  const taken = new Int32Array(T * R).fill(NONE);
  const fits = (e: number, t: number): boolean =>
    busy[e].every((r) => taken[t * R + r] === NONE && r < p.tables[t].closedFrom && load[e * R + r] <= p.tables[t].seats);
  let nodes = 0;
  const place = (k: number): boolean => {
    if (k === experts.length) return true;
    if (++nodes > nodeLimit) return false;
    const e = experts[k];
    const own = fixed[e];
    for (let t = own !== NONE ? own : 0; t < (own !== NONE ? own + 1 : T); t++) {
      if (!fits(e, t)) continue;
      for (const r of busy[e]) taken[t * R + r] = e;
      tableOf[e] = t;
      if (place(k + 1)) return true;
      for (const r of busy[e]) taken[t * R + r] = NONE;
      if (nodes > nodeLimit) break;
    }
    tableOf[e] = NONE;
    return false;
  };
  return place(0) ? tableOf : undefined;
}
