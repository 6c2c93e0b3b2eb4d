/** H5: every pin is met (in its round, if it names one); a forbidden pair never meets. */
import type { Meeting, Problem, Violation } from '../model';
import { expertName, groupName, roundTime, violation } from './common';

export function checkPinRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const pin of problem.pins) {
    const met = meetings.some((m) => m.group === pin.group && m.expert === pin.expert && (pin.round < 0 || m.round === pin.round));
    if (met) continue;
    const pair = { group: groupName(problem, pin.group), expert: expertName(problem, pin.expert) };
    out.push({
      ...(pin.round < 0
        ? violation('H5', 'rule.h5.pin_unmet', pair)
        : violation('H5', 'rule.h5.pin_unmet_in_round', { ...pair, round: roundTime(problem, pin.round) })),
      path: `pins[${pin.index}]`,
    });
  }
  const reported = new Set<string>();
  for (const m of meetings) {
    const key = `${m.group}:${m.expert}`;
    if (!problem.forbidden[m.group][m.expert] || reported.has(key)) continue;
    reported.add(key);
    out.push(violation('H5', 'rule.h5.forbidden', { group: groupName(problem, m.group), expert: expertName(problem, m.expert) }));
  }
  return out;
}
