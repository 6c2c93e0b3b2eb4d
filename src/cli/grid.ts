/**
 * npm run grid -- INSTANCE.json SCHEDULE.json [--width N]
 * Prints the rotation grid (rounds × tables, expert and group names) for the terminal.
 * Exit: 0 printed, 1 the schedule names unknown rounds, tables, experts or groups, 2 unreadable input.
 */
import { renderGrid } from '../engine';
import { describeViolation } from '../engine';
import { readSchedule } from '../engine';
import { parseArgs, UsageError } from './args';
import { readJson } from './files';
import { loadInstanceFile } from './instance';
import { runCommand } from './main';

const USAGE = 'npm run grid -- INSTANCE.json SCHEDULE.json [--width N]';

runCommand(USAGE, () => {
  const args = parseArgs(process.argv.slice(2), { values: { width: 'integer' } });
  const [instancePath, schedulePath, extra] = args.positional;
  if (!instancePath || !schedulePath || extra) throw new UsageError('two files expected');
  const problem = loadInstanceFile(instancePath);
  if (!problem) return 2;
  const { meetings, errors } = readSchedule(problem, readJson(schedulePath));
  for (const e of errors) process.stderr.write(`${describeViolation(e)}\n`);
  const width = (args.values.width as number | undefined) ?? process.stdout.columns ?? 120;
  process.stdout.write(renderGrid(problem, meetings, { width }) + '\n');
  return errors.length ? 1 : 0;
});
