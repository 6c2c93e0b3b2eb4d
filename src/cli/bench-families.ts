/**
 * The bench's second part: instances of every family made by the project's own generator, with
 * seeds never used to tune the engine (101 and on), planned with each family's budget, and the day
 * of Nantes-size events (an expert pair absent, replanned: the "nantes replan" row). Per family
 * it prints how many plans are at the reference optimum (when the reference bench is there to
 * compute it: CARROUSEL_REFERENCE_BENCH, its exact.mjs), how many the engine proved optimal, the
 * median and worst time, and the worst ratio of ours to the reference on each level.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InstanceFile, Metrics, ScheduleFile } from '../engine';
import { generateInstance, type Family, withReplan } from '../engine';
import { planInstance } from '../engine';
import type { SolverRecord } from '../engine';
import { writeJson } from './files';

interface FamilyRun {
  family: Family;
  /** The day of each event: its plan, then its two busiest experts absent (`replanOf`). */
  replan?: boolean;
  seeds: number[];
  budgetMs: number;
  /** Seconds given to the reference's exact solver (0: not run, it cannot finish at that size). */
  referenceSeconds: number;
}

const FIRST_SEED = 101;
const seeds = (n: number): number[] => Array.from({ length: n }, (_, i) => FIRST_SEED + i);

export const FAMILY_RUNS: FamilyRun[] = [
  { family: 'small', seeds: seeds(6), budgetMs: 1_000, referenceSeconds: 60 },
  { family: 'dst', seeds: seeds(6), budgetMs: 1_000, referenceSeconds: 60 },
  { family: 'nantes', seeds: seeds(6), budgetMs: 1_000, referenceSeconds: 60 },
  { family: 'nantes', replan: true, seeds: seeds(6), budgetMs: 1_000, referenceSeconds: 60 },
  { family: 'scarce', seeds: seeds(3), budgetMs: 5_000, referenceSeconds: 120 },
  { family: 'large', seeds: seeds(2), budgetMs: 10_000, referenceSeconds: 0 },
  { family: 'individual', seeds: seeds(2), budgetMs: 10_000, referenceSeconds: 0 },
  { family: 'xl', seeds: seeds(1), budgetMs: 60_000, referenceSeconds: 0 },
];

type ReferenceResult = Partial<Metrics> & { status: string; gapOrProven?: unknown };

interface Outcome {
  seconds: number;
  proven: boolean;
  metrics?: Metrics;
  checked: string;
  reference?: ReferenceResult;
}

export interface FamilyBenchOptions {
  skipXl: boolean;
  workDir: string;
  /** check.mjs of the reference bench, if installed. */
  checker?: string;
  /** The reference bench's folder (for exact.mjs), if CARROUSEL_REFERENCE_BENCH names one. */
  referenceBench?: string;
  runCheck: (checker: string, instance: string, schedule: string) => string;
}

export function benchFamilies(options: FamilyBenchOptions): string[] {
  const lines = [
    '',
    `Generated families (seeds from ${FIRST_SEED}, never tuned on):`,
    'family          n  at optimum  proven  median s  worst s  worst ours/ref (share, value; idle +)  reference checks',
  ];
  for (const run of FAMILY_RUNS) {
    if (run.family === 'xl' && options.skipXl) continue;
    const outcomes = run.seeds.map((seed) => planOne(run, seed, options));
    lines.push(summary(run, outcomes));
  }
  return lines;
}

const nameOf = (run: FamilyRun): string => (run.replan ? `${run.family} replan` : run.family);

/** Iterations of the plan a replan starts from: a replay, so the day is the same on every machine. */
const BASELINE_ITERATIONS = 600_000;

/**
 * The instance on the day: the event planned, then the two experts with the most meetings still to
 * come absent from a round a quarter, half or three quarters of the way in (by seed).
 */
function replanOf(instance: InstanceFile, seed: number): InstanceFile {
  const first = planInstance(instance, { seed: 1, maxIterations: BASELINE_ITERATIONS });
  if (first.status !== 'solved') throw new Error(`the ${instance.rounds.length}-round event of seed ${seed} did not plan: ${first.status}`);
  const from = Math.floor((instance.rounds.length * (1 + (seed % 3))) / 4);
  const roundIndex = new Map(instance.rounds.map((r, i) => [r.id, i]));
  const ahead = new Map<string, number>();
  for (const m of first.schedule.meetings) if (roundIndex.get(m.round)! >= from) ahead.set(m.expert, (ahead.get(m.expert) ?? 0) + 1);
  const absent = [...ahead]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([e]) => e);
  return withReplan(instance, first.schedule.meetings, { from: instance.rounds[from].id, absentExperts: absent });
}

