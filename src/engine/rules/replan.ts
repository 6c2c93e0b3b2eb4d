/**
 * Replanning: the rounds before `replan.from` already happened, so the schedule's meetings there
 * must be the baseline's, exactly (none lost, none added, none changed).
 */
import type { Meeting, Problem, Violation } from '../model';
import { expertName, groupName, roundTime, tableName, violation } from './common';

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
  const said = (m: Meeting) => ({
    group: groupName(problem, m.group),
    expert: expertName(problem, m.expert),
    table: tableName(problem, m.table),
    round: roundTime(problem, m.round),
    from: roundTime(problem, replan.from),
  });

  const out: Violation[] = [];
  for (const [k, { meeting, n }] of baseline) {
    if ((schedule.get(k)?.n ?? 0) < n) out.push(violation('replan', 'rule.replan.missing', said(meeting)));
  }
  for (const [k, { meeting, n }] of schedule) {
    if ((baseline.get(k)?.n ?? 0) < n) out.push(violation('replan', 'rule.replan.added', said(meeting)));
  }
  return out;
}
