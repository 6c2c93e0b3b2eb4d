/** H1: a group is in at most one meeting per round, only in its rounds, and (precision) at most its maxMeetings. */
import type { Meeting, Problem, Violation } from '../model';
import { bucket, groupName, isPast, roundTime, violation } from './common';

export function checkGroupRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const [, list] of bucket(meetings, (m) => m.group * problem.rounds.length + m.round)) {
    const { group, round } = list[0];
    const at = { group: groupName(problem, group), round: roundTime(problem, round) };
    if (list.length > 1) out.push(violation('H1', 'rule.h1.several_meetings', { ...at, count: list.length }));
    if (!problem.groups[group].available[round] && !isPast(problem, round)) out.push(violation('H1', 'rule.h1.not_its_round', at));
  }
  for (const [group, list] of bucket(meetings, (m) => m.group)) {
    const max = problem.groups[group].maxMeetings;
    if (list.length > max) out.push(violation('H1', 'rule.h1.over_max', { group: groupName(problem, group), count: list.length, max }));
  }
  return out;
}
