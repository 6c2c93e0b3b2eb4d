/** Every hard rule of the spec on a set of meetings; an empty list means the schedule is valid. */
import { inEnglish } from '../messages';
import type { Meeting, Problem, Violation } from '../model';
import { checkGroupRule } from './h1-group';
import { checkExpertRule } from './h2-expert';
import { checkOnceRule } from './h3-once';
import { checkTableRule } from './h4-table';
import { checkPinRule } from './h5-pins';
import { checkReplanRule } from './replan';

export { checkGroupRule, checkExpertRule, checkOnceRule, checkTableRule, checkPinRule, checkReplanRule };

const RULES = [checkGroupRule, checkExpertRule, checkOnceRule, checkTableRule, checkPinRule, checkReplanRule];

/** `meetings[3].expert: unknown expert "e99"`: a violation in English, for the command line and logs. */
export function describeViolation(v: Violation): string {
  return v.path ? `${v.path}: ${inEnglish(v.said)}` : inEnglish(v.said);
}

export function checkRules(problem: Problem, meetings: Meeting[]): Violation[] {
  return RULES.flatMap((rule) => rule(problem, meetings));
}
