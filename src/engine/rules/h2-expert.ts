/**
 * H2: an expert has at most maxGroupsPerRound meetings per round, only in its rounds, at most
 * maxMeetings in all, and meets in at most maxConsecutive adjacent rounds: next to each other in
 * the `rounds` list with less than `options.pauseMinutes` between them (format 1.1: a night or a
 * lunch ends the run).
 */
import type { Meeting, Problem, Violation } from '../model';
import { bucket, expertName, isPast, roundTime, violation } from './common';

export function checkExpertRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const [e, list] of bucket(meetings, (m) => m.expert)) {
    const expert = problem.experts[e];
    const name = expertName(problem, e);
    const busy = new Map<number, number>(); // round -> meetings
    for (const m of list) busy.set(m.round, (busy.get(m.round) ?? 0) + 1);

    for (const round of [...busy.keys()].sort((a, b) => a - b)) {
      const n = busy.get(round) as number;
      const at = { expert: name, round: roundTime(problem, round) };
      if (n > expert.maxGroupsPerRound) out.push(violation('H2', 'rule.h2.over_per_round', { ...at, count: n, max: expert.maxGroupsPerRound }));
      if (!expert.available[round] && !isPast(problem, round)) out.push(violation('H2', 'rule.h2.not_its_round', at));
    }
    if (list.length > expert.maxMeetings) out.push(violation('H2', 'rule.h2.over_max', { expert: name, count: list.length, max: expert.maxMeetings }));
    for (const run of busyRuns(busy, problem)) {
      if (run.length > expert.maxConsecutive) {
        out.push(
          violation('H2', 'rule.h2.in_a_row', {
            expert: name,
            count: run.length,
            first: roundTime(problem, run.first),
            last: roundTime(problem, run.last),
            max: expert.maxConsecutive,
          }),
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
