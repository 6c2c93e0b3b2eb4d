/**
 * A bound that sees the rounds: the most a plan can score, where each meeting of g with e scores
 * `count + valueWeight × value(g, e)`, among plans whose wish value reaches `wishAtLeast` and whose
 * every group g receives at least `need[g]` (both counted from `from` on).
 *
 * Lagrangian relaxation: the rules that tie the rounds together (each pair meets once, each expert
 * within its maxMeetings, within the rounds its maxConsecutive allows between pauses and in every
 * window of maxConsecutive + 1 adjacent rounds, each group within its maxMeetings) and the two "at
 * least" constraints move into the objective with multipliers ≥ 0. What is left splits into one
 * problem per round, a maximum-weight matching of groups to experts with at most the round's room,
 * each expert at its own table if its seat is known and at a free one otherwise: a small min-cost
 * flow. For any multipliers its
 * value is a true upper bound (each dropped rule, where it holds, only adds a non-negative term);
 * subgradient steps lower it. The work (edges × units of flow) is budgeted, so the result depends
 * on the instance alone, never on the clock.
 */
import type { Problem } from '../model';
import { Flow } from './flow';
import { mostActive, type Relaxation, stretches } from './relaxation';

/** Weights are whole numbers up to this in the flows (see `transport`). */
const COST_RESOLUTION = 1_000_000;
/** Floating-point slack on the sums. */
const SLACK = 1e-7;

export interface RoundBoundQuery {
  /** What each meeting scores (1: the bound counts meetings)… */
  count: number;
  /** …plus this much per unit of its value. */
  valueWeight: number;
  /** Lower bound on the future wish value (the past's excluded). */
  wishAtLeast?: number;
  /** need[g]: lower bound on group g's future value. */
  need?: number[];
  /** Stop as soon as the bound is at most this (it cannot usefully go lower). */
  goal: number;
  /** Work budget: edges × units of flow, summed over every solve. */
  work: number;
}

interface Pair {
  g: number;
  e: number;
  value: number;
  /** The rounds the pair may meet in. */
  rounds: number[];
}

