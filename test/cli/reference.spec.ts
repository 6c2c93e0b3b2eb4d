/**
 * The contract, checked from the outside: every schedule `npm run plan` writes for the samples is
 * accepted by the independent reference checker of shared/bench, claimed metrics included.
 * .ci/run installs that bench and sets CARROUSEL_REFERENCE_BENCH; without it the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, SAMPLES, tempDir } from './run';

const bench = process.env.CARROUSEL_REFERENCE_BENCH;
const available = !!bench && fs.existsSync(path.join(bench, 'check.mjs')) && fs.existsSync(path.join(bench, 'node_modules'));
if (!available) console.warn('reference checker not installed: set CARROUSEL_REFERENCE_BENCH (see .ci/run) to run test/cli/reference.spec.ts');

const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.json') && f !== 'reference.json' && !f.startsWith('infeasible'));

(available ? describe : describe.skip)('the reference checker accepts what npm run plan writes', () => {
  const dir = tempDir();
  it.each(samples)('%s', (name) => {
    const out = path.join(dir, name);
    const plan = run('plan', [path.join(SAMPLES, name), '--out', out, '--time-limit', '2000', '--quiet']);
    expect(plan.code).toBe(0);
    const check = spawnSync(process.execPath, [path.join(bench!, 'check.mjs'), path.join(SAMPLES, name), out], { encoding: 'utf8' });
    const verdict = JSON.parse(check.stdout.trim().split('\n').pop()!);
    expect(verdict.violations).toEqual([]);
    expect(verdict.mismatches).toEqual([]);
    expect(check.status).toBe(0);
  });
});