function planOne(run: FamilyRun, seed: number, options: FamilyBenchOptions): Outcome {
  const generated = generateInstance({ family: run.family, seed });
  const instance = run.replan ? replanOf(generated, seed) : generated;
  const file = path.join(options.workDir, `${nameOf(run).replace(' ', '-')}-${seed}`);
  writeJson(`${file}.instance.json`, instance);
  const started = performance.now();
  const result = planInstance(instance, { timeLimitMs: run.budgetMs });
  const seconds = (performance.now() - started) / 1000;
  const reference =
    options.referenceBench && run.referenceSeconds > 0 ? referenceOptimum(options.referenceBench, `${file}.instance.json`, run.referenceSeconds) : undefined;
  if (result.status !== 'solved') return { seconds, proven: false, checked: result.status, reference };
  writeJson(`${file}.schedule.json`, result.schedule);
  const checked = options.checker ? options.runCheck(options.checker, `${file}.instance.json`, `${file}.schedule.json`) : 'not run';
  const solver = (result.schedule as ScheduleFile & { solver: SolverRecord }).solver;
  return { seconds, proven: solver.quality.proven, metrics: result.schedule.metrics as Metrics, checked, reference };
}

/** The reference's exact optimum, computed once per instance and kept in the system's temporary folder. */
function referenceOptimum(bench: string, instanceFile: string, seconds: number): ReferenceResult | undefined {
  const text = fs.readFileSync(instanceFile, 'utf8');
  const key = createHash('sha256').update(`${seconds}:${text}`).digest('hex').slice(0, 16);
  const cache = path.join(os.tmpdir(), 'carrousel-reference-optima', `${key}.json`);
  if (fs.existsSync(cache)) return JSON.parse(fs.readFileSync(cache, 'utf8')) as ReferenceResult;
  const run = spawnSync(process.execPath, [path.join(bench, 'exact.mjs'), instanceFile, '--time-limit', String(seconds)], { encoding: 'utf8' });
  const last = run.stdout.trim().split('\n').pop();
  if (!last) return undefined;
  const result = JSON.parse(last) as ReferenceResult;
  fs.mkdirSync(path.dirname(cache), { recursive: true });
  fs.writeFileSync(cache, JSON.stringify(result));
  return result;
}

function summary(run: FamilyRun, outcomes: Outcome[]): string {
  const times = outcomes.map((o) => o.seconds).sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)];
  const optimal = outcomes.filter((o) => o.reference?.status === 'optimal');
  const atOptimum = optimal.filter((o) => o.metrics && sameLevels(o.metrics, o.reference!)).length;
  const compared = outcomes.filter((o) => o.metrics && o.reference?.wishValue !== undefined);
  const worst = (f: (o: Outcome) => number): string => (compared.length ? Math.min(...compared.map(f)).toFixed(3) : '—');
  const share = worst((o) => ratio(o.metrics!.minGroupShare, o.reference!.minGroupShare!));
  const value = worst((o) => ratio(o.metrics!.wishValue, o.reference!.wishValue!));
  const idle = compared.length ? `+${Math.max(...compared.map((o) => o.metrics!.idle - (o.reference!.idle ?? 0)))}` : '—';
  const failed = outcomes.filter((o) => !o.checked.startsWith('valid')).length;
  return [
    nameOf(run).padEnd(14),
    String(outcomes.length).padStart(2),
    (optimal.length ? `${atOptimum}/${optimal.length}` : '—').padStart(11),
    `${outcomes.filter((o) => o.proven).length}/${outcomes.length}`.padStart(7),
    median.toFixed(2).padStart(9),
    times[times.length - 1].toFixed(2).padStart(8),
    `  ${share}, ${value}; ${idle}`.padEnd(40),
    failed ? `${failed} FAILED` : outcomes[0].checked === 'not run' ? 'not run' : 'all valid',
  ].join(' ');
}

const ratio = (ours: number, reference: number): number => (reference === 0 ? (ours === 0 ? 1 : Infinity) : ours / reference);

function sameLevels(ours: Metrics, reference: Partial<Metrics>): boolean {
  return (
    (ours.moved ?? 0) === (reference.moved ?? 0) &&
    ours.shortfall === reference.shortfall &&
    Math.abs(ours.minGroupShare - (reference.minGroupShare ?? NaN)) <= 1e-6 &&
    ours.wishValue === reference.wishValue &&
    ours.idle === reference.idle
  );
}
