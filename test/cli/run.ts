/** Runs a built command the way an organizer would, and returns what it printed. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLES = path.resolve(ROOT, 'samples');

export function run(command: 'plan' | 'check' | 'grid', args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli', `${command}.js`), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-test-'));
}
