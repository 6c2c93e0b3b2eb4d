/**
 * What a replan changes, as an organizer reads it before publishing (pure): every meeting added,
 * removed or moved with names and wall times, the groups and experts affected, each affected
 * group's share before and after, the lowest share and the idle group-rounds before and after.
 */
import { type ClaimedMetrics, groupShares, loadInstance, type MeetingFile, readSchedule, SCHEDULE_FORMAT } from '../engine';
import { diffMeetings } from '../plans/adjustments';
import { changedExperts, changedGroups, type Plan } from './reach';

export interface PreviewMeeting {
  start: string;
  expert: string;
  group: string;
  table: string;
}

export interface ReplanPreview {
  from: { round: string; start: string };
  added: PreviewMeeting[];
  removed: PreviewMeeting[];
  moved: (PreviewMeeting & { newStart: string; newTable: string })[];
  groups: { name: string; shareBefore: number | null; shareAfter: number | null }[];
  experts: string[];
  minShare: { before: number; after: number };
  /** Null for a version stored before format 1.1's idle was measured. */
  idle: { before: number | null; after: number | null };
}

function shares(plan: Plan): Map<string, number | null> {
  const loaded = loadInstance(plan.instance);
  if (!loaded.ok) throw new Error('a stored version no longer loads');
  const { meetings } = readSchedule(loaded.problem, {
    format: SCHEDULE_FORMAT,
    meetings: plan.meetings,
    metrics: { shortfall: 0, wishValue: 0, minGroupShare: 0 },
  });
  return new Map(groupShares(loaded.problem, meetings).map((s) => [loaded.problem.groups[s.group].id, s.share]));
}

export function replanPreview(before: Plan & { metrics: ClaimedMetrics }, after: Plan & { metrics: ClaimedMetrics }, from: string): ReplanPreview {
  const name = <T extends { id: string; name?: string }>(list: T[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const start = (round: string) =>
    after.instance.rounds.find((r) => r.id === round)?.start ?? before.instance.rounds.find((r) => r.id === round)?.start ?? round;
  const said = (m: MeetingFile): PreviewMeeting => ({
    start: start(m.round),
    expert: name(after.instance.experts, m.expert),
    group: name(after.instance.groups, m.group),
    table: name(after.instance.tables, m.table),
  });
  const diff = diffMeetings(before.meetings, after.meetings);
  const [was, is] = [shares(before), shares(after)];
  return {
    from: { round: from, start: start(from) },
    added: diff.added.map(said),
    removed: diff.removed.map(said),
    moved: diff.moved.map((m) => ({ ...said(m.from), newStart: start(m.to.round), newTable: name(after.instance.tables, m.to.table) })),
    groups: changedGroups(before, after).map((g) => ({ name: name(after.instance.groups, g), shareBefore: was.get(g) ?? null, shareAfter: is.get(g) ?? null })),
    experts: changedExperts(before, after).map((e) => name(after.instance.experts, e)),
    minShare: { before: before.metrics.minGroupShare, after: after.metrics.minGroupShare },
    idle: { before: before.metrics.idle ?? null, after: after.metrics.idle ?? null },
  };
}
