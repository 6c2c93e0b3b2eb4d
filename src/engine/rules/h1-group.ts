/** H1: a group is in at most one meeting per round, only in its rounds, and (precision) at most its maxMeetings. */
import { fr } from '../french';
import type { Meeting, Problem, Violation } from '../model';
import { bucket, groupName, isPast, plural, roundName } from './common';

export function checkGroupRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  const h1 = (message: string, french: string): void => void out.push({ rule: 'H1', message, fr: french });

  for (const [, list] of bucket(meetings, (m) => m.group * problem.rounds.length + m.round)) {
    const { group, round } = list[0];
    if (list.length > 1) h1(`${groupName(problem, group)} is in ${list.length} meetings in ${roundName(problem, round)}`, `le ${fr.group(problem, group)} a ${list.length} rencontres au ${fr.round(problem, round)}`);
    if (!problem.groups[group].available[round] && !isPast(problem, round)) {
      h1(
        `${groupName(problem, group)} meets in ${roundName(problem, round)}, which is not one of its rounds`,
        `le ${fr.group(problem, group)} a une rencontre au ${fr.round(problem, round)}, qui n’est pas l’un de ses tours`,
      );
    }
  }
  for (const [group, list] of bucket(meetings, (m) => m.group)) {
    const max = problem.groups[group].maxMeetings;
    if (list.length > max) {
      h1(`${groupName(problem, group)} has ${plural(list.length, 'meeting')}, more than its maximum of ${max}`, `le ${fr.group(problem, group)} a ${fr.plural(list.length, 'rencontre')}, plus que son maximum de ${max}`);
    }
  }
  return out;
}
