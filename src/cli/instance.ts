/** Loading an instance file for a command: the problem, or every error printed and exit code 2. */
import { describeInstanceError, loadInstance } from '../engine/load';
import type { Problem } from '../engine/model';
import { readJson } from './files';

export function loadInstanceFile(file: string): Problem | undefined {
  const loaded = loadInstance(readJson(file));
  for (const w of loaded.warnings) process.stderr.write(`attention/warning: ${describeInstanceError(w)}\n`);
  if (loaded.ok) return loaded.problem;
  process.stderr.write(`Instance invalide / invalid instance ${file} (${loaded.errors.length} erreur(s)/error(s)):\n`);
  for (const e of loaded.errors) process.stderr.write(`  ${describeInstanceError(e)}\n`);
  return undefined;
}
