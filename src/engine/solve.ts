/**
 * The engine's one entry point: a problem in, an outcome out (solved with the best plan found and
 * how good it is, or infeasible with the reasons). Deterministic for a seed, up to the time limit.
 */
import type { Metrics } from './format';
import type { Conflict, Meeting, Problem } from './model';
import { Random } from './random';
import { type Bounds, computeBounds, idleBound, reachesBounds, reachesUpperBounds, shareBound, shortfallBound, wishBound } from './solver/bounds';
import { idleAtUpperBound } from './solver/idle-bound';
import { wishAtShareBound } from './solver/wish-bound';
import { pinConflicts } from './solver/conflicts';
import { fillGreedy, keepBaseline, placePins, seedHeldMeetings } from './solver/construct';
import { exactApplies, exactSearch } from './solver/exact';
import { repairIdle } from './solver/idle-repair';
import { idleSearchApplies, searchIdle } from './solver/idle-search';
import { metricsOf, search, type StopReason } from './solver/search';
import { SearchState } from './solver/state';

export const ENGINE_VERSION = '0.1.0';
export const DEFAULT_TIME_LIMIT_MS = 10_000;
export const DEFAULT_UNIMPROVED_LIMIT_MS = 500;
/** Nodes of the exhaustive search on small instances (about a second on this 2-core machine). */
export const EXACT_NODE_BUDGET = 2_000_000;
/** On a small instance, the local search's iterations before the exhaustive search takes over. */
const SMALL_SEARCH_ITERATIONS = 5_000;

export interface SolveOptions {
  seed?: number;
  timeLimitMs?: number;
  /**
   * Stop once no better plan was found for this long (and for as long as the last one took);
   * 0 searches until the time limit. Default 500 ms.
   */
  unimprovedLimitMs?: number;
  /**
   * Replay: stop after exactly this many search iterations (the `iterations` a plan reports),
   * ignoring the clock, so the same instance, seed and count give the same grid on any machine.
   */
  maxIterations?: number;
  /** Monotonic clock in ms (default: performance.now). */
  now?: () => number;
  /** Polled during the search: true stops it with the best plan so far. */
  shouldStop?: () => boolean;
  onProgress?: (progress: Progress) => void;
  /** Recount the search state from scratch after every accepted move (slow: for the property tests). */
  selfCheck?: boolean;
}

export interface Progress {
  elapsedMs: number;
  best: Metrics;
}

/** How good a plan is: per level, proven optimal or the bound it is measured against. */
export interface Quality {
  proven: boolean;
  /** How it was proven: every bound reached, or the exhaustive search of a small instance finished. */
  provenBy?: 'bounds' | 'exhaustive-search';
  bounds: Bounds;
  levels: { level: keyof Metrics; value: number; bound: number; proven: boolean; gapPercent: number }[];
}

export type SolveOutcome =
  | {
      status: 'solved';
      meetings: Meeting[];
      metrics: Metrics;
      quality: Quality;
      seed: number;
      elapsedMs: number;
      iterations: number;
      stoppedBecause: StopReason;
    }
  | { status: 'infeasible'; conflicts: Conflict[]; elapsedMs: number };

