/**
 * Bounds on each quality level, from relaxations that are quick to solve: a plan that reaches all of
 * them is proven optimal, and otherwise the gap tells organizers how far from the best possible a
 * plan can at most be. Each bound holds on its own (not only given the levels before it).
 */
import type { Metrics } from '../format';
import type { Meeting, Problem } from '../model';

export interface Bounds {
  /** Lower bound (replanning only). */
  moved?: number;
  /** Lower bound. */
  shortfall: number;
  /** Upper bound. */
  minGroupShare: number;
  /** Upper bound. */
  wishValue: number;
}

export function computeBounds(p: Problem): Bounds {
  const from = p.replan?.from ?? 0;
  const held = p.replan ? p.replan.baseline.filter((m) => m.round < from) : [];
  const bestAlone = p.groups.map((_, g) => bestValueAlone(p, g, from, held.filter((m) => m.group === g).map((m) => m.expert)));
  let minGroupShare = Infinity;
  p.potential.forEach((P, g) => {
    if (P > 0) minGroupShare = Math.min(minGroupShare, bestAlone[g] / P);
  });
  const bounds: Bounds = {
    shortfall: shortfallLowerBound(p, from, held.map((m) => m.expert)),
    minGroupShare: minGroupShare === Infinity ? 1 : Math.min(1, minGroupShare),
    wishValue: Math.min(bestAlone.reduce((a, b) => a + b, 0), transportBound(p, from, held) ?? Infinity),
  };
  if (p.replan) bounds.moved = movedLowerBound(p);
  return bounds;
}

/**
 * The most value group g could receive if it were alone: the best set of experts that can each be
 * given a distinct round (a transversal matroid, so the greedy choice by value is optimal).
 */
function bestValueAlone(p: Problem, g: number, from: number, heard: number[]): number {
  const group = p.groups[g];
  let total = heard.reduce((sum, e) => sum + p.value[g][e], 0);
  let room = group.maxMeetings - heard.length;
  const rounds = group.available.map((ok, r) => ok && r >= from);
  const candidates = p.experts
    .map((x, e) => e)
    .filter((e) => p.value[g][e] > 0 && !p.forbidden[g][e] && !heard.includes(e) && p.experts[e].maxMeetings > 0)
    .sort((a, b) => p.value[g][b] - p.value[g][a]);
  const roundOf = new Map<number, number>(); // round -> expert matched to it
  const tryMatch = (e: number, seen: Set<number>): boolean => {
    for (let r = 0; r < rounds.length; r++) {
      if (!rounds[r] || !p.experts[e].available[r] || seen.has(r)) continue;
      seen.add(r);
      const other = roundOf.get(r);
      if (other === undefined || tryMatch(other, seen)) {
        roundOf.set(r, e);
        return true;
      }
    }
    return false;
  };
  for (const e of candidates) {
    if (room <= 0) break;
    if (tryMatch(e, new Set())) {
      total += p.value[g][e];
      room--;
    }
  }
  return total;
}

/** Work above which the transport bound is not worth its time (edges × units of flow). */
const TRANSPORT_WORK_LIMIT = 30_000_000;

/**
 * The best wish value if rounds and tables did not matter, only how many meetings each group and
 * each expert can have: a maximum-value transport (b-matching) solved by successive shortest paths.
 * Undefined when the instance is too large for it to pay.
 */
function transportBound(p: Problem, from: number, held: Meeting[]): number | undefined {
  const G = p.groups.length;
  const E = p.experts.length;
  const futureRounds = (available: boolean[]) => available.filter((ok, r) => ok && r >= from).length;
  const heardBy = p.groups.map(() => new Set<number>());
  const pastOfExpert = new Array<number>(E).fill(0);
  let past = 0;
  for (const m of held) {
    heardBy[m.group].add(m.expert);
    pastOfExpert[m.expert]++;
    past += p.value[m.group][m.expert];
  }
  // Nodes: 0 source, 1..G groups, G+1..G+E experts, G+E+1 sink.
  const sink = G + E + 1;
  const flow = new Flow(sink + 1);
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
  for (let g = 0; g < G; g++) {
    for (let e = 0; e < E; e++) {
      const v = p.value[g][e];
      if (v <= 0 || p.forbidden[g][e] || heardBy[g].has(e)) continue;
      if (!p.groups[g].available.some((ok, r) => ok && r >= from && p.experts[e].available[r])) continue;
      flow.edge(1 + g, 1 + G + e, 1, -v);
    }
  }
  if (flow.edgeCount() * units > TRANSPORT_WORK_LIMIT) return undefined;
  return past - flow.minCost(0, sink);
}

