/** The quality measures of the spec, recomputed from the meetings alone (never trusted from a file). */
import type { Metrics } from './format';
import type { Meeting, Problem } from './model';

export interface GroupShare {
  group: number;
  /** Sum of the values of the group's meetings. */
  received: number;
  /** P of the spec. */
  potential: number;
  /** received / potential; null when the group has nothing to hope for (P = 0). */
  share: number | null;
}

export function computeMetrics(problem: Problem, meetings: Meeting[]): Metrics {
  const shares = groupShares(problem, meetings);
  const metrics: Metrics = {
    shortfall: shortfall(problem, meetings),
    wishValue: shares.reduce((sum, s) => sum + s.received, 0),
    // A minimum over no group at all is vacuous: nobody is let down (precision of the spec).
    minGroupShare: shares.reduce((min, s) => (s.share === null ? min : Math.min(min, s.share)), 1),
    idle: idle(problem, meetings),
  };
  if (problem.replan) metrics.moved = moved(problem, meetings);
  return metrics;
}

export function groupShares(problem: Problem, meetings: Meeting[]): GroupShare[] {
  const received = problem.groups.map(() => 0);
  for (const m of meetings) received[m.group] += problem.value[m.group][m.expert];
  return problem.groups.map((g) => {
    const potential = problem.potential[g.index];
    return { group: g.index, received: received[g.index], potential, share: potential > 0 ? received[g.index] / potential : null };
  });
}

/** How many meetings an expert should at least get: the option, capped by what the expert allows. */
export function expertTarget(problem: Problem, expert: number): number {
  const e = problem.experts[expert];
  return Math.min(problem.options.minMeetingsPerExpert, e.maxMeetings, e.roundCount);
}

function shortfall(problem: Problem, meetings: Meeting[]): number {
  const count = problem.experts.map(() => 0);
  for (const m of meetings) count[m.expert]++;
  return problem.experts.reduce((sum, e) => sum + Math.max(0, expertTarget(problem, e.index) - count[e.index]), 0);
}

/** Group-rounds left empty (format 1.1); past meetings of a replan count as held. */
function idle(problem: Problem, meetings: Meeting[]): number {
  const count = problem.groups.map(() => 0);
  for (const m of meetings) count[m.group]++;
  return problem.groups.reduce((sum, g) => sum + Math.max(0, g.slots - count[g.index]), 0);
}

/** Baseline meetings from `from` on that the schedule does not keep as they were (a table change counts). */
function moved(problem: Problem, meetings: Meeting[]): number {
  const replan = problem.replan;
  if (!replan) return 0;
  const key = (m: Meeting): string => `${m.round}:${m.table}:${m.expert}:${m.group}`;
  const kept = new Set(meetings.map(key));
  return replan.baseline.filter((m) => m.round >= replan.from && !kept.has(key(m))).length;
}
