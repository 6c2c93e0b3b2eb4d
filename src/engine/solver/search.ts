/**
 * Local search over the grid: late-acceptance hill climbing on a lexicographic score folded into
 * one number (each level weighs more than everything below it can change).
 *
 * The max-min fairness level is searched through demands: with `raise`, every group is asked for the
 * value that would lift the smallest share above the best found, and the search minimises the total
 * missing value (a smooth guide where the minimum itself is flat). With `keep`, the groups are only
 * asked to keep the best share, and the wish value is maximised under it. The fair objective
 * alternates the two when the search stalls; every new best plan raises the demands.
 */
import type { Metrics, Objective } from '../format';
import type { Random } from '../random';
import { Moves } from './moves';
import { QuietRule } from './stop-rule';
import { recountDifferences } from './state-check';
import type { SearchState, Snapshot } from './state';

export interface SearchLimits {
  /** Monotonic clock, ms. */
  now: () => number;
  deadline: number;
  shouldStop?: () => boolean;
  onImprove?: (best: Metrics) => void;
  /**
   * Stop when no better plan has been found for this long, and for at least as long as it took to
   * find the last one (0: search until the deadline).
   */
  unimprovedLimitMs: number;
  /**
   * Stop after exactly this many iterations, whatever the clock says: the way to replay a plan
   * move for move (the clock-based stops depend on the machine's speed).
   */
  maxIterations?: number;
  /** True when a plan with these metrics is proven optimal (stop there). */
  isOptimal?: (best: Metrics) => boolean;
  /**
   * How far a plan is from the bounds, as a fraction (0 when proven): the unimproved stop waits
   * longer while the gap is large, so the time goes where there is still something to win.
   */
  gapOf?: (best: Metrics) => number;
  /** Recount the state from scratch after every accepted move and throw on a difference (tests). */
  selfCheck?: boolean;
  /** True when a plan with these metrics reaches the bound of every level above idle. */
  upperSettled?: (best: Metrics) => boolean;
  /** True while a plan with these metrics is below the bound of the smallest share (fair objective). */
  shareOpen?: (best: Metrics) => boolean;
  /**
   * Stop once only idle is left to win and no better plan came for HAND_OVER_QUIET iterations:
   * the caller has a better search for that level (idle-search.ts).
   */
  handOverIdle?: boolean;
}

export type StopReason = 'optimal' | 'time-limit' | 'unimproved' | 'cancelled';

export interface SearchResult {
  best: Snapshot;
  metrics: Metrics;
  iterations: number;
  stoppedBecause: StopReason;
  /** Stopped to hand the idle level over (see `handOverIdle`). */
  handedOver: boolean;
}

const HISTORY = 2000;
/** Quiet iterations, once only idle is left, before handing over (a fifth of a second on nantes). */
const HAND_OVER_QUIET = 100_000;

