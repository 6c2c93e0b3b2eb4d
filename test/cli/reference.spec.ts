/**
 * The contract, checked from the outside: every schedule `npm run plan` writes for the samples is
 * accepted by the independent reference checker of shared/bench, claimed metrics included.
 * .ci/run installs that bench and sets CARROUSEL_REFERENCE_BENCH; without it the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeIf, REFERENCE_BENCH_DIR, REFERENCE_CHECKER } from '../support/requirements';
import { run, SAMPLES, tempDir } from './run';

const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.json') && f !== 'optima.json' && !f.startsWith('infeasible'));

describeIf(REFERENCE_CHECKER, 'the reference checker accepts what npm run plan writes', () => {
  const dir = tempDir();
  it.each(samples)('%s', (name) => {
    const out = path.join(dir, name);
    const plan = run('plan', [path.join(SAMPLES, name), '--out', out, '--time-limit', '2000', '--quiet']);
    expect(plan.code).toBe(0);
    const check = spawnSync(process.execPath, [path.join(REFERENCE_BENCH_DIR!, 'check.mjs'), path.join(SAMPLES, name), out], { encoding: 'utf8' });
    const verdict = JSON.parse(check.stdout.trim().split('\n').pop()!);
    expect(verdict.violations).toEqual([]);
    expect(verdict.mismatches).toEqual([]);
    expect(check.status).toBe(0);
  });
});