/** An upper bound on the query's objective (negative when no plan meets the "at least" constraints). */
export function roundBound(p: Problem, x: Relaxation, q: RoundBoundQuery): number {
  const G = p.groups.length;
  const E = p.experts.length;
  const R = p.rounds.length;
  const block = stretches(p);
  const B = block[R - 1] + 1;
  const pairs: Pair[] = [];
  const byRound: number[][] = p.rounds.map(() => []);
  for (let g = 0; g < G; g++) {
    for (let e = 0; e < E; e++) {
      const rounds: number[] = [];
      for (let r = x.from; r < R; r++) if (x.meets(g, e, r) && x.expertRoundRoom(e, r) > 0 && x.roundRoom[r] > 0) rounds.push(r);
      if (rounds.length === 0) continue;
      for (const r of rounds) byRound[r].push(pairs.length);
      pairs.push({ g, e, value: p.value[g][e], rounds });
    }
  }
  if (pairs.length === 0) return (q.wishAtLeast ?? 0) > 0 || (q.need ?? []).some((n) => n > 0) ? -Infinity : 0;

  // Which dropped rules can bind: a rule that no relaxed plan can break needs no multiplier.
  const roundsOfGroup = p.groups.map(() => new Set<number>());
  const roundsOfExpert = p.experts.map(() => new Set<number>());
  for (const pair of pairs)
    for (const r of pair.rounds) {
      roundsOfGroup[pair.g].add(r);
      roundsOfExpert[pair.e].add(r);
    }
  const groupCap = p.groups.map((_, g) => (x.groupRoom[g] < roundsOfGroup[g].size ? x.groupRoom[g] : Infinity));
  const expertCap = p.experts.map((_, e) => {
    let places = 0;
    for (const r of roundsOfExpert[e]) places += x.expertRoundRoom(e, r);
    return x.expertRoom[e] < places ? x.expertRoom[e] : Infinity;
  });
  // Between pauses, only for experts who hear one group at a time (then meetings are active rounds).
  const blockCap = new Float64Array(E * B).fill(Infinity);
  p.experts.forEach((ex, e) => {
    if (ex.maxGroupsPerRound !== 1 || ex.maxConsecutive >= R) return;
    for (let b = 0; b < B; b++) {
      const rounds = [...Array(R).keys()].filter((r) => r >= x.from && block[r] === b);
      const kept = rounds.filter((r) => x.keptWith[e * R + r] > 0).length;
      const cap = mostActive(
        rounds.map((r) => ex.available[r]),
        ex.maxConsecutive,
      );
      const open = rounds.filter((r) => roundsOfExpert[e].has(r)).length;
      if (cap - kept < open) blockCap[e * B + b] = Math.max(0, cap - kept);
    }
  });

  // A run longer than maxConsecutive is a window of maxConsecutive + 1 adjacent rounds all active:
  // each such window holds at most maxConsecutive active rounds, less the fixed meetings in it.
  const windows: { e: number; rounds: number[]; cap: number }[] = [];
  const windowsAt: number[][] = new Array<number[]>(E * R);
  for (let i = 0; i < E * R; i++) windowsAt[i] = [];
  const fixedActive = new Uint8Array(E * R);
  for (const m of x.fixed) fixedActive[m.expert * R + m.round] = 1;
  p.experts.forEach((ex, e) => {
    const c = ex.maxConsecutive;
    if (ex.maxGroupsPerRound !== 1 || c >= R) return;
    for (let a = 0; a + c < R; a++) {
      let joined = true;
      for (let r = a + 1; r <= a + c && joined; r++) joined = p.rounds[r].followsWithoutPause;
      if (!joined) continue;
      const span = [...Array(c + 1).keys()].map((k) => a + k);
      const open = span.filter((r) => roundsOfExpert[e].has(r));
      const cap = c - span.filter((r) => fixedActive[e * R + r]).length;
      if (open.length <= cap) continue;
      for (const r of open) windowsAt[e * R + r].push(windows.length);
      windows.push({ e, rounds: open, cap: Math.max(0, cap) });
    }
  });
  const win = new Float64Array(windows.length);
  const lambda = new Float64Array(pairs.length);
  const nu = new Float64Array(E);
  const sigma = new Float64Array(G);
  const rho = new Float64Array(E * B);
  const omega = new Float64Array(G);
  let mu = 0;
  const need = q.need ?? new Array<number>(G).fill(0);
  const wishAtLeast = q.wishAtLeast ?? -Infinity;

  const met = new Int32Array(pairs.length);
  const perGroup = new Float64Array(G);
  const perExpert = new Float64Array(E);
  const perBlock = new Float64Array(E * B);
  const received = new Float64Array(G);
  const activeAt = new Uint8Array(E * R);
  let best = Infinity;
  let spent = 0;
  let theta = 1;
  let sinceBest = 0;
  while (spent < q.work) {
    met.fill(0);
    perGroup.fill(0);
    perExpert.fill(0);
    perBlock.fill(0);
    received.fill(0);
    activeAt.fill(0);
    let value = 0;
    let wish = 0;
    for (let r = x.from; r < R; r++) {
      if (byRound[r].length === 0) continue;
      const solved = matchRound(p, x, r, byRound[r], pairs, (k) => {
        const { g, e, value: v } = pairs[k];
        let w = q.count + (q.valueWeight + mu + omega[g]) * v - lambda[k] - nu[e] - sigma[g] - rho[e * B + block[r]];
        for (const i of windowsAt[e * R + r]) w -= win[i];
        return w;
      });
      spent += solved.work;
      value += solved.value;
      for (const k of solved.chosen) {
        const { g, e, value: v } = pairs[k];
        met[k]++;
        perGroup[g]++;
        perExpert[e]++;
        perBlock[e * B + block[r]]++;
        activeAt[e * R + r] = 1;
        received[g] += v;
        wish += v;
      }
    }
    // The dual function: the rounds' best, plus each multiplier times its rule's right-hand side.
    let dual = value;
    for (let k = 0; k < pairs.length; k++) dual += lambda[k];
    for (let e = 0; e < E; e++) if (expertCap[e] < Infinity) dual += nu[e] * expertCap[e];
    for (let g = 0; g < G; g++) if (groupCap[g] < Infinity) dual += sigma[g] * groupCap[g];
    for (let i = 0; i < E * B; i++) if (blockCap[i] < Infinity) dual += rho[i] * blockCap[i];
    for (let i = 0; i < windows.length; i++) dual += win[i] * windows[i].cap;
    if (wishAtLeast > -Infinity) dual -= mu * wishAtLeast;
    for (let g = 0; g < G; g++) dual -= omega[g] * need[g];
    if (dual < best - 1e-9) {
      best = dual;
      sinceBest = 0;
    } else if (++sinceBest >= 4) {
      theta /= 2;
      sinceBest = 0;
    }
    if (best <= q.goal + SLACK || theta < 1e-4) break;

    // Subgradient of the dual (each rule's slack in the relaxed plan); a step against it.
    let norm = 0;
    const add = (slack: number, current: number): number => {
      // Only components that can move (a multiplier at 0 with a positive slack stays at 0).
      if (current <= 0 && slack > 0) return 0;
      norm += slack * slack;
      return slack;
    };
    const gl = new Float64Array(pairs.length);
    for (let k = 0; k < pairs.length; k++) gl[k] = add(1 - met[k], lambda[k]);
    const ge = new Float64Array(E);
    for (let e = 0; e < E; e++) if (expertCap[e] < Infinity) ge[e] = add(expertCap[e] - perExpert[e], nu[e]);
    const gg = new Float64Array(G);
    for (let g = 0; g < G; g++) if (groupCap[g] < Infinity) gg[g] = add(groupCap[g] - perGroup[g], sigma[g]);
    const gb = new Float64Array(E * B);
    for (let i = 0; i < E * B; i++) if (blockCap[i] < Infinity) gb[i] = add(blockCap[i] - perBlock[i], rho[i]);
    const gw = new Float64Array(windows.length);
    for (let i = 0; i < windows.length; i++) {
      let active = 0;
      for (const r of windows[i].rounds) active += activeAt[windows[i].e * R + r];
      gw[i] = add(windows[i].cap - active, win[i]);
    }
    const gm = wishAtLeast > -Infinity ? add(wish - wishAtLeast, mu) : 0;
    const go = new Float64Array(G);
    for (let g = 0; g < G; g++) if (need[g] > 0) go[g] = add(received[g] - need[g], omega[g]);
    if (norm === 0) break; // the relaxed plan keeps every dropped rule: its value is the optimum
    // Polyak's step towards a goal one unit below the best bound so far.
    const step = (theta * (dual - Math.max(best - 1, q.goal))) / norm;
    for (let k = 0; k < pairs.length; k++) lambda[k] = Math.max(0, lambda[k] - step * gl[k]);
    for (let e = 0; e < E; e++) nu[e] = Math.max(0, nu[e] - step * ge[e]);
    for (let g = 0; g < G; g++) sigma[g] = Math.max(0, sigma[g] - step * gg[g]);
    for (let i = 0; i < E * B; i++) rho[i] = Math.max(0, rho[i] - step * gb[i]);
    for (let i = 0; i < windows.length; i++) win[i] = Math.max(0, win[i] - step * gw[i]);
    mu = Math.max(0, mu - step * gm);
    for (let g = 0; g < G; g++) omega[g] = Math.max(0, omega[g] - step * go[g]);
  }
  return best + SLACK;
}

