/**
 * Numbers an input may carry: finite, and within what an SQL `integer` column holds. `1e400`
 * parses to Infinity and reached SQL as `no such column: Infinity` (a 500); `1e300` seats would be
 * stored and then break every later change of the event. Fields with a meaning get smaller maxima.
 */
import { type InputProblem, problem } from './messages';

/** The largest value of a 32-bit signed integer, the `integer` column of SQLite's and PostgreSQL's tables. */
export const MAX_STORED_NUMBER = 2_147_483_647;

export function checkNumber(path: string, value: number, max = MAX_STORED_NUMBER): InputProblem | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_STORED_NUMBER) return problem(path, 'input.number_finite');
  if (value > max) return problem(path, 'input.number_max', { max });
  return undefined;
}
