/**
 * The wish value's bound for the plans whose smallest share reaches its bound (objective "fair":
 * the share comes first, so once a plan has it, every plan at least as good has it too). Such a
 * plan gives each group g at least ceil(share × P_g) of value; priced into the transport relaxation
 * with multipliers ω_g ≥ 0, the best transport weighted by 1 + ω_g, less Σ ω_g × that need, is a
 * true upper bound on its wish value, and subgradient steps on ω lower it. (individual-1: 1813.5,
 * so its 1813 is proven, where the transport alone says 1814.)
 */
import type { Problem } from '../model';
import { type Bounds, keptView, movedLowerBound } from './bounds';
import { meetingCapacity } from './capacity';
import { transport } from './transport';

/** Subgradient steps (each one transport): the count, not the clock, bounds the work. */
export const WISH_BOUND_STEPS = 40;

/**
 * An upper bound on the wish value of the plans at the share bound (Infinity where the transport
 * is too large to pay); it stops as soon as it reaches `goal` (the value of the plan at hand).
 */
export function wishAtShareBound(p: Problem, b: Bounds, goal = -Infinity, steps = WISH_BOUND_STEPS): number {
  if (!Number.isFinite(b.minGroupShare)) return Infinity;
  const from = p.replan?.from ?? 0;
  const held = p.replan ? p.replan.baseline.filter((m) => m.round < from) : [];
  // In a replan the plans at the share bound move only what must move (moved comes first), so they
  // keep every other baseline meeting.
  const view = p.replan ? keptView(p, from, held, movedLowerBound(p).keepable) : { problem: p, fixed: held, capacity: meetingCapacity(p, from, held).meetings };
  // Whole values: the share's tolerance taken off first, so a share that rounds to the bound counts.
  const need = p.groups.map((_, g) => (p.potential[g] > 0 ? Math.ceil(b.minGroupShare * p.potential[g] - 1e-6) : 0));
  const omega = new Array<number>(p.groups.length).fill(0);
  let best = Infinity;
  let theta = 1;
  let sinceBest = 0;
  for (let step = 0; step < steps; step++) {
    const t = transport(
      view.problem,
      from,
      view.fixed,
      view.capacity,
      omega.map((w) => 1 + w),
    );
    if (!t) return best;
    // received counts the past meetings too, and so does need: the constraint is on the whole plan.
    let dual = t.value;
    for (let g = 0; g < omega.length; g++) dual -= omega[g] * need[g];
    if (dual < best - 1e-9) [best, sinceBest] = [dual, 0];
    else if (++sinceBest >= 4) [theta, sinceBest] = [theta / 2, 0];
    if (Math.floor(best + 1e-7) <= goal) break;
    let norm = 0;
    const slack = omega.map((w, g) => {
      const s = t.received[g] - need[g];
      if (w <= 0 && s > 0) return 0;
      norm += s * s;
      return s;
    });
    if (norm === 0) break;
    // Polyak's step towards a goal a little under the best bound so far.
    const size = (theta * (dual - (best - Math.max(1, 0.01 * Math.abs(best))))) / norm;
    for (let g = 0; g < omega.length; g++) omega[g] = Math.max(0, omega[g] - size * slack[g]);
  }
  // Wish values are whole numbers.
  return Math.floor(best + 1e-7);
}