/** Min-cost flow by successive shortest paths (Bellman–Ford queue), stopping when paths stop paying. */
class Flow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];

  constructor(private readonly n: number) {
    this.head = new Array<number>(n).fill(-1);
  }

  edge(a: number, b: number, cap: number, cost: number): void {
    for (const [u, v, c, w] of [[a, b, cap, cost], [b, a, 0, -cost]]) {
      this.to.push(v);
      this.cap.push(c);
      this.cost.push(w);
      this.next.push(this.head[u]);
      this.head[u] = this.to.length - 1;
    }
  }

  edgeCount(): number {
    return this.to.length / 2;
  }

  minCost(s: number, t: number): number {
    let total = 0;
    const dist = new Float64Array(this.n);
    const via = new Int32Array(this.n);
    const queued = new Uint8Array(this.n);
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[s] = 0;
      const queue = [s];
      queued[s] = 1;
      for (let qi = 0; qi < queue.length; qi++) {
        const u = queue[qi];
        queued[u] = 0;
        for (let k = this.head[u]; k >= 0; k = this.next[k]) {
          const v = this.to[k];
          if (this.cap[k] > 0 && dist[u] + this.cost[k] < dist[v]) {
            dist[v] = dist[u] + this.cost[k];
            via[v] = k;
            if (!queued[v]) {
              queued[v] = 1;
              queue.push(v);
            }
          }
        }
      }
      if (dist[t] >= 0) return total;
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[via[v] ^ 1]) push = Math.min(push, this.cap[via[v]]);
      for (let v = t; v !== s; v = this.to[via[v] ^ 1]) {
        this.cap[via[v]] -= push;
        this.cap[via[v] ^ 1] += push;
      }
      total += push * dist[t];
    }
  }
}

/** Experts who cannot reach their minimum even if every group that could hear them did. */
function shortfallLowerBound(p: Problem, from: number, heldExperts: number[]): number {
  let bound = 0;
  p.experts.forEach((x, e) => {
    const need = Math.min(p.options.minMeetingsPerExpert, x.maxMeetings, x.roundCount);
    const past = heldExperts.filter((h) => h === e).length;
    const reachable = p.groups.filter((group, g) => !p.forbidden[g][e] && group.available.some((ok, r) => ok && r >= from && x.available[r])).length;
    bound += Math.max(0, need - past - reachable);
  });
  return bound;
}

/** Baseline meetings that can no longer be kept as they were. */
function movedLowerBound(p: Problem): number {
  const { from, baseline } = p.replan!;
  const heldTable = new Map<number, number>();
  for (const m of baseline) if (m.round < from) heldTable.set(m.expert, m.table);
  return baseline.filter((m) => {
    if (m.round < from) return false;
    const x = p.experts[m.expert];
    const seat = x.table >= 0 ? x.table : heldTable.get(m.expert);
    return !x.available[m.round] || !p.groups[m.group].available[m.round] || p.forbidden[m.group][m.expert]
      || (seat !== undefined && seat !== m.table) || p.groups[m.group].size > p.tables[m.table].seats
      || m.round >= p.tables[m.table].closedFrom;
  }).length;
}

const TOLERANCE = 1e-9;

/** True when the metrics reach every bound: no plan can be better. */
export function reachesBounds(m: Metrics, b: Bounds): boolean {
  return (m.moved ?? 0) <= (b.moved ?? 0) && m.shortfall <= b.shortfall
    && m.minGroupShare >= b.minGroupShare - TOLERANCE && m.wishValue >= b.wishValue;
}
