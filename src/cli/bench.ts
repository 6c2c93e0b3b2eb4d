/**
 * npm run bench [-- --samples DIR] [--skip-xl]
 * Runs the engine on every sample instance, and prints for each the wall time, the metrics, their
 * ratio to the proven (or best known) optimum of optima.json and to the naive round-robin rotation;
 * then on generated instances of every family (bench-families.ts, xl included unless skipped). It
 * measures; it never fails the build.
 *
 * Budgets are the ones the engine is held to: 1 s for the small families (small, dst, nantes,
 * replan), 5 s for scarce, 10 s for large and individual, 60 s for xl.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InstanceFile, Metrics, ScheduleFile } from '../engine';
import { withReplan } from '../engine';
import { describeInstanceError } from '../engine';
import { inEnglish } from '../engine';
import { planInstance } from '../engine';
import { parseArgs } from './args';
import { benchFamilies } from './bench-families';
import { readJson, writeJson } from './files';
import { runCommand } from './main';

interface Reference {
  exact?: Partial<Metrics> & { status: string; seconds?: number };
  roundrobin?: Partial<Metrics> & { status: string };
}

const BUDGET_MS: Record<string, number> = { large: 10_000, individual: 10_000, xl: 60_000 };
const DEFAULT_BUDGET_MS = 1_000;
const LEVELS = ['moved', 'shortfall', 'minGroupShare', 'wishValue', 'idle'] as const;

runCommand('npm run bench [-- --samples DIR] [--skip-xl]', () => {
  const args = parseArgs(process.argv.slice(2), { values: { samples: 'string' }, flags: ['skip-xl'] });
  const samples = (args.values.samples as string | undefined) ?? path.resolve(__dirname, '../../samples');
  const reference = readJson(path.join(samples, 'optima.json')) as { instances: Record<string, Reference & { family?: string }> };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-bench-'));
  const refChecker = findReferenceChecker();

  const cases = fs
    .readdirSync(samples)
    .filter((f) => f.endsWith('.json') && f !== 'optima.json')
    .sort()
    .map((file) => ({ name: file, instance: readJson(path.join(samples, file)), ref: reference.instances[file] ?? {} }));

  console.log(
    `Carrousel bench: ${os.cpus().length} cores, Node ${process.version}; reference checker: ${refChecker ?? 'not found (cp -r ../shared/bench /tmp/bench && (cd /tmp/bench && npm ci))'}`,
  );
  for (const c of cases) {
    const family = c.name.startsWith('xl') ? 'xl' : c.name.replace(/-\d+\.json$/, '');
    const budget = BUDGET_MS[family] ?? DEFAULT_BUDGET_MS;
    const started = performance.now();
    const result = planInstance(c.instance, { timeLimitMs: budget });
    const wall = performance.now() - started;
    const head = `${c.name.padEnd(24)} budget ${budget / 1000} s, wall ${(wall / 1000).toFixed(2)} s`;
    if (result.status !== 'solved') {
      const why = result.status === 'invalid' ? result.errors.map(describeInstanceError) : result.conflicts.map((x) => inEnglish(x.said));
      const expected = c.ref.exact?.status ?? '?';
      console.log(`${head}: ${result.status} (reference: ${expected}) — ${why.join('; ')}`);
      continue;
    }
    const file = path.join(workDir, c.name.replace(/[^\w.-]+/g, '_'));
    writeJson(`${file}.instance.json`, c.instance);
    writeJson(`${file}.schedule.json`, result.schedule);
    const checked = refChecker ? runReferenceCheck(refChecker, `${file}.instance.json`, `${file}.schedule.json`) : 'not run';
    console.log(`${head}, ${describeStop(result.schedule)}, reference check: ${checked}`);
    console.log(`  ${compareLine('ours', result.schedule.metrics)}`);
    if (c.ref.exact?.shortfall !== undefined) console.log(`  ${compareLine(`exact (${c.ref.exact.status})`, c.ref.exact, result.schedule.metrics)}`);
    if (c.ref.roundrobin?.shortfall !== undefined) console.log(`  ${compareLine('round-robin', c.ref.roundrobin, result.schedule.metrics)}`);
  }
  console.log(liveReplanLine(path.join(samples, 'nantes-1.json')));
  const referenceBench = process.env.CARROUSEL_REFERENCE_BENCH;
  const exact = referenceBench && fs.existsSync(path.join(referenceBench, 'exact.mjs')) ? referenceBench : undefined;
  const families = benchFamilies({ skipXl: args.flags.has('skip-xl'), workDir, checker: refChecker, referenceBench: exact, runCheck: runReferenceCheck });
  for (const line of families) console.log(line);
  console.log(`peak memory (whole bench process): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  return 0;
});

/**
 * The day-of case: nantes-1 planned, then its two busiest experts absent from round r6 on; the
 * replan must answer in under a second with `moved` at its bound (their meetings, no more).
 */
