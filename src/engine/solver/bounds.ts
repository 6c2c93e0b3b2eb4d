/**
 * Bounds on each quality level, from relaxations that are quick to solve: a plan that reaches all of
 * them is proven optimal, and otherwise the gap tells organizers how far from the best possible a
 * plan can at most be. Each bound holds on its own (not only given the levels before it).
 */
import type { Metrics } from '../format';
import type { Meeting, Problem } from '../model';
import { meetingCapacity } from './capacity';
import { weightedShareBound } from './share-bound';
import { transport } from './transport';

/** minGroupShare is compared with a tolerance (the spec's is 1e-6; the engine's own ratios differ by less). */
const TOLERANCE = 1e-9;

export interface Bounds {
  /** Lower bound (replanning only). */
  moved?: number;
  /** Lower bound. */
  shortfall: number;
  /**
   * Replanning: a lower bound on the shortfall of the plans that move only what must move (moved at
   * its bound), which keep every other baseline meeting as it was; the two below are for them too.
   */
  shortfallIfKept?: number;
  /** Upper bound. */
  minGroupShare: number;
  /** Replanning: an upper bound on the smallest share of those plans. */
  shareIfKept?: number;
  /** Upper bound. */
  wishValue: number;
  /** Replanning: an upper bound on the wish value of those plans. */
  wishIfKept?: number;
  /** Lower bound. */
  idle: number;
  /**
   * Replanning: a lower bound on idle for the plans that move only what must move (moved at its
   * bound), which keep every other baseline meeting as it was.
   */
  idleIfKept?: number;
  /**
   * A lower bound on idle for the plans that reach every bound above it (and, in a replan, move
   * only what must move): `idleAtUpperBound`, computed by the solver once a plan gets there.
   */
  idleAtUpper?: number;
  /**
   * Objective "fair": an upper bound on the wish value of the plans whose share reaches its bound
   * (`wishAtShareBound`), computed by the solver once a plan gets there.
   */
  wishAtShare?: number;
}

export function computeBounds(p: Problem): Bounds {
  const from = p.replan?.from ?? 0;
  const held = p.replan ? p.replan.baseline.filter((m) => m.round < from) : [];
  const alone = p.groups.map((_, g) =>
    bestAlone(
      p,
      g,
      from,
      held.filter((m) => m.group === g).map((m) => m.expert),
    ),
  );
  const capacity = meetingCapacity(p, from, held);
  const slots = p.groups.reduce((sum, g) => sum + g.slots, 0);
  const bounds: Bounds = {
    shortfall: shortfallLowerBound(p, from, held),
    minGroupShare: shareAtMost(p, from, held, alone, capacity.meetings),
    wishValue: Math.min(
      alone.reduce((sum, a) => sum + a.best, 0),
      transport(p, from, held, capacity.meetings)?.value ?? Infinity,
    ),
    // idle = sum of max(0, slots - meetings) >= slots - held - future meetings.
    idle: Math.max(0, slots - held.length - capacity.meetings),
  };
  if (p.replan) {
    const { moved, keepable } = movedLowerBound(p);
    bounds.moved = moved;
    const kept = keptView(p, from, held, keepable);
    bounds.idleIfKept = Math.max(bounds.idle, slots - kept.fixed.length - kept.capacity);
    const aloneIfKept = kept.problem.groups.map((_, g) =>
      bestAlone(
        kept.problem,
        g,
        from,
        kept.fixed.filter((m) => m.group === g).map((m) => m.expert),
      ),
    );
    bounds.shortfallIfKept = Math.max(bounds.shortfall, shortfallLowerBound(kept.problem, from, kept.fixed));
    bounds.shareIfKept = Math.min(bounds.minGroupShare, shareAtMost(kept.problem, from, kept.fixed, aloneIfKept, kept.capacity));
    bounds.wishIfKept = Math.min(
      bounds.wishValue,
      aloneIfKept.reduce((sum, a) => sum + a.best, 0),
      transport(kept.problem, from, kept.fixed, kept.capacity)?.value ?? Infinity,
    );
  }
  return bounds;
}

