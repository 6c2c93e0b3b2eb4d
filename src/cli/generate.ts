/**
 * npm run generate -- FAMILY SEED [--out INSTANCE.json] [--replan SCHEDULE.json --from ROUND --absent E1,E2]
 * Writes an instance of one of the generator's families (the same family and seed always give the
 * same file); with --replan, the instance as it stands on the day: that schedule in force, the
 * rounds before --from held, the --absent experts gone. How samples/ was made.
 */
import { FAMILIES, type Family, generateInstance, withReplan } from '../engine';
import type { ScheduleFile } from '../engine';
import { parseArgs, UsageError } from './args';
import { readJson, writeJson } from './files';
import { runCommand } from './main';

const USAGE = 'npm run generate -- FAMILY SEED [--out INSTANCE.json] [--replan SCHEDULE.json --from ROUND --absent E1,E2]';

runCommand(USAGE, () => {
  const args = parseArgs(process.argv.slice(2), { values: { out: 'string', replan: 'string', from: 'string', absent: 'string' } });
  const [family, seedText, extra] = args.positional;
  if (!FAMILIES.includes(family as Family)) throw new UsageError(`FAMILY must be one of ${FAMILIES.join(', ')}, not "${family ?? ''}"`);
  if (!seedText || !/^\d+$/.test(seedText) || extra) throw new UsageError('SEED must be one whole number');
  let instance = generateInstance({ family: family as Family, seed: Number(seedText) });

  const replan = args.values.replan as string | undefined;
  if (replan) {
    const from = args.values.from as string | undefined;
    if (!from) throw new UsageError('--replan needs --from ROUND');
    const absent = ((args.values.absent as string | undefined) ?? '').split(',').filter(Boolean);
    const schedule = readJson(replan) as ScheduleFile;
    if (!Array.isArray(schedule?.meetings)) throw new UsageError(`--replan: ${replan} has no meetings`);
    try {
      instance = withReplan(instance, schedule.meetings, { from, absentExperts: absent });
    } catch (e) {
      throw new UsageError(`--replan: ${(e as Error).message}`);
    }
  } else if (args.values.from !== undefined || args.values.absent !== undefined) throw new UsageError('--from and --absent need --replan SCHEDULE.json');

  const out = args.values.out as string | undefined;
  if (out) writeJson(out, instance);
  else process.stdout.write(JSON.stringify(instance, null, 2) + '\n');
  return 0;
});
