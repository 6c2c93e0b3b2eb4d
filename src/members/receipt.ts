/**
 * "Why this plan": a group's receipt. Which of its wishes the plan meets, why the others are not
 * (the engine's own reasons), and its share of what it could hope for beside the other groups'.
 */
import type { UnmetWish } from '../engine/format';
import { groupShares } from '../engine/metrics';
import type { Meeting, Problem } from '../engine/model';

export interface Receipt {
  wishes: { expert: string; weight: number; met: boolean; reason?: string }[];
  /** Received value over the best the group could get alone; null when it had nothing to hope for. */
  share: number | null;
  min: number | null;
  median: number | null;
  groups: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Every group's share, computed once per version. */
export function sharesOf(problem: Problem, meetings: readonly Meeting[]): Map<string, number | null> {
  return new Map(groupShares(problem, [...meetings]).map((s) => [problem.groups[s.group].id, s.share]));
}

export function receiptOf(problem: Problem, shares: Map<string, number | null>, unmet: readonly UnmetWish[], groupId: string): Receipt {
  const group = problem.groups.find((g) => g.id === groupId);
  const reasons = new Map(unmet.filter((u) => u.group === groupId).map((u) => [u.expert, u.reason]));
  const wishes = (group?.wishes ?? []).map((w) => {
    const expert = problem.experts[w.expert];
    const reason = reasons.get(expert.id);
    return { expert: expert.name, weight: w.weight, met: reason === undefined, ...(reason === undefined ? {} : { reason }) };
  });
  const known = [...shares.values()].filter((s): s is number => s !== null);
  return {
    wishes: wishes.sort((a, b) => Number(b.met) - Number(a.met) || b.weight - a.weight),
    share: shares.get(groupId) ?? null,
    min: known.length ? Math.min(...known) : null,
    median: median(known),
    groups: known.length,
  };
}