/** A replan as the plans that move only what must move see it: they keep every other baseline meeting. */
export interface KeptView {
  /** The problem with each group busy in the rounds of its kept meetings. */
  problem: Problem;
  /** The meetings held (before `from`) and kept. */
  fixed: Meeting[];
  /** The most meetings those plans can have besides the fixed ones. */
  capacity: number;
}

export function keptView(p: Problem, from: number, held: Meeting[], keepable: Meeting[]): KeptView {
  return { problem: withoutRoundsOf(p, keepable), fixed: [...held, ...keepable], capacity: meetingCapacity(p, from, held, keepable).meetings };
}

/** The smaller of the two share bounds, for the plans that hold `fixed` and have `capacity` more meetings. */
function shareAtMost(p: Problem, from: number, fixed: Meeting[], alone: Alone[], capacity: number): number {
  return reachableShareAtMost(
    p,
    Math.min(shareBoundAlone(p, alone, capacity, requiredExperts(p, from, fixed, alone)), weightedShareBound(p, from, fixed, capacity)),
  );
}

/**
 * The problem as the plans that keep `kept` see it: each group is busy in the rounds of its kept
 * meetings. (An expert's kept meetings count against its maxMeetings, through the fixed meetings
 * the bounds are given; its rounds stay open, which only loosens the bound.)
 */
function withoutRoundsOf(p: Problem, kept: Meeting[]): Problem {
  const busy = p.groups.map(() => new Set<number>());
  for (const m of kept) busy[m.group].add(m.round);
  return { ...p, groups: p.groups.map((group, g) => ({ ...group, available: group.available.map((ok, r) => ok && !busy[g].has(r)) })) };
}

/**
 * The smallest share is some group's value over its P, a whole number over P: a bound b on it can
 * come down to the largest such ratio not above b. The relaxations' bounds are weighted averages
 * (0.561 on a replan whose best plan has 14/25 = 0.560): rounded, they prove what they only
 * approached.
 */
export function reachableShareAtMost(p: Problem, bound: number): number {
  if (!Number.isFinite(bound)) return bound;
  let best = -Infinity;
  // A group receives at most its P: no share is above 1.
  const b = Math.min(bound, 1);
  for (const P of p.potential) if (P > 0) best = Math.max(best, Math.floor(b * P + SHARE_SLACK) / P);
  return best === -Infinity ? bound : Math.min(bound, best);
}

/** Floating-point slack when rounding a share bound down (the bounds sum weighted floats). */
const SHARE_SLACK = 1e-7;

/** The shortfall bound that holds for a plan with these metrics and every plan at least as good. */
export function shortfallBound(m: Metrics, b: Bounds): number {
  const kept = b.shortfallIfKept !== undefined && (m.moved ?? 0) <= (b.moved ?? 0);
  return kept ? Math.max(b.shortfall, b.shortfallIfKept!) : b.shortfall;
}

/** The share bound that holds for a plan with these metrics and every plan at least as good. */
export function shareBound(m: Metrics, b: Bounds): number {
  const kept = b.shareIfKept !== undefined && (m.moved ?? 0) <= (b.moved ?? 0);
  return kept ? Math.min(b.minGroupShare, b.shareIfKept!) : b.minGroupShare;
}

/** The idle bound that holds for a plan with these metrics and every plan at least as good above idle. */
export function idleBound(m: Metrics, b: Bounds): number {
  const kept = b.idleIfKept !== undefined && (m.moved ?? 0) <= (b.moved ?? 0);
  const base = kept ? b.idleIfKept! : b.idle;
  const atUpper = b.idleAtUpper !== undefined && (m.moved ?? 0) <= (b.moved ?? 0) && reachesUpperBounds(m, b);
  return atUpper ? Math.max(base, b.idleAtUpper!) : base;
}

