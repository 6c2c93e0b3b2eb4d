/**
 * npm run check -- INSTANCE.json SCHEDULE.json
 * Checks any schedule (one edited by hand, say) against the hard rules and prints its metrics.
 * Exit: 0 valid, 1 not (broken rules, or claimed metrics that are not the real ones), 2 unreadable input.
 */
import type { Metrics } from '../engine';
import { computeMetrics } from '../engine';
import { checkRules, describeViolation } from '../engine';
import { readSchedule } from '../engine';
import { explainUnmetWishes } from '../engine';
import { UsageError } from './args';
import { readJson } from './files';
import { loadInstanceFile } from './instance';
import { runCommand } from './main';
import { describeMetrics, describePlan } from './report';

const USAGE = 'npm run check -- INSTANCE.json SCHEDULE.json';

runCommand(USAGE, () => {
  const [instancePath, schedulePath, extra] = process.argv.slice(2);
  if (!instancePath || !schedulePath || extra) throw new UsageError('two files expected');
  const problem = loadInstanceFile(instancePath);
  if (!problem) return 2;
  const json = readJson(schedulePath);
  const { meetings, errors } = readSchedule(problem, json);
  const violations = [...errors, ...checkRules(problem, meetings)];
  const metrics = computeMetrics(problem, meetings);
  const claimed = (json as { metrics?: Partial<Metrics> }).metrics;
  const mismatches = claimed ? compareMetrics(claimed, metrics) : [];

  const out: string[] = [];
  if (violations.length === 0) out.push(`Valid: ${schedulePath} keeps every hard rule`);
  else {
    out.push(`Not valid: ${violations.length} broken rule${violations.length === 1 ? '' : 's'}:`);
    for (const v of violations) out.push(`  [${v.rule}] ${describeViolation(v)}`);
  }
  out.push(describeMetrics(metrics));
  for (const m of mismatches) out.push(`  wrong claimed metric: ${m}`);
  out.push(...describePlan(problem, meetings, explainUnmetWishes(problem, meetings)));
  process.stdout.write(out.join('\n') + '\n');
  return violations.length === 0 && mismatches.length === 0 ? 0 : 1;
});

function compareMetrics(claimed: Partial<Metrics>, real: Metrics): string[] {
  const out: string[] = [];
  for (const key of ['moved', 'shortfall', 'wishValue'] as const) {
    if (claimed[key] !== real[key] && !(claimed[key] === undefined && real[key] === undefined)) {
      out.push(`${key}: claimed ${claimed[key]}, actual ${real[key]}`);
    }
  }
  // Format 1.1: a version 1 schedule does not claim idle and stays valid; a claimed idle must be right.
  if (claimed.idle !== undefined && claimed.idle !== real.idle) out.push(`idle: claimed ${claimed.idle}, actual ${real.idle}`);
  if (typeof claimed.minGroupShare !== 'number' || Math.abs(claimed.minGroupShare - real.minGroupShare) > 1e-6) {
    out.push(`minGroupShare: claimed ${claimed.minGroupShare}, actual ${real.minGroupShare}`);
  }
  return out;
}
