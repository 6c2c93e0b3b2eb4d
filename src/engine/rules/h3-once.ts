/** H3: a group meets a given expert at most once. */
import { fr } from '../french';
import type { Meeting, Problem, Violation } from '../model';
import { bucket, expertName, groupName } from './common';

export function checkOnceRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const [, list] of bucket(meetings, (m) => m.group * problem.experts.length + m.expert)) {
    if (list.length < 2) continue;
    const rounds = list.map((m) => `"${problem.rounds[m.round].id}"`).join(', ');
    out.push({
      rule: 'H3',
      message: `${groupName(problem, list[0].group)} meets ${expertName(problem, list[0].expert)} ${list.length} times (rounds ${rounds})`,
      fr: `le ${fr.group(problem, list[0].group)} rencontre l’${fr.expert(problem, list[0].expert)} ${list.length} fois (tours ${fr.ids(list.map((m) => problem.rounds[m.round].id))})`,
    });
  }
  return out;
}
