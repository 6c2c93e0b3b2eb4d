/**
 * Planning an instance from end to end, the one path the command line and the service share:
 * read the instance, solve it, explain the unmet wishes, write the schedule in the exchange format.
 */
import type { ScheduleFile } from './format';
import { loadInstance } from './load';
import { inEnglish } from './messages';
import { computeMetrics } from './metrics';
import type { Conflict, InstanceError, Problem } from './model';
import { checkRules } from './rules';
import { writeSchedule } from './schedule-io';
import { ENGINE_VERSION, solve, type Quality, type SolveOptions } from './solve';
import type { StopReason } from './solver/search';
import { explainUnmetWishes } from './unmet';

export type PlanResult =
  | { status: 'invalid'; errors: InstanceError[]; warnings: InstanceError[] }
  | { status: 'infeasible'; problem: Problem; conflicts: Conflict[]; warnings: InstanceError[] }
  | { status: 'solved'; problem: Problem; schedule: ScheduleFile; quality: Quality; warnings: InstanceError[] };

/** What a schedule file records of how it was made, so anyone can run it again and compare. */
export interface SolverRecord {
  engine: string;
  seed: number;
  /** Search iterations: `--iterations` with this count and seed replays the plan exactly. */
  iterations: number;
  elapsedMs: number;
  stoppedBecause: StopReason;
  quality: Quality;
}

export function planInstance(json: unknown, options: SolveOptions = {}): PlanResult {
  const loaded = loadInstance(json);
  if (!loaded.ok) return { status: 'invalid', errors: loaded.errors, warnings: loaded.warnings };
  const { problem, warnings } = loaded;
  const outcome = solve(problem, options);
  if (outcome.status === 'infeasible') return { status: 'infeasible', problem, conflicts: outcome.conflicts, warnings };

  // Belt and braces: the search keeps the rules incrementally; the plan is checked again from
  // scratch, and its metrics recomputed, by code that shares nothing with the search.
  const violations = checkRules(problem, outcome.meetings);
  if (violations.length) throw new Error(`engine bug: the plan breaks ${violations.map((v) => inEnglish(v.said)).join('; ')}`);
  const metrics = computeMetrics(problem, outcome.meetings);
  const schedule = writeSchedule(problem, outcome.meetings, metrics, explainUnmetWishes(problem, outcome.meetings));
  const solver: SolverRecord = {
    engine: `carrousel ${ENGINE_VERSION}`,
    seed: outcome.seed,
    iterations: outcome.iterations,
    elapsedMs: Math.round(outcome.elapsedMs),
    stoppedBecause: outcome.stoppedBecause,
    quality: outcome.quality,
  };
  schedule.solver = solver;
  return { status: 'solved', problem, schedule, quality: outcome.quality, warnings };
}
