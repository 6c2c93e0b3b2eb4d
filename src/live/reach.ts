/**
 * Whom a new version reaches (pure), said before publishing it: the members whose own itinerary
 * changes (their pages, and their e-mails when asked), and the experts whose meetings change
 * (their pages and calendar invitations). Nobody else's page shows a change.
 */
import type { InstanceFile, MeetingFile } from '../engine';
import { itineraryChanges, stops } from './member-notices';

export interface Plan {
  instance: InstanceFile;
  meetings: MeetingFile[];
}

export interface Reach {
  /** Members of the groups whose itinerary changes: their pages show what changed. */
  memberPages: number;
  /** Of those, the members with an e-mail address: the notices `notifyMembers` would send. */
  emails: number;
  /** Experts whose meetings change: their pages and their invitations follow. */
  experts: number;
}

function expertSignature(plan: Plan, expert: string): string {
  const rounds = new Map(plan.instance.rounds.map((r) => [r.id, r]));
  return plan.meetings
    .filter((m) => m.expert === expert && rounds.has(m.round))
    .map((m) => `${rounds.get(m.round)!.start}|${rounds.get(m.round)!.end}|${m.table}|${m.group}`)
    .sort()
    .join(';');
}

export function changedGroups(before: Plan, after: Plan): string[] {
  return after.instance.groups
    .filter((g) => itineraryChanges(stops(before.instance, before.meetings, g.id), stops(after.instance, after.meetings, g.id)).length > 0)
    .map((g) => g.id);
}

export function changedExperts(before: Plan, after: Plan): string[] {
  return after.instance.experts.filter((e) => expertSignature(before, e.id) !== expertSignature(after, e.id)).map((e) => e.id);
}

export function reachOf(before: Plan, after: Plan): Reach {
  const groups = new Set(changedGroups(before, after));
  const members = after.instance.groups.filter((g) => groups.has(g.id)).flatMap((g) => g.members ?? []);
  return { memberPages: members.length, emails: members.filter((m) => m.email).length, experts: changedExperts(before, after).length };
}