export function solve(problem: Problem, options: SolveOptions = {}): SolveOutcome {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const seed = options.seed ?? problem.options.seed;
  const timeLimitMs = options.timeLimitMs ?? problem.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;

  const conflicts = pinConflicts(problem);
  if (conflicts.length) return { status: 'infeasible', conflicts, elapsedMs: now() - started };
  const state = new SearchState(problem);
  seedHeldMeetings(state);
  const placement = placePins(state);
  if (placement.length) return { status: 'infeasible', conflicts: placement, elapsedMs: now() - started };
  keepBaseline(state);
  fillGreedy(state);

  const bounds = computeBounds(problem);
  // Idle's own bound for the plans at every upper bound costs a Lagrangian solve: computed once,
  // when the first such plan comes with idle above the other bounds (never on the way there).
  let idleSettled = false;
  // Likewise the wish value's bound for the plans at the share bound (fair objective), first:
  // idle's bound then counts on it.
  let wishSettled = problem.options.objective !== 'fair';
  // The conditional bounds below are for the plans at least as good as m: their share and wish
  // bounds are the ones that hold for m (in a replan that moves only what must move, for the plans
  // that keep the rest).
  const atShareOf = (m: Metrics): Bounds => ({ ...bounds, minGroupShare: shareBound(m, bounds), wishValue: wishBound(m, bounds) });
  const settleWish = (m: Metrics): void => {
    if (wishSettled || m.minGroupShare < shareBound(m, bounds) - 1e-9 || m.wishValue >= wishBound(m, bounds)) return;
    if ((m.moved ?? 0) > (bounds.moved ?? 0) || m.shortfall > shortfallBound(m, bounds)) return;
    wishSettled = true;
    bounds.wishAtShare = wishAtShareBound(problem, atShareOf(m), m.wishValue);
  };
  const settleIdle = (m: Metrics): void => {
    if (idleSettled || !reachesUpperBounds(m, bounds) || (m.moved ?? 0) > (bounds.moved ?? 0) || m.idle <= idleBound(m, bounds)) return;
    idleSettled = true;
    bounds.idleAtUpper = Math.max(idleBound(m, bounds), idleAtUpperBound(problem, atShareOf(m), m.idle));
  };
  // A small instance gets a short local search of a fixed length, for a good first plan that makes
  // the exhaustive search's cuts sharp; the rest of the time goes to that search, which settles
  // the gap. Its iterations count the search's and the exhaustive search's nodes, in that order,
  // so that a replay with that count stops both where they stopped.
  const small = exactApplies(state);
  const deadline = started + timeLimitMs;
  const gapOf = (m: Metrics): number => (qualityOf(m, bounds, problem).levels.find((l) => !l.proven)?.gapPercent ?? 0) / 100;
  const random = new Random(seed);
  const result = search(state, random, {
    now,
    deadline,
    unimprovedLimitMs: small ? 0 : (options.unimprovedLimitMs ?? DEFAULT_UNIMPROVED_LIMIT_MS),
    maxIterations: small ? Math.min(options.maxIterations ?? Infinity, SMALL_SEARCH_ITERATIONS) : options.maxIterations,
    shouldStop: options.shouldStop,
    selfCheck: options.selfCheck,
    isOptimal: (m) => {
      settleWish(m);
      settleIdle(m);
      return reachesBounds(m, bounds);
    },
    upperSettled: (m) => reachesUpperBounds(m, bounds),
    handOverIdle: !small && idleSearchApplies(problem),
    shareOpen: (m) => problem.options.objective === 'fair' && m.minGroupShare < shareBound(m, bounds) - 1e-9,
    gapOf,
    onImprove: (best) => options.onProgress?.({ elapsedMs: now() - started, best }),
  });
  let { best, metrics, stoppedBecause, iterations } = result;
  if (result.handedOver) {
    const handed = metrics;
    // Only idle is left, the tables are what holds it: the search that lets seats clash for a while
    // takes the rest of the time (or of the iterations, in a replay), unless it falls quiet.
    const idle = searchIdle(state, best, metrics.minGroupShare, random, {
      now,
      deadline,
      maxIterations: options.maxIterations === undefined ? undefined : Math.max(0, options.maxIterations - iterations),
      shouldStop: options.shouldStop,
      goal: idleBound(metrics, bounds),
      started,
      unimprovedLimitMs: options.unimprovedLimitMs ?? DEFAULT_UNIMPROVED_LIMIT_MS,
      gapOf: (idle) => gapOf({ ...handed, idle }),
      onImprove: (idle) => options.onProgress?.({ elapsedMs: now() - started, best: { ...handed, idle } }),
      selfCheck: options.selfCheck,
    });
    iterations += idle.iterations;
    stoppedBecause = idle.stoppedBecause;
    if (idle.improved) {
      state.restore(idle.improved);
      best = state.snapshot();
      metrics = metricsOf(state);
    }
  }
  if (!small && metrics.idle > idleBound(metrics, bounds) && stoppedBecause !== 'cancelled') {
    state.restore(best);
    if (repairIdle(state) > 0) {
      best = state.snapshot();
      metrics = metricsOf(state);
      settleWish(metrics);
      settleIdle(metrics);
      if (reachesBounds(metrics, bounds)) stoppedBecause = 'optimal';
      options.onProgress?.({ elapsedMs: now() - started, best: metrics });
    }
  }
  let exhaustive = false;
  if (small && stoppedBecause !== 'optimal' && stoppedBecause !== 'cancelled') {
    // Small enough to search every plan: what the bounds leave open is settled exactly.
    const replay = options.maxIterations !== undefined;
    const budget = replay ? Math.max(0, options.maxIterations! - iterations) : EXACT_NODE_BUDGET;
    const stop = () => (!replay && now() >= deadline) || options.shouldStop?.() === true;
    const exact = exactSearch(state, metrics, budget, stop);
    iterations += exact.nodes;
    if (exact.improved) {
      ({ snapshot: best, metrics } = exact.improved);
      options.onProgress?.({ elapsedMs: now() - started, best: metrics });
    }
    exhaustive = exact.complete;
    if (exhaustive) stoppedBecause = 'optimal';
    else if (!replay) stoppedBecause = options.shouldStop?.() ? 'cancelled' : now() >= deadline ? 'time-limit' : 'unimproved';
  }
  settleWish(metrics);
  settleIdle(metrics);
  state.restore(best);
  return {
    status: 'solved',
    meetings: state.meetings(),
    metrics,
    quality: exhaustive ? provenExhaustively(metrics, bounds, problem) : qualityOf(metrics, bounds, problem),
    seed,
    elapsedMs: now() - started,
    iterations,
    stoppedBecause,
  };
}

/** The exhaustive search finished: the plan is the optimum, and each level its own best value. */
function provenExhaustively(m: Metrics, bounds: Bounds, p: Problem): Quality {
  const q = qualityOf(m, bounds, p);
  return { proven: true, provenBy: 'exhaustive-search', bounds, levels: q.levels.map((l) => ({ ...l, proven: true, gapPercent: 0 })) };
}

function qualityOf(m: Metrics, bounds: Bounds, p: Problem): Quality {
  const level = (name: keyof Metrics, value: number, bound: number, higherIsBetter: boolean) => {
    const proven = higherIsBetter ? value >= bound - 1e-9 : value <= bound;
    const gap = proven ? 0 : higherIsBetter ? (bound - value) / Math.max(bound, 1e-9) : (value - bound) / Math.max(value, 1);
    return { level: name, value, bound, proven, gapPercent: Math.round(gap * 1000) / 10 };
  };
  const share = level('minGroupShare', m.minGroupShare, shareBound(m, bounds), true);
  const wish = level('wishValue', m.wishValue, wishBound(m, bounds), true);
  const levels = [
    ...(p.replan ? [level('moved', m.moved ?? 0, bounds.moved ?? 0, false)] : []),
    level('shortfall', m.shortfall, shortfallBound(m, bounds), false),
    ...(p.options.objective === 'fair' ? [share, wish] : [wish, share]),
    level('idle', m.idle, idleBound(m, bounds), false),
  ];
  const proven = levels.every((l) => l.proven);
  return { proven, ...(proven ? { provenBy: 'bounds' as const } : {}), bounds, levels };
}