/**
 * Round r's best relaxed plan: each group at most once, each expert within its room in r, at most
 * the round's room in all, only meetings of positive weight. Weights are rounded to whole steps
 * for the flow; the rounding's worst effect (half a step a meeting) is added back to the value.
 */
function matchRound(
  p: Problem,
  x: Relaxation,
  r: number,
  candidates: number[],
  pairs: Pair[],
  weightOf: (k: number) => number,
): { value: number; chosen: number[]; work: number } {
  const G = p.groups.length;
  const E = p.experts.length;
  const weights = candidates.map(weightOf);
  const top = Math.max(...weights);
  if (top <= 0) return { value: 0, chosen: [], work: candidates.length };
  const scale = COST_RESOLUTION / top;
  // Nodes: 0 source, 1 the round's room, 2..G+1 groups, G+2..G+E+1 experts, G+E+2 sink; where
  // every expert hears one group at a time, also the tables (one expert each in the round: an
  // expert whose seat is known takes only its own, the others any free one, through a pool).
  const T = p.tables.length;
  const seated = !p.experts.some((ex) => ex.available[r] && ex.maxGroupsPerRound > 1);
  const sink = G + E + 2;
  const pool = sink + 1;
  const tableNode = pool + 1;
  const flow = new Flow(seated ? tableNode + T : sink + 1);
  if (seated) {
    flow.edge(pool, tableNode, 0, 0);
    for (let t = 0; t < T; t++) {
      if (!x.tableFree(t, r)) continue;
      flow.edge(pool, tableNode + t, 1, 0);
      flow.edge(tableNode + t, sink, 1, 0);
    }
  }
  flow.edge(0, 1, x.roundRoom[r], 0);
  const groupSeen = new Uint8Array(G);
  const expertSeen = new Uint8Array(E);
  const edges: { k: number; edge: number; cost: number }[] = [];
  candidates.forEach((k, i) => {
    const w = weights[i];
    if (w <= 0) return;
    const { g, e } = pairs[k];
    if (!groupSeen[g]) {
      groupSeen[g] = 1;
      flow.edge(1, 2 + g, 1, 0);
    }
    if (!expertSeen[e]) {
      expertSeen[e] = 1;
      const room = x.expertRoundRoom(e, r);
      if (!seated) flow.edge(2 + G + e, sink, room, 0);
      else if (x.seatOf[e] >= 0) flow.edge(2 + G + e, tableNode + x.seatOf[e], room, 0);
      else flow.edge(2 + G + e, pool, room, 0);
    }
    const cost = Math.round(w * scale);
    edges.push({ k, edge: flow.edge(2 + g, 2 + G + e, 1, -cost), cost });
  });
  let units = 0;
  for (let g = 0; g < G; g++) units += groupSeen[g];
  units = Math.min(units, x.roundRoom[r]);
  flow.minCost(0, sink);
  const chosen: number[] = [];
  let rounded = 0;
  for (const { k, edge, cost } of edges) {
    if (flow.flowOn(edge) > 0) {
      chosen.push(k);
      rounded += cost;
    }
  }
  // The flow is optimal for the rounded weights, and any plan's real weight is within half a step
  // a meeting of its rounded one: the real best is at most the rounded best plus that much.
  return { value: (rounded + units * 0.5) / scale, chosen, work: flow.edgeCount() * Math.max(1, units) };
}
