/**
 * The transport relaxation of a plan: only how many meetings each group and each expert can have
 * (and the event in all), each pair at most once, rounds and tables forgotten. Its best value, with
 * each group's value weighted, is a maximum-value b-matching, solved by min-cost flow.
 */
import type { Meeting, Problem } from '../model';
import { Flow } from './flow';

/** Work above which the transport is not worth its time (edges × units of flow). */
const WORK_LIMIT = 30_000_000;
/** Weighted costs are whole numbers up to this. */
const COST_RESOLUTION = 1_000_000;

export interface Transport {
  /** The most weighted value any plan can give: sum over groups of weight × value received. */
  value: number;
  /** What each group receives in that best transport (past meetings included). */
  received: number[];
  /** Edges × units: what one solve costs. */
  work: number;
}

/**
 * Undefined when the instance is too large for it to pay. `weight[g]` defaults to 1. Weighted
 * costs are scaled and rounded to whole numbers (a flow with real costs can cycle on rounding), and
 * the rounding's worst effect is added back, so the value stays a true upper bound.
 */
export function transport(p: Problem, from: number, held: Meeting[], capacity: number, weight?: number[]): Transport | undefined {
  const G = p.groups.length;
  const E = p.experts.length;
  const w = (g: number): number => weight?.[g] ?? 1;
  let top = 0;
  for (let g = 0; g < G; g++) for (let e = 0; e < E; e++) top = Math.max(top, p.value[g][e] * w(g));
  const scale = weight ? COST_RESOLUTION / Math.max(top, 1e-300) : 1;
  const futureRounds = (available: boolean[]) => available.filter((ok, r) => ok && r >= from).length;
  const heardBy = p.groups.map(() => new Set<number>());
  const pastOfExpert = new Array<number>(E).fill(0);
  const received = new Array<number>(G).fill(0);
  for (const m of held) {
    heardBy[m.group].add(m.expert);
    pastOfExpert[m.expert]++;
    received[m.group] += p.value[m.group][m.expert];
  }
  // Nodes: 0 source, 1..G groups, G+1..G+E experts, G+E+1 sink, G+E+2 the event's capacity.
  const sink = G + E + 1;
  const hub = G + E + 2;
  const flow = new Flow(hub + 1);
  flow.edge(hub, 0, capacity, 0);
  let units = 0;
  p.groups.forEach((group, g) => {
    const cap = Math.min(group.maxMeetings - heardBy[g].size, futureRounds(group.available));
    if (cap > 0) flow.edge(0, 1 + g, cap, 0);
    units += Math.max(0, cap);
  });
  p.experts.forEach((x, e) => {
    const cap = Math.min(x.maxMeetings - pastOfExpert[e], futureRounds(x.available) * x.maxGroupsPerRound);
    if (cap > 0) flow.edge(1 + G + e, sink, cap, 0);
  });
  const pairs: { g: number; e: number; edge: number }[] = [];
  for (let g = 0; g < G; g++) {
    for (let e = 0; e < E; e++) {
      const v = Math.round(p.value[g][e] * w(g) * scale);
      if (p.value[g][e] <= 0 || p.forbidden[g][e] || heardBy[g].has(e)) continue;
      if (!p.groups[g].available.some((ok, r) => ok && r >= from && p.experts[e].available[r])) continue;
      pairs.push({ g, e, edge: flow.edge(1 + g, 1 + G + e, 1, -v) });
    }
  }
  const work = flow.edgeCount() * units;
  if (work > WORK_LIMIT) return undefined;
  // Each unit's cost is off by at most half a step: the real best is at most that much higher.
  const gained = (-flow.minCost(hub, sink) + (weight ? units / 2 : 0)) / scale;
  for (const { g, e, edge } of pairs) received[g] += flow.flowOn(edge) * p.value[g][e];
  const past = held.reduce((sum, m) => sum + w(m.group) * p.value[m.group][m.expert], 0);
  return { value: past + gained, received, work };
}