function liveReplanLine(file: string): string {
  const instance = readJson(file) as InstanceFile;
  const first = planInstance(instance, { timeLimitMs: 1000 });
  if (first.status !== 'solved') return 'live replan: nantes-1 did not plan';
  const load = new Map<string, number>();
  for (const m of first.schedule.meetings) if (Number(m.round.slice(1)) >= 6) load.set(m.expert, (load.get(m.expert) ?? 0) + 1);
  const absent = [...load.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([e]) => e);
  const started = performance.now();
  const replan = planInstance(withReplan(instance, first.schedule.meetings, { from: 'r6', absentExperts: absent }), { timeLimitMs: 1000 });
  const wall = performance.now() - started;
  if (replan.status !== 'solved') return `live replan: ${replan.status}`;
  const moved = replan.quality.levels.find((l) => l.level === 'moved')!;
  return (
    `live replan (nantes-1, experts ${absent.join(' and ')} absent from r6): wall ${(wall / 1000).toFixed(2)} s, ` +
    `moved ${moved.value} (bound ${moved.bound}, ${moved.proven ? 'optimal' : 'not proven'}), ${describeStop(replan.schedule)}`
  );
}

function describeStop(s: ScheduleFile): string {
  const solver = s.solver as {
    elapsedMs: number;
    stoppedBecause: string;
    quality: { proven: boolean; levels: { level: string; proven: boolean; gapPercent: number }[] };
  };
  const levels = solver.quality.levels.map((l) => `${l.level} ${l.proven ? 'proven' : `gap ≤ ${l.gapPercent}%`}`).join(', ');
  return `engine ${solver.elapsedMs} ms, stopped: ${solver.stoppedBecause}, ${levels}`;
}

/** One reference's metrics; with `ours`, each of our metrics as a ratio to it (ours / reference). */
function compareLine(label: string, ref: Partial<Metrics>, ours?: Partial<Metrics>): string {
  const cells = LEVELS.filter((k) => ref[k] !== undefined).map((k) => {
    const value = ref[k]!;
    const shown = k === 'minGroupShare' ? value.toFixed(4) : String(value);
    if (!ours) return `${k} ${shown}`;
    const mine = ours[k] ?? 0;
    const ratio = value === 0 ? (mine === 0 ? '1' : '∞') : (mine / value).toFixed(3);
    return `${k} ${shown} (ours/ref ${ratio})`;
  });
  return `${label.padEnd(18)} ${cells.join(', ')}`;
}

/** The independent checker of shared/bench, where it was installed. */
function findReferenceChecker(): string | undefined {
  const bench = process.env.CARROUSEL_REFERENCE_BENCH;
  const candidates = [process.env.CARROUSEL_REFERENCE_CHECKER, bench && path.join(bench, 'check.mjs'), '/tmp/bench/check.mjs'];
  return candidates.find((c): c is string => !!c && fs.existsSync(c) && fs.existsSync(path.join(path.dirname(c), 'node_modules')));
}

function runReferenceCheck(checker: string, instance: string, schedule: string): string {
  const run = spawnSync(process.execPath, [checker, instance, schedule], { encoding: 'utf8' });
  if (run.status === 0) return 'valid, metrics match';
  return `FAILED: ${(run.stdout || run.stderr).slice(0, 300)}`;
}
