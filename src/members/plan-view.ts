/**
 * The version in force, read once per version for every page that shows it: the engine's problem
 * (rounds as instants), the meetings in index form and every group's share.
 */
import type { InstanceFile, ScheduleFile } from '../engine';
import { describeInstanceError, loadInstance } from '../engine';
import { inEnglish } from '../engine';
import type { Meeting, Problem } from '../engine';
import { readSchedule } from '../engine';
import { unmetCauses, type UnmetWishCause } from '../engine';
import { sharesOf } from './receipt';

export interface PlanView {
  number: number;
  publishedAt: string;
  problem: Problem;
  meetings: Meeting[];
  unmet: UnmetWishCause[];
  shares: Map<string, number | null>;
}

export function planView(v: { number: number; publishedAt: string; instance: InstanceFile; schedule: ScheduleFile }): PlanView {
  const loaded = loadInstance(v.instance);
  if (!loaded.ok) throw new Error(`the version in force no longer loads: ${loaded.errors.map(describeInstanceError).join('; ')}`);
  const { meetings, errors } = readSchedule(loaded.problem, v.schedule);
  if (errors.length) throw new Error(`the version in force refers to unknown items: ${errors.map((e) => inEnglish(e.said)).join('; ')}`);
  return {
    number: v.number,
    publishedAt: v.publishedAt,
    problem: loaded.problem,
    meetings,
    unmet: unmetCauses(loaded.problem, meetings),
    shares: sharesOf(loaded.problem, meetings),
  };
}
