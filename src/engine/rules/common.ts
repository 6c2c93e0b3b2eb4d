/** What the rule files share: naming objects the way an organizer reads them, and the replan's past. */
import type { Meeting, Problem } from '../model';

export const groupName = (p: Problem, g: number): string => `group "${p.groups[g].id}"`;
export const expertName = (p: Problem, e: number): string => `expert "${p.experts[e].id}"`;
export const roundName = (p: Problem, r: number): string => `round "${p.rounds[r].id}"`;
export const tableName = (p: Problem, t: number): string => `table "${p.tables[t].id}"`;

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

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
