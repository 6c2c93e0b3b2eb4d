/**
 * Exhaustive branch and bound for small instances: every open group-round gets each expert who may
 * meet the group there, or nobody, and a branch is cut as soon as an optimistic completion of it
 * cannot beat the best plan known in the spec's order. Tables are not branched on: a complete grid
 * that would be better is seated at the end (`seatGrid`), and dropped if no seating exists.
 * Finishing within the node budget proves the best plan optimal on every level at once, where the
 * separate bounds of `bounds.ts` leave a gap (a max-min share, the idle rounds under it).
 *
 * The budget counts nodes, not milliseconds, so a plan replays the same on any machine. Replans
 * (where tables decide what is kept) are left to the local search.
 */
import type { Metrics } from '../format';
import { seatGrid } from './seating';
import { isBetter } from './search';
import { NONE, type SearchState, type Snapshot } from './state';

export interface ExactResult {
  /** True when the whole tree was searched: the best plan is optimal on every level. */
  complete: boolean;
  /** The best plan found, if it beats the incumbent. */
  improved?: { snapshot: Snapshot; metrics: Metrics };
  nodes: number;
}

/** Open group-rounds above which the tree is not worth trying. */
export const EXACT_MAX_CELLS = 40;

/** True when the exhaustive search applies: a small instance, not a replan. */
export function exactApplies(state: SearchState): boolean {
  if (state.problem.replan) return false;
  let open = 0;
  for (let i = 0; i < state.G * state.R; i++) if (!state.frozen[i] && state.problem.groups[Math.floor(i / state.R)].available[i % state.R]) open++;
  return open <= EXACT_MAX_CELLS;
}

