/**
 * The engine's one entry point: a problem in, an outcome out (solved with the best plan found and
 * how good it is, or infeasible with the reasons). Deterministic for a seed, up to the time limit.
 */
import type { Metrics } from './format';
import type { Conflict, Meeting, Problem } from './model';
import { Random } from './random';
import { type Bounds, computeBounds, reachesBounds } from './solver/bounds';
import { pinConflicts } from './solver/conflicts';
import { fillGreedy, keepBaseline, placePins, seedHeldMeetings } from './solver/construct';
import { search, type StopReason } from './solver/search';
import { SearchState } from './solver/state';

export const ENGINE_VERSION = '0.1.0';
export const DEFAULT_TIME_LIMIT_MS = 10_000;
export const DEFAULT_UNIMPROVED_LIMIT_MS = 500;

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
}

export interface Progress {
  elapsedMs: number;
  best: Metrics;
}

/** How good a plan is: per level, proven optimal or the bound it is measured against. */
export interface Quality {
  proven: boolean;
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
  const result = search(state, new Random(seed), {
    now,
    deadline: started + timeLimitMs,
    unimprovedLimitMs: options.unimprovedLimitMs ?? DEFAULT_UNIMPROVED_LIMIT_MS,
    maxIterations: options.maxIterations,
    shouldStop: options.shouldStop,
    isOptimal: (m) => reachesBounds(m, bounds),
    onImprove: (best) => options.onProgress?.({ elapsedMs: now() - started, best }),
  });
  state.restore(result.best);
  return {
    status: 'solved',
    meetings: state.meetings(),
    metrics: result.metrics,
    quality: qualityOf(result.metrics, bounds, problem),
    seed,
    elapsedMs: now() - started,
    iterations: result.iterations,
    stoppedBecause: result.stoppedBecause,
  };
}

function qualityOf(m: Metrics, bounds: Bounds, p: Problem): Quality {
  const level = (name: keyof Metrics, value: number, bound: number, higherIsBetter: boolean) => {
    const proven = higherIsBetter ? value >= bound - 1e-9 : value <= bound;
    const gap = proven ? 0 : higherIsBetter ? (bound - value) / Math.max(bound, 1e-9) : (value - bound) / Math.max(value, 1);
    return { level: name, value, bound, proven, gapPercent: Math.round(gap * 1000) / 10 };
  };
  const share = level('minGroupShare', m.minGroupShare, bounds.minGroupShare, true);
  const wish = level('wishValue', m.wishValue, bounds.wishValue, true);
  const levels = [
    ...(p.replan ? [level('moved', m.moved ?? 0, bounds.moved ?? 0, false)] : []),
    level('shortfall', m.shortfall, bounds.shortfall, false),
    ...(p.options.objective === 'fair' ? [share, wish] : [wish, share]),
  ];
  return { proven: levels.every((l) => l.proven), bounds, levels };
}
