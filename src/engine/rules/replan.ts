/**
 * Replanning: the rounds before `replan.from` already happened, so the schedule's meetings there
 * must be the baseline's, exactly (none lost, none added, none changed).
 */
import { fr } from '../french';
import type { Meeting, Problem, Violation } from '../model';
import { expertName, groupName, roundName, tableName } from './common';

export function checkReplanRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const replan = problem.replan;
  if (!replan) return [];
  const key = (m: Meeting): string => `${m.round}:${m.table}:${m.expert}:${m.group}`;
  const tally = (list: Meeting[]): Map<string, { meeting: Meeting; n: number }> => {
    const out = new Map<string, { meeting: Meeting; n: number }>();
    for (const m of list) {
      if (m.round >= replan.from) continue;
      const entry = out.get(key(m));
      if (entry) entry.n++;
      else out.set(key(m), { meeting: m, n: 1 });
    }
    return out;
  };
  const baseline = tally(replan.baseline);
  const schedule = tally(meetings);
  const describe = (m: Meeting): string =>
    `${groupName(problem, m.group)} with ${expertName(problem, m.expert)} at ${tableName(problem, m.table)} in ${roundName(problem, m.round)}`;
  const from = `"${problem.rounds[replan.from].id}"`;
  const meetingFr = (m: Meeting): string =>
    `la rencontre du ${fr.group(problem, m.group)} avec l’${fr.expert(problem, m.expert)} à la ${fr.table(problem, m.table)} au ${fr.round(problem, m.round)}`;
  const fromFr = fr.round(problem, replan.from);

  const out: Violation[] = [];
  for (const [k, { meeting, n }] of baseline) {
    if ((schedule.get(k)?.n ?? 0) < n) {
      out.push({
        rule: 'replan',
        message: `the meeting of ${describe(meeting)} already happened (before round ${from}) but is missing`,
        fr: `${meetingFr(meeting)} a déjà eu lieu (avant le ${fromFr}) mais manque`,
      });
    }
  }
  for (const [k, { meeting, n }] of schedule) {
    if ((baseline.get(k)?.n ?? 0) < n) {
      out.push({
        rule: 'replan',
        message: `the meeting of ${describe(meeting)} is before round ${from}, which already happened, but is not in the baseline`,
        fr: `${meetingFr(meeting)} est avant le ${fromFr}, déjà passé, mais n’était pas dans la grille d’avant`,
      });
    }
  }
  return out;
}
