/**
 * The engine's one door: everything the service, the members' pages and the command line use of
 * the engine, so that they depend on this list and not on the engine's inner files.
 */
export * from './format';
export type { Conflict, Expert, Group, InstanceError, LoadResult, Meeting, Pin, Problem, Round, Table, Violation } from './model';
export { DEFAULT_PAUSE_MINUTES, DEFAULT_TIMEZONE, describeInstanceError, instanceErrorFields, loadInstance, readWallTime } from './load';
export { computeMetrics, expertTarget, groupShares, type GroupShare } from './metrics';
export { checkRules, describeViolation } from './rules';
export { readSchedule, writeSchedule } from './schedule-io';
export {
  DEFAULT_TIME_LIMIT_MS,
  DEFAULT_UNIMPROVED_LIMIT_MS,
  ENGINE_VERSION,
  solve,
  type Progress,
  type Quality,
  type SolveOptions,
  type SolveOutcome,
} from './solve';
export { planInstance, type PlanResult, type SolverRecord } from './plan';
export { describeUnmetCause, explainUnmetWishes, unmetCauses, type UnmetCause, type UnmetWishCause } from './unmet';
export * from './messages';
export { renderGrid } from './grid';
export { FAMILIES, type Family, generateInstance, withReplan } from './generate';
export { default as INSTANCE_SCHEMA } from './schema/instance.schema.json';