/** The wish value's bound for a plan with these metrics and every plan at least as good above it. */
export function wishBound(m: Metrics, b: Bounds): number {
  const kept = (m.moved ?? 0) <= (b.moved ?? 0);
  const base = kept && b.wishIfKept !== undefined ? Math.min(b.wishValue, b.wishIfKept) : b.wishValue;
  const atShare = b.wishAtShare !== undefined && kept && m.shortfall <= shortfallBound(m, b) && m.minGroupShare >= shareBound(m, b) - TOLERANCE;
  return atShare ? Math.min(base, b.wishAtShare!) : base;
}

/** What group g could get alone: its past value, then each further meeting's gain, best first. */
interface Alone {
  past: number;
  gains: number[];
  best: number;
  /** The experts of that best plan. */
  chosen: number[];
  /** The highest value among the experts g could hear but the best plan leaves out (0 if none). */
  bestLeftOut: number;
}

/**
 * The smallest share is at most t only if every group can reach t of its P with some number of
 * meetings, all those meetings fit in the event's capacity, and no expert is needed by more groups
 * than it has meetings (`requiredExperts`). Each group's fewest meetings for t come from its best
 * gains alone.
 */
function shareBoundAlone(p: Problem, alone: Alone[], capacity: number, required: Required): number {
  const groups = p.groups.filter((g) => p.potential[g.index] > 0).map((g) => g.index);
  if (groups.length === 0) return 1;
  const reach = groups.map((g) => {
    const levels = [alone[g].past];
    for (const gain of alone[g].gains) levels.push(levels[levels.length - 1] + gain);
    return levels.map((v) => v / p.potential[g]);
  });
  const need = (t: number): number =>
    reach.reduce((sum, levels) => {
      const j = levels.findIndex((share) => share >= t - TOLERANCE);
      return j < 0 ? Infinity : sum + j;
    }, 0);
  // Every share a plan can have is some group's v / P (values are whole numbers): the bound is the
  // largest that passes both tests, found by bisection (a share that passes, every lower one does).
  const candidates = [...new Set(groups.flatMap((g) => Array.from({ length: p.potential[g] + 1 }, (_, v) => v / p.potential[g])))].sort((a, b) => a - b);
  const passes = (t: number): boolean => need(t) <= capacity && required.fits(t);
  if (!passes(candidates[0])) return 0;
  let [lo, hi] = [0, candidates.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (passes(candidates[mid])) lo = mid;
    else hi = mid - 1;
  }
  return candidates[lo];
}

interface Required {
  /** False when, at share t, more groups need some expert than it has meetings left. */
  fits(t: number): boolean;
}

/**
 * At share t, group g needs ceil(t × P) of value. An expert is required by g when g cannot get that
 * much without it (its best plan alone, that expert left out, falls short); an expert required by
 * more groups than it has meetings left makes t out of reach for every plan. (On nantes-1: four
 * groups all need one expert who comes three times, which caps the share at the fourth's 11/12.)
 */
function requiredExperts(p: Problem, from: number, held: Meeting[], alone: Alone[]): Required {
  const E = p.experts.length;
  const pastOfExpert = new Array<number>(E).fill(0);
  for (const m of held) pastOfExpert[m.expert]++;
  const room = p.experts.map((x, e) => {
    const rounds = x.available.filter((ok, r) => ok && r >= from).length;
    return Math.max(0, Math.min(x.maxMeetings - pastOfExpert[e], rounds * x.maxGroupsPerRound));
  });
  // without[g]: for each expert of g's best plan alone, at most what g can get without it. Its
  // plans alone are the independent sets of a matroid: the best one without e is the best with e,
  // e swapped for at most one expert it left out.
  const without = p.groups.map((_, g) =>
    p.potential[g] <= 0 ? [] : alone[g].chosen.map((e) => ({ e, best: alone[g].best - p.value[g][e] + alone[g].bestLeftOut })),
  );
  return {
    fits(t: number): boolean {
      const count = new Array<number>(E).fill(0);
      for (let g = 0; g < p.groups.length; g++) {
        const P = p.potential[g];
        if (P <= 0) continue;
        for (const { e, best } of without[g]) if (best / P < t - TOLERANCE && ++count[e] > room[e]) return false;
      }
      return true;
    },
  };
}

