/**
 * "Why this plan": a group's receipt. Which of its wishes the plan meets, why the others are not
 * (the engine's own causes, said in the member's language with names and times), and its share of
 * what it could hope for beside the other groups'.
 */
import { groupShares } from '../engine';
import type { Meeting, Problem } from '../engine';
import type { UnmetCause, UnmetWishCause } from '../engine';
import { clockTime, dayDate, type Lang, texts } from './i18n';

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

/** Why a wish is not met, for a member: rounds as their start time (with the day when the event spans several). */
export function unmetReason(problem: Problem, cause: UnmetCause, lang: Lang): string {
  const say = texts(lang).unmet;
  const zone = problem.event.timezone;
  const days = new Set(problem.rounds.map((r) => dayDate(r.start, zone, lang)));
  const time = (r: number) => {
    const start = problem.rounds[r].start;
    return days.size > 1 ? `${dayDate(start, zone, lang)}, ${clockTime(start, zone, lang)}` : clockTime(start, zone, lang);
  };
  switch (cause.kind) {
    case 'forbidden':
    case 'absent':
    case 'notChosen':
      return say[cause.kind];
    case 'noSharedRound':
      return say.noSharedRound(cause.from !== undefined);
    case 'expertFull':
    case 'groupFull':
      return say[cause.kind](cause.meetings);
    case 'betterWishes':
      return say.betterWishes(cause.rounds.map((t) => say.slot(time(t.round), problem.experts[t.expert].name)));
    case 'expertBusy':
      return say.expertBusy(cause.rounds.map(time), cause.betterElsewhere);
  }
}

export function receiptOf(problem: Problem, shares: Map<string, number | null>, unmet: readonly UnmetWishCause[], groupId: string, lang: Lang): Receipt {
  const group = problem.groups.find((g) => g.id === groupId);
  const causes = new Map(unmet.filter((u) => u.group === group?.index).map((u) => [u.expert, u.cause]));
  const wishes = (group?.wishes ?? []).map((w) => {
    const cause = causes.get(w.expert);
    return {
      expert: problem.experts[w.expert].name,
      weight: w.weight,
      met: cause === undefined,
      ...(cause === undefined ? {} : { reason: unmetReason(problem, cause, lang) }),
    };
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
