/**
 * H2: an expert has at most maxGroupsPerRound meetings per round, only in its rounds, at most
 * maxMeetings in all, and meets in at most maxConsecutive adjacent rounds: next to each other in
 * the `rounds` list with less than `options.pauseMinutes` between them (format 1.1: a night or a
 * lunch ends the run).
 */
import { fr } from '../french';
import type { Meeting, Problem, Violation } from '../model';
import { bucket, expertName, isPast, plural, roundName } from './common';

export function checkExpertRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  const h2 = (message: string, french: string): void => void out.push({ rule: 'H2', message, fr: french });

  for (const [e, list] of bucket(meetings, (m) => m.expert)) {
    const expert = problem.experts[e];
    const name = expertName(problem, e);
    const busy = new Map<number, number>(); // round -> meetings
    for (const m of list) busy.set(m.round, (busy.get(m.round) ?? 0) + 1);

    for (const round of [...busy.keys()].sort((a, b) => a - b)) {
      const n = busy.get(round) as number;
      if (n > expert.maxGroupsPerRound) {
        h2(
          `${name} meets ${n} groups in ${roundName(problem, round)}, more than its maximum of ${expert.maxGroupsPerRound} per round`,
          `l’${fr.expert(problem, e)} reçoit ${n} groupes au ${fr.round(problem, round)}, plus que son maximum de ${expert.maxGroupsPerRound} par tour`,
        );
      }
      if (!expert.available[round] && !isPast(problem, round)) {
        h2(`${name} meets in ${roundName(problem, round)}, which is not one of its rounds`, `l’${fr.expert(problem, e)} a une rencontre au ${fr.round(problem, round)}, qui n’est pas l’un de ses tours`);
      }
    }
    if (list.length > expert.maxMeetings) {
      h2(`${name} has ${plural(list.length, 'meeting')}, more than its maximum of ${expert.maxMeetings}`, `l’${fr.expert(problem, e)} a ${fr.plural(list.length, 'rencontre')}, plus que son maximum de ${expert.maxMeetings}`);
    }
    for (const run of busyRuns(busy, problem)) {
      if (run.length > expert.maxConsecutive) {
        h2(
          `${name} meets in ${run.length} rounds in a row (${roundName(problem, run.first)} to ${roundName(problem, run.last)}), ` +
            `more than its maximum of ${expert.maxConsecutive} before a pause`,
          `l’${fr.expert(problem, e)} enchaîne ${run.length} tours (du ${fr.round(problem, run.first)} au ${fr.round(problem, run.last)}), `
            + `plus que son maximum de ${expert.maxConsecutive} avant une pause`,
        );
      }
    }
  }
  return out;
}

/** Maximal runs of adjacent rounds (no pause between them) in which the expert meets someone. */
function busyRuns(busy: Map<number, number>, problem: Problem): { first: number; last: number; length: number }[] {
  const runs: { first: number; last: number; length: number }[] = [];
  const roundCount = problem.rounds.length;
  let first = -1;
  for (let r = 0; r <= roundCount; r++) {
    const continues = r < roundCount && busy.has(r) && first >= 0 && problem.rounds[r].followsWithoutPause;
    if (first >= 0 && !continues) {
      runs.push({ first, last: r - 1, length: r - first });
      first = -1;
    }
    if (r < roundCount && busy.has(r) && first < 0) first = r;
  }
  return runs;
}
