/**
 * npm run plan -- INSTANCE.json --out SCHEDULE.json [--seed N] [--time-limit MS] [--unimproved-limit MS] [--iterations N]
 * Exit: 0 solved, 1 infeasible (with the reasons), 2 invalid input (with the errors).
 */
import { describeInstanceError } from '../engine';
import { errorCount } from './instance';
import { inEnglish } from '../engine';
import { planInstance } from '../engine';
import { parseArgs, UsageError } from './args';
import { readJson, writeJson } from './files';
import { runCommand } from './main';
import { progressPrinter } from './progress';
import { describeMetrics, describePlan, describeQuality } from './report';
import { readSchedule } from '../engine';

const USAGE = 'npm run plan -- INSTANCE.json --out SCHEDULE.json [--seed N] [--time-limit MS] [--unimproved-limit MS] [--iterations N] [--quiet]';

runCommand(USAGE, () => {
  const args = parseArgs(process.argv.slice(2), {
    values: { out: 'string', seed: 'integer', 'time-limit': 'integer', 'unimproved-limit': 'integer', iterations: 'integer' },
    flags: ['quiet'],
  });
  const [instancePath, extra] = args.positional;
  if (!instancePath || extra) throw new UsageError('one instance file expected');
  const out = args.values.out as string | undefined;
  if (!out) throw new UsageError('--out SCHEDULE.json is missing');
  const timeLimit = args.values['time-limit'] as number | undefined;
  if (timeLimit !== undefined && timeLimit < 1) throw new UsageError('--time-limit must be positive');
  const quiet = args.flags.has('quiet');

  const progress = progressPrinter(process.stderr);
  const result = planInstance(readJson(instancePath), {
    seed: args.values.seed as number | undefined,
    timeLimitMs: timeLimit,
    unimprovedLimitMs: args.values['unimproved-limit'] as number | undefined,
    maxIterations: args.values.iterations as number | undefined,
    onProgress: quiet ? undefined : progress.update,
  });
  if (!quiet) progress.done();
  for (const w of result.warnings) process.stderr.write(`warning: ${describeInstanceError(w)}\n`);

  if (result.status === 'invalid') {
    process.stderr.write(`Invalid instance ${instancePath} (${errorCount(result.errors.length)}):\n`);
    for (const e of result.errors) process.stderr.write(`  ${describeInstanceError(e)}\n`);
    return 2;
  }
  if (result.status === 'infeasible') {
    process.stderr.write('Infeasible: the hard rules cannot all hold:\n');
    for (const c of result.conflicts) process.stderr.write(`  [${c.rules.join(', ')}] ${inEnglish(c.said)}\n`);
    return 1;
  }
  writeJson(out, result.schedule);
  const { problem, schedule } = result;
  const meetings = readSchedule(problem, schedule).meetings;
  const lines = [
    `Plan written: ${out}`,
    describeMetrics(schedule.metrics),
    describeQuality(result.quality),
    ...describePlan(problem, meetings, schedule.unmetWishes),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
});
