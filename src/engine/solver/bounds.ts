/**
 * Bounds on each quality level, from relaxations that are quick to solve: a plan that reaches all of
 * them is proven optimal, and otherwise the gap tells organizers how far from the best possible a
 * plan can at most be. Each bound holds on its own (not only given the levels before it).
 */
import type { Metrics } from '../format';
import type { Problem } from '../model';

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
    wishValue: bestAlone.reduce((a, b) => a + b, 0),
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
      || (seat !== undefined && seat !== m.table) || p.groups[m.group].size > p.tables[m.table].seats;
  }).length;
}

const TOLERANCE = 1e-9;

/** True when the metrics reach every bound: no plan can be better. */
export function reachesBounds(m: Metrics, b: Bounds): boolean {
  return (m.moved ?? 0) <= (b.moved ?? 0) && m.shortfall <= b.shortfall
    && m.minGroupShare >= b.minGroupShare - TOLERANCE && m.wishValue >= b.wishValue;
}
