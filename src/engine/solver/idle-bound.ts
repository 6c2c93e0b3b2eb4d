/**
 * Idle's bound for the plans that reach every bound above it. Such a plan has a wish value of at
 * least its bound and gives each group at least the share bound of its P (in a replan it also moves
 * only what must move, so it keeps every other baseline meeting); the most meetings a plan of that
 * kind can have, by the rounds' Lagrangian bound, leaves the rest of the group-rounds idle. What the
 * flows of `capacity.ts` miss and this sees: runs (maxConsecutive) window by window, next to the
 * meetings fixed before and after, each expert's known seat in each round, and that the meetings
 * the upper levels need use up the experts' limits. (On replan-1: idle at least 69, the optimum,
 * where the flows say 67.)
 */
import type { Problem } from '../model';
import { type Bounds, movedLowerBound } from './bounds';
import { relaxationOf } from './relaxation';
import { roundBound } from './round-bound';

/**
 * Work for one bound (edges × units of flow, a few milliseconds on nantes): replan-1 is proven
 * within 40,000; where the relaxation cannot prove the plan (nantes: it converges to the flows'
 * bound), little of the search's time is lost to it.
 */
export const IDLE_BOUND_WORK = 250_000;
/** Group-expert-rounds above which it is not tried: setting it up alone takes seconds on xl. */
const MAX_CELLS = 200_000;

/**
 * A lower bound on idle for those plans; it stops as soon as it reaches `goal` (the idle of the plan
 * at hand: nothing above is needed).
 */
export function idleAtUpperBound(p: Problem, b: Bounds, goal = Infinity, work = IDLE_BOUND_WORK): number {
  if (!Number.isFinite(b.wishValue) || !Number.isFinite(b.minGroupShare)) return 0;
  if (p.groups.length * p.experts.length * p.rounds.length > MAX_CELLS) return 0;
  const from = p.replan?.from ?? 0;
  const held = p.replan ? p.replan.baseline.filter((m) => m.round < from) : [];
  const kept = p.replan ? movedLowerBound(p).keepable : [];
  const slots = p.groups.reduce((sum, g) => sum + g.slots, 0);
  const fixed = [...held, ...kept];
  const past = p.groups.map(() => 0);
  for (const m of fixed) past[m.group] += p.value[m.group][m.expert];
  // Whole values: a group at share t of P has received at least ceil(t × P) (the share's tolerance
  // taken off first, so a share that rounds to t still counts).
  const need = p.groups.map((_, g) => (p.potential[g] > 0 ? Math.max(0, Math.ceil(b.minGroupShare * p.potential[g] - 1e-6) - past[g]) : 0));
  // Those plans' wish value is at least its bound: the share's conditional one where known.
  const wishAtLeast = Math.min(b.wishValue, b.wishAtShare ?? Infinity) - past.reduce((sum, v) => sum + v, 0);
  // idle >= slots - fixed - future meetings: proving idle >= goal is bringing the meetings' bound
  // under (slots - fixed - goal) + 1.
  const room = slots - fixed.length;
  const most = roundBound(p, relaxationOf(p, from, held, kept), {
    count: 1,
    valueWeight: 0,
    wishAtLeast,
    need,
    goal: Number.isFinite(goal) ? room - goal + 0.999 : -Infinity,
    work,
  });
  if (Number.isNaN(most)) return 0;
  return Math.max(0, Math.min(slots, room - Math.floor(most)));
}
