/** Loading an instance file for a command: the problem, or every error printed (in English) and exit code 2. */
import { describeInstanceError, loadInstance } from '../engine';
import type { Problem } from '../engine';
import { readJson } from './files';

export function loadInstanceFile(file: string): Problem | undefined {
  const loaded = loadInstance(readJson(file));
  for (const w of loaded.warnings) process.stderr.write(`warning: ${describeInstanceError(w)}\n`);
  if (loaded.ok) return loaded.problem;
  process.stderr.write(`Invalid instance ${file} (${errorCount(loaded.errors.length)}):\n`);
  for (const e of loaded.errors) process.stderr.write(`  ${describeInstanceError(e)}\n`);
  return undefined;
}

/** « 1 error », « 3 errors ». */
export const errorCount = (n: number): string => `${n} error${n === 1 ? '' : 's'}`;