/**
 * The most value group g could receive if it were alone: the best set of experts that can each be
 * given a distinct round (a transversal matroid, so the greedy choice by value is optimal, and its
 * first j choices are the best j meetings).
 */
function bestAlone(p: Problem, g: number, from: number, heard: number[]): Alone {
  const group = p.groups[g];
  const past = heard.reduce((sum, e) => sum + p.value[g][e], 0);
  const gains: number[] = [];
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
  const chosen: number[] = [];
  let bestLeftOut = 0;
  for (const e of candidates) {
    if (room > 0 && tryMatch(e, new Set())) {
      gains.push(p.value[g][e]);
      chosen.push(e);
      room--;
    } else bestLeftOut = Math.max(bestLeftOut, p.value[g][e]);
  }
  return { past, gains, best: gains.reduce((sum, v) => sum + v, past), chosen, bestLeftOut };
}

/**
 * Experts who cannot reach their minimum even if every group that could still hear them did, in
 * the rounds they have left. `fixed`: meetings held (and, for the plans that keep them, kept).
 */
function shortfallLowerBound(p: Problem, from: number, fixed: Meeting[]): number {
  let bound = 0;
  p.experts.forEach((x, e) => {
    const need = Math.min(p.options.minMeetingsPerExpert, x.maxMeetings, x.roundCount);
    const own = fixed.filter((m) => m.expert === e);
    const heard = new Set(own.map((m) => m.group));
    const reachable = p.groups.filter(
      (group, g) => !heard.has(g) && !p.forbidden[g][e] && group.available.some((ok, r) => ok && r >= from && x.available[r]),
    ).length;
    const rounds = x.available.filter((ok, r) => ok && r >= from).length;
    const room = Math.min(reachable, x.maxMeetings - own.length, rounds * x.maxGroupsPerRound - own.filter((m) => m.round >= from).length);
    bound += Math.max(0, need - own.length - Math.max(0, room));
  });
  return bound;
}

/** Baseline meetings that can no longer be kept as they were (`moved`), and the others. */
export function movedLowerBound(p: Problem): { moved: number; keepable: Meeting[] } {
  const { from, baseline } = p.replan!;
  const heldTable = new Map<number, number>();
  for (const m of baseline) if (m.round < from) heldTable.set(m.expert, m.table);
  const future = baseline.filter((m) => m.round >= from);
  const lost = future.filter((m) => {
    const x = p.experts[m.expert];
    const seat = x.table >= 0 ? x.table : heldTable.get(m.expert);
    return (
      !x.available[m.round] ||
      !p.groups[m.group].available[m.round] ||
      p.forbidden[m.group][m.expert] ||
      (seat !== undefined && seat !== m.table) ||
      p.groups[m.group].size > p.tables[m.table].seats ||
      m.round >= p.tables[m.table].closedFrom
    );
  });
  return { moved: lost.length, keepable: future.filter((m) => !lost.includes(m)) };
}

/** True when the metrics reach the bound of every level above idle: only idle is left to win. */
export function reachesUpperBounds(m: Metrics, b: Bounds): boolean {
  return reachesBounds({ ...m, idle: 0 }, { ...b, idle: 0, idleIfKept: undefined, idleAtUpper: undefined });
}

/** True when the metrics reach every bound: no plan can be better. */
export function reachesBounds(m: Metrics, b: Bounds): boolean {
  return (
    (m.moved ?? 0) <= (b.moved ?? 0) &&
    m.shortfall <= shortfallBound(m, b) &&
    m.minGroupShare >= shareBound(m, b) - TOLERANCE &&
    m.wishValue >= wishBound(m, b) &&
    m.idle <= idleBound(m, b)
  );
}
