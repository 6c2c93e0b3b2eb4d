/** H5: every pin is met (in its round, if it names one); a forbidden pair never meets. */
import { fr } from '../french';
import type { Meeting, Problem, Violation } from '../model';
import { expertName, groupName, roundName } from './common';

export function checkPinRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const pin of problem.pins) {
    const met = meetings.some((m) => m.group === pin.group && m.expert === pin.expert && (pin.round < 0 || m.round === pin.round));
    if (met) continue;
    const when = pin.round < 0 ? '' : ` in ${roundName(problem, pin.round)}`;
    out.push({
      rule: 'H5',
      message: `pins[${pin.index}]: ${groupName(problem, pin.group)} must meet ${expertName(problem, pin.expert)}${when}, and does not`,
      fr: `pins[${pin.index}] : le ${fr.group(problem, pin.group)} doit rencontrer l’${fr.expert(problem, pin.expert)}${pin.round < 0 ? '' : ` au ${fr.round(problem, pin.round)}`}, et ne le fait pas`,
    });
  }
  const reported = new Set<string>();
  for (const m of meetings) {
    const key = `${m.group}:${m.expert}`;
    if (!problem.forbidden[m.group][m.expert] || reported.has(key)) continue;
    reported.add(key);
    out.push({
      rule: 'H5',
      message: `${groupName(problem, m.group)} meets ${expertName(problem, m.expert)}, a forbidden pair`,
      fr: `le ${fr.group(problem, m.group)} rencontre l’${fr.expert(problem, m.expert)}, une paire interdite`,
    });
  }
  return out;
}
