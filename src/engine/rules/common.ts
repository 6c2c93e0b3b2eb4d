/** What the rule files share: naming objects the way an organizer reads them, and the replan's past. */
import { message, type MessageParams } from '../messages/message';
import type { Meeting, Problem, Violation } from '../model';

/** Objects by their names and rounds by their wall time: the parameters of the rules' messages. */
export const groupName = (p: Problem, g: number): string => p.groups[g].name;
export const expertName = (p: Problem, e: number): string => p.experts[e].name;
export const tableName = (p: Problem, t: number): string => p.tables[t].name;
export const roundTime = (p: Problem, r: number): string => p.rounds[r].startWall;

export const violation = (rule: Violation['rule'], code: string, params: MessageParams): Violation => ({ rule, said: message(code, params) });

/** Rounds before `replan.from` already happened: who was present there is no longer checked. */
export function isPast(problem: Problem, round: number): boolean {
  return problem.replan !== undefined && round < problem.replan.from;
}

/** Meetings bucketed by a key, in schedule order. */
export function bucket<K>(meetings: Meeting[], key: (m: Meeting) => K): Map<K, Meeting[]> {
  const out = new Map<K, Meeting[]>();
  for (const m of meetings) {
    const list = out.get(key(m));
    if (list) list.push(m);
    else out.set(key(m), [m]);
  }
  return out;
}
