/**
 * What organizers mark on the day — an expert or a group absent or late, a table closed — and how
 * it turns an instance into the one to replan with (pure). The spec's reading: an expert who does
 * not come loses its rounds (`rounds: []`); availability before the replan's `from` is not
 * re-checked, so marking the past is harmless.
 */
import type { InstanceFile, MeetingFile } from '../engine';

export type MarkKind = 'expert' | 'group' | 'table';
export type MarkStatus = 'absent' | 'late';

export interface Mark {
  kind: MarkKind;
  key: string;
  /** absent: from this round on (default: the whole event); late: arrives for this round. */
  status: MarkStatus;
  round?: string;
  /** absent only: back for this round (one session missed, the next ones kept); default: not back. */
  until?: string;
}

/** A stored mark (its round null for the whole event) as the rules read it. */
export const asMark = (m: { kind: MarkKind; key: string; status: MarkStatus; round?: string | null; until?: string | null }): Mark => ({
  kind: m.kind,
  key: m.key,
  status: m.status,
  round: m.round ?? undefined,
  until: m.until ?? undefined,
});

/** The positions a person's mark takes away: before the arrival (late), or from `round` until `until` (absent). */
function missedPositions(mark: Mark, ids: readonly string[]): (position: number) => boolean {
  const at = mark.round === undefined ? 0 : ids.indexOf(mark.round);
  if (mark.status === 'late') return (position) => position < at;
  const back = mark.until === undefined ? Infinity : ids.indexOf(mark.until);
  return (position) => position >= at && position < back;
}

export function applyMarks(instance: InstanceFile, marks: Mark[]): void {
  const ids = instance.rounds.map((r) => r.id);
  for (const mark of marks) {
    if (mark.kind === 'table') {
      const table = instance.tables.find((t) => t.id === mark.key);
      if (table) table.closedFrom = mark.round ?? ids[0];
      continue;
    }
    const who = (mark.kind === 'expert' ? instance.experts : instance.groups).find((x) => x.id === mark.key);
    if (!who) continue;
    const present = who.rounds ?? ids;
    const missed = missedPositions(mark, ids);
    who.rounds = present.filter((r) => !missed(ids.indexOf(r)));
  }
}

/** Whether `mark` rules out `meeting`: the absent one in a round they miss, the late one before they arrive, anyone at the closed table. */
function rulesOut(mark: Mark, ids: readonly string[], meeting: MeetingFile): boolean {
  const position = ids.indexOf(meeting.round);
  const missed = mark.kind === 'table' ? position >= (mark.round === undefined ? 0 : ids.indexOf(mark.round)) : missedPositions(mark, ids)(position);
  return missed && (mark.kind === 'table' ? meeting.table : mark.kind === 'expert' ? meeting.expert : meeting.group) === mark.key;
}

/**
 * Whether the meetings in force already keep a mark: none still to come is one it rules out.
 * Rounds from position `firstOpen` on are looked at; those already started are past changing.
 * False: a replan is needed, and the « Jour J » screen says so.
 */
export function markKept(mark: Mark, instance: InstanceFile, meetings: readonly MeetingFile[], firstOpen: number): boolean {
  const ids = instance.rounds.map((r) => r.id);
  return !meetings.some((m) => ids.indexOf(m.round) >= firstOpen && rulesOut(mark, ids, m));
}

/**
 * The meetings no mark rules out: what an expert's reminder may still speak of before a replan
 * (an expert who declined, marked absent, is not reminded of meetings they said they would miss).
 */
export function meetingsNotRuledOut(instance: InstanceFile, meetings: readonly MeetingFile[], marks: readonly Mark[]): MeetingFile[] {
  const ids = instance.rounds.map((r) => r.id);
  return meetings.filter((m) => !marks.some((mark) => rulesOut(mark, ids, m)));
}
