/** H3: a group meets a given expert at most once. */
import type { Meeting, Problem, Violation } from '../model';
import { bucket, expertName, groupName, roundTime, violation } from './common';

export function checkOnceRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const [, list] of bucket(meetings, (m) => m.group * problem.experts.length + m.expert)) {
    if (list.length < 2) continue;
    out.push(
      violation('H3', 'rule.h3.twice', {
        group: groupName(problem, list[0].group),
        expert: expertName(problem, list[0].expert),
        count: list.length,
        rounds: list.map((m) => roundTime(problem, m.round)),
      }),
    );
  }
  return out;
}