/** Searches from the pinned meetings; `stop` is polled now and then: true ends it, incomplete. */
export function exactSearch(state: SearchState, incumbent: Metrics, nodeBudget: number, stop: () => boolean): ExactResult {
  const p = state.problem;
  const { G, E, R } = state;
  const objective = p.options.objective;
  const slot = new Int32Array(G * R).fill(NONE);
  const met = new Uint8Array(G * E);
  const expertRound = new Int32Array(E * R);
  const activeInRound = new Int32Array(R);
  const expertTotal = new Int32Array(E);
  const groupTotal = new Int32Array(G);
  const received = new Float64Array(G);
  const fixedSeats = Int32Array.from(p.experts, (x) => x.table);
  const openTables = p.rounds.map((_, r) => p.tables.filter((t) => r < t.closedFrom).length);
  const put = (g: number, r: number, e: number, sign: 1 | -1): void => {
    slot[g * R + r] = sign > 0 ? e : NONE;
    met[g * E + e] = sign > 0 ? 1 : 0;
    if (sign > 0 ? expertRound[e * R + r]++ === 0 : --expertRound[e * R + r] === 0) activeInRound[r] += sign;
    expertTotal[e] += sign;
    groupTotal[g] += sign;
    received[g] += sign * state.valueOf(g, e);
  };

  const open: number[] = [];
  for (let g = 0; g < G; g++) {
    for (let r = 0; r < R; r++) {
      const i = g * R + r;
      if (state.frozen[i]) {
        if (state.slot[i] !== NONE) put(g, r, state.slot[i], 1);
      } else if (p.groups[g].available[r]) open.push(i);
    }
  }
  // Experts in the order a group values them, so good plans come first and sharpen the cuts.
  const order = p.groups.map((_, g) => [...Array(E).keys()].filter((e) => !p.forbidden[g][e]).sort((a, b) => state.valueOf(g, b) - state.valueOf(g, a)));
  const cellsLeft = new Int32Array(G);
  for (const i of open) cellsLeft[Math.floor(i / R)]++;

  const runThrough = (e: number, r: number): number => {
    let run = 1;
    for (let q = r - 1; q >= 0 && p.rounds[q + 1].followsWithoutPause && expertRound[e * R + q] > 0; q--) run++;
    for (let q = r + 1; q < R && p.rounds[q].followsWithoutPause && expertRound[e * R + q] > 0; q++) run++;
    return run;
  };
  const canMeet = (g: number, r: number, e: number): boolean => {
    const x = p.experts[e];
    if (!x.available[r] || met[g * E + e] || expertTotal[e] >= x.maxMeetings || groupTotal[g] >= p.groups[g].maxMeetings) return false;
    const inRound = expertRound[e * R + r];
    if (inRound >= x.maxGroupsPerRound) return false;
    if (inRound === 0 && (activeInRound[r] >= openTables[r] || (x.maxConsecutive < R && runThrough(e, r) > x.maxConsecutive))) return false;
    return true;
  };

  const metricsNow = (): Metrics => {
    let shortfall = 0;
    for (let e = 0; e < E; e++) shortfall += Math.max(0, state.need[e] - expertTotal[e]);
    let wishValue = 0;
    let minShare = Infinity;
    let idle = 0;
    for (let g = 0; g < G; g++) {
      wishValue += received[g];
      idle += Math.max(0, state.slots[g] - groupTotal[g]);
      if (p.potential[g] > 0) minShare = Math.min(minShare, received[g] / p.potential[g]);
    }
    return { shortfall, wishValue, minGroupShare: minShare === Infinity ? 1 : minShare, idle };
  };

  /**
   * The best any completion could reach, level by level (each level on its own). Groups before
   * the current one are decided; the current one may still hear its best experts present in its
   * rounds left; the groups after it are taken at their best from the start (computed once).
   */
  const expertRoom = p.experts.map((x) => x.roundCount * x.maxGroupsPerRound);
  const bestOf = (g: number, fromRound: number): { value: number; idle: number } => {
    let room = Math.min(cellsLeft[g], p.groups[g].maxMeetings - groupTotal[g]);
    const idle = Math.max(0, state.slots[g] - groupTotal[g] - room);
    let value = received[g];
    for (const e of order[g]) {
      if (room <= 0) break;
      if (met[g * E + e] || expertTotal[e] >= p.experts[e].maxMeetings || lastRound[e] < fromRound) continue;
      value += state.valueOf(g, e);
      room--;
    }
    return { value, idle };
  };
  const lastRound = p.experts.map((x) => x.available.lastIndexOf(true));
  const later = p.groups.map((_, g) => bestOf(g, 0));
  // Group by group, the least hopeful first: a group's share is known as soon as its rounds are
  // decided, and the group most likely to fall short cuts the most branches.
  const hope = (g: number): number => (p.potential[g] > 0 ? later[g].value / p.potential[g] : Infinity);
  const groupOrder = [...Array(G).keys()].sort((a, b) => hope(a) - hope(b) || a - b);
  const position = new Int32Array(G);
  groupOrder.forEach((g, k) => (position[g] = k));
  const cells = groupOrder.flatMap((g) => open.filter((i) => Math.floor(i / R) === g));
  const optimistic = (g0: number, r0: number): Metrics => {
    let shortfall = 0;
    for (let e = 0; e < E; e++) {
      const lacking = state.need[e] - expertTotal[e];
      if (lacking > 0) shortfall += Math.max(0, lacking - (expertRoom[e] - expertTotal[e]));
    }
    let wishValue = 0;
    let minShare = Infinity;
    let idle = 0;
    for (let g = 0; g < G; g++) {
      const best = position[g] < position[g0] ? { value: received[g], idle: Math.max(0, state.slots[g] - groupTotal[g]) } : bestOf(g, g === g0 ? r0 : 0);
      wishValue += best.value;
      idle += best.idle;
      if (p.potential[g] > 0) minShare = Math.min(minShare, best.value / p.potential[g]);
    }
    return { shortfall, wishValue, minGroupShare: minShare === Infinity ? 1 : minShare, idle };
  };

  const pinsMet = (): boolean => p.pins.every((pin) => met[pin.group * E + pin.expert] === 1);

  let best: ExactResult['improved'];
  let bestMetrics = incumbent;
  let nodes = 0;
  const visit = (k: number): boolean => {
    // Checked before counting: a replay given this many nodes stops at the very same one.
    if (nodes >= nodeBudget || ((nodes & 4095) === 4095 && stop())) return false;
    nodes++;
    if (k === cells.length) {
      if (!pinsMet()) return true;
      const m = metricsNow();
      if (!isBetter(m, bestMetrics, objective)) return true;
      const tableOf = seatGrid(p, slot, fixedSeats, Infinity);
      if (tableOf) [best, bestMetrics] = [{ snapshot: { slot: slot.slice(), tableOf }, metrics: m }, m];
      return true;
    }
    const i = cells[k];
    const g = Math.floor(i / R);
    const r = i % R;
    if (!isBetter(optimistic(g, r), bestMetrics, objective)) return true;
    cellsLeft[g]--;
    let finished = true;
    for (const e of order[g]) {
      if (!canMeet(g, r, e)) continue;
      put(g, r, e, 1);
      finished = visit(k + 1);
      put(g, r, e, -1);
      if (!finished) break;
    }
    if (finished) finished = visit(k + 1);
    cellsLeft[g]++;
    return finished;
  };
  const complete = visit(0);
  return { complete, improved: best, nodes };
}
