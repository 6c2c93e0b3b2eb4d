/**
 * Hand adjustments of a grid, as organizers think of them on the wall chart: move a group to
 * another cell, swap two groups, add or remove a meeting. Pure: the rules are checked afterwards,
 * on the whole grid, by the engine.
 */
import { InvalidInputError } from '../common/errors';
import type { InstanceFile, MeetingFile } from '../engine';
import { said } from './messages';

export interface GroupInRound {
  round: string;
  group: string;
}

export type Adjustment =
  | { op: 'move'; from: GroupInRound; to: { round: string; table: string } }
  | { op: 'swap'; from: GroupInRound; with: GroupInRound }
  | { op: 'add'; meeting: MeetingFile }
  | { op: 'remove'; from: GroupInRound };

/** `instance` names the group and the round of a cell that holds no meeting of it. */
export function applyAdjustment(instance: InstanceFile, meetings: MeetingFile[], change: Adjustment): MeetingFile[] {
  const find = (at: GroupInRound, field: string): number => {
    const i = meetings.findIndex((m) => m.round === at.round && m.group === at.group);
    if (i < 0) {
      const missing = said('plans.no_meeting_there', {
        group: instance.groups.find((g) => g.id === at.group)?.name ?? at.group,
        round: instance.rounds.find((r) => r.id === at.round)?.start ?? at.round,
      });
      throw new InvalidInputError(missing, [{ path: field, message: missing }]);
    }
    return i;
  };
  const next = meetings.map((m) => ({ ...m }));
  switch (change.op) {
    case 'move': {
      const i = find(change.from, 'from');
      // The group joins whoever sits at the target table in that round; at an empty table its expert follows it.
      const host = meetings.find((m, j) => j !== i && m.round === change.to.round && m.table === change.to.table);
      next[i] = { round: change.to.round, table: change.to.table, expert: host?.expert ?? meetings[i].expert, group: meetings[i].group };
      return next;
    }
    case 'swap': {
      const a = find(change.from, 'from');
      const b = find(change.with, 'with');
      next[a] = { ...meetings[b], group: meetings[a].group };
      next[b] = { ...meetings[a], group: meetings[b].group };
      return next;
    }
    case 'add':
      return [...next, { ...change.meeting }];
    case 'remove': {
      const i = find(change.from, 'from');
      next.splice(i, 1);
      return next;
    }
  }
}

export interface VersionDiff {
  added: MeetingFile[];
  removed: MeetingFile[];
  moved: { from: MeetingFile; to: MeetingFile }[];
  unchanged: number;
}

/**
 * What changed between two grids, as people live it: a group and an expert who still meet but at
 * another time or table have "moved"; a pair that meets only in one grid was added or removed.
 */
export function diffMeetings(before: MeetingFile[], after: MeetingFile[]): VersionDiff {
  const pair = (m: MeetingFile) => `${m.group}\u0000${m.expert}`;
  const old = new Map(before.map((m) => [pair(m), m]));
  const diff: VersionDiff = { added: [], removed: [], moved: [], unchanged: 0 };
  for (const m of after) {
    const was = old.get(pair(m));
    old.delete(pair(m));
    if (!was) diff.added.push(m);
    else if (was.round !== m.round || was.table !== m.table) diff.moved.push({ from: was, to: m });
    else diff.unchanged++;
  }
  diff.removed = [...old.values()];
  return diff;
}