export function search(state: SearchState, random: Random, limits: SearchLimits): SearchResult {
  const p = state.problem;
  const objective: Objective = p.options.objective;
  const potentialSum = p.potential.reduce((a, b) => a + b, 0);
  const needSum = p.experts.reduce((sum, x) => sum + Math.min(p.options.minMeetingsPerExpert, x.maxMeetings, x.roundCount), 0);
  const idleMax = p.groups.reduce((sum, g) => sum + g.slots, 0);
  // Each level weighs more than the whole range of the levels below it: idle (0..idleMax) last,
  // then the second of fairness and wish value, the first, shortfall, moved. The largest instances
  // (xl: 200 groups, 16 rounds) stay far below 2^53.
  const wSecond = idleMax + 1;
  const wFirst = wSecond * (potentialSum + 1);
  const wShortfall = wFirst * (potentialSum + 1);
  const wMoved = wShortfall * (needSum + 1);
  let guide: 'raise' | 'keep' = 'raise';

  const folded = (deficit: number): number => {
    const base = state.moved * wMoved + state.shortfall * wShortfall + state.idle;
    return objective === 'fair' ? base + deficit * wFirst - state.wishValue * wSecond : base - state.wishValue * wFirst + deficit * wSecond;
  };
  const cost = (): number => folded(guide === 'raise' ? state.raiseDeficit : state.keepDeficit);
  const keepCost = (): number => folded(state.keepDeficit);

  let best = state.snapshot();
  let bestMetrics = metricsOf(state);
  state.setDemands(bestMetrics.minGroupShare);
  let bestKeepCost = keepCost();
  let bestUpper = state.moved * wMoved + state.shortfall * wShortfall;
  limits.onImprove?.(bestMetrics);

  const moves = new Moves(state, random);
  moves.idleFocus = limits.upperSettled?.(bestMetrics) ?? false;
  let current = cost();
  const history = new Float64Array(HISTORY).fill(current);
  // Iterations without a better plan before going back to the best one (and, with the fair
  // objective, switching guides). While the smallest share is below its bound, each stall in a row
  // doubles the next one, up to four times, so a guide that is getting somewhere gets longer; the
  // wish value and idle keep the short one (longer, large-1 lost 3 to 4 of its wish value).
  const stall = Math.max(200_000, 300 * state.G * state.R);
  let stalls = 0;
  let shareOpen = limits.shareOpen?.(bestMetrics) ?? false;
  const stallNow = (): number => (shareOpen ? stall * Math.min(4, 1 << stalls) : stall);
  let sinceBest = 0;
  let iterations = 0;
  let stoppedBecause: StopReason = 'time-limit';
  let handedOver = false;
  const started = limits.now();
  let improvedAt = started;
  // Progress is a new best plan, or a new low of the guiding score since the last best plan (the
  // raise guide can work for a long time before the minimum share moves).
  const lowSinceBest = { raise: Infinity, keep: Infinity };
  let progressed = false;
  const quiet = new QuietRule(started, limits.deadline, limits.unimprovedLimitMs);
  const setPatience = (m: Metrics): void => quiet.setGap(limits.gapOf?.(m) ?? 0);
  setPatience(bestMetrics);
  const quietEnough = (at: number): boolean => quiet.quietEnough(at, improvedAt);

  const recordIfBetter = (): void => {
    const upper = state.moved * wMoved + state.shortfall * wShortfall;
    const candidate = keepCost() < bestKeepCost || (state.raiseDeficit === 0 && upper <= bestUpper);
    if (!candidate) return;
    const metrics = metricsOf(state);
    if (!isBetter(metrics, bestMetrics, objective)) return;
    best = state.snapshot();
    bestMetrics = metrics;
    bestUpper = upper;
    state.setDemands(metrics.minGroupShare);
    bestKeepCost = keepCost();
    moves.idleFocus = limits.upperSettled?.(bestMetrics) ?? false;
    shareOpen = limits.shareOpen?.(bestMetrics) ?? false;
    current = cost();
    history.fill(current);
    sinceBest = 0;
    stalls = 0;
    improvedAt = limits.now();
    lowSinceBest.raise = lowSinceBest.keep = Infinity;
    setPatience(bestMetrics);
    limits.onImprove?.(bestMetrics);
  };

  if (limits.isOptimal?.(bestMetrics)) stoppedBecause = 'optimal';
  else {
    for (;;) {
      if (limits.maxIterations !== undefined) {
        if (iterations >= limits.maxIterations) break;
      } else if ((iterations & 255) === 0) {
        const at = limits.now();
        if (at >= limits.deadline) break;
        if (progressed) [improvedAt, progressed] = [at, false];
        if (quietEnough(at)) {
          stoppedBecause = 'unimproved';
          break;
        }
        if (limits.shouldStop?.()) {
          stoppedBecause = 'cancelled';
          break;
        }
      }
      if (limits.handOverIdle && moves.idleFocus && sinceBest >= HAND_OVER_QUIET) {
        handedOver = true;
        break;
      }
      iterations++;
      sinceBest++;
      const mark = state.mark();
      if (moves.tryOne()) {
        const next = cost();
        const slot = iterations % HISTORY;
        if (next <= current || next <= history[slot]) {
          current = next;
          if (current < lowSinceBest[guide]) [lowSinceBest[guide], progressed] = [current, true];
          if (current < history[slot]) history[slot] = current;
          state.commit();
          if (limits.selfCheck) assertCounts(state, iterations);
          recordIfBetter();
          if (sinceBest === 0 && limits.isOptimal?.(bestMetrics)) {
            stoppedBecause = 'optimal';
            break;
          }
        } else state.undo(mark);
      }
      if (sinceBest > stallNow()) {
        // Stalled: go back to the best plan and look at it through the other guide.
        if (objective === 'fair') guide = guide === 'raise' ? 'keep' : 'raise';
        state.restore(best);
        current = cost();
        history.fill(current);
        sinceBest = 0;
        stalls++;
      }
    }
  }
  return { best, metrics: bestMetrics, iterations, stoppedBecause, handedOver };
}

function assertCounts(state: SearchState, iteration: number): void {
  const differences = recountDifferences(state);
  if (differences.length) throw new Error(`engine bug: the search state drifted at iteration ${iteration}: ${differences.join('; ')}`);
}

export function metricsOf(state: SearchState): Metrics {
  const m: Metrics = { shortfall: state.shortfall, wishValue: state.wishValue, minGroupShare: state.minShare(), idle: state.idle };
  if (state.problem.replan) m.moved = state.moved;
  return m;
}

const SHARE_TOLERANCE = 1e-9;

/** The spec's quality order: moved, shortfall, then fair (share, value) or total (value, share), then idle. */
export function isBetter(a: Metrics, b: Metrics, objective: Objective): boolean {
  if ((a.moved ?? 0) !== (b.moved ?? 0)) return (a.moved ?? 0) < (b.moved ?? 0);
  if (a.shortfall !== b.shortfall) return a.shortfall < b.shortfall;
  const shareDiff = a.minGroupShare - b.minGroupShare;
  const shareDiffers = Math.abs(shareDiff) > SHARE_TOLERANCE;
  if (objective === 'fair' && shareDiffers) return shareDiff > 0;
  if (a.wishValue !== b.wishValue) return a.wishValue > b.wishValue;
  if (objective === 'total' && shareDiffers) return shareDiff > 0;
  return a.idle < b.idle;
}
