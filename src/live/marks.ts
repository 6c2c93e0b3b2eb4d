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
}

export function applyMarks(instance: InstanceFile, marks: Mark[]): void {
  const ids = instance.rounds.map((r) => r.id);
  const position = (id: string | undefined, fallback: number) => (id === undefined ? fallback : ids.indexOf(id));
  for (const mark of marks) {
    if (mark.kind === 'table') {
      const table = instance.tables.find((t) => t.id === mark.key);
      if (table) table.closedFrom = mark.round ?? ids[0];
      continue;
    }
    const who = (mark.kind === 'expert' ? instance.experts : instance.groups).find((x) => x.id === mark.key);
    if (!who) continue;
    const present = who.rounds ?? ids;
    const at = position(mark.round, 0);
    who.rounds = present.filter((r) => (mark.status === 'absent' ? ids.indexOf(r) < at : ids.indexOf(r) >= at));
  }
}

/**
 * Whether the meetings in force already keep a mark: none still to come puts the absent expert or
 * group in a round they miss, the late one before they arrive, or anyone at the closed table.
 * Rounds from position `firstOpen` on are looked at; those already started are past changing.
 * False: a replan is needed, and the « Jour J » screen says so.
 */
export function markKept(mark: Mark, instance: InstanceFile, meetings: readonly MeetingFile[], firstOpen: number): boolean {
  const ids = instance.rounds.map((r) => r.id);
  const at = mark.round === undefined ? 0 : ids.indexOf(mark.round);
  const missed = (position: number) => (mark.kind !== 'table' && mark.status === 'late' ? position < at : position >= at);
  const concerned = (m: MeetingFile) => (mark.kind === 'table' ? m.table : mark.kind === 'expert' ? m.expert : m.group) === mark.key;
  return !meetings.some((m) => {
    const position = ids.indexOf(m.round);
    return position >= firstOpen && missed(position) && concerned(m);
  });
}
