/**
 * An expert's blocks of presence: what one invitation covers. A block runs from the start of the
 * expert's first round to the end of its last; a long gap between two of its meetings (Friday
 * evening / Saturday morning, a lunch) starts a new block, so the expert's calendar is not filled
 * with hours it is free. Once invited, a block stays whole: two meetings an invitation already
 * sent holds together are not split again by a delay or a replan that widens the gap between
 * them (`together`), since a split would invite the expert again to a slot she holds, or to one
 * already past, and tell her of changes that are none.
 */
import type { InstanceFile, MeetingFile, ScheduleFile } from '../../engine';
import { CalendarError } from './errors';
import { indexInstance, need, type InstanceIndex, type TimedRound } from './rounds';

export interface BlockGroup {
  id: string;
  name: string;
  themes: string[];
  size: number;
}

export interface BlockRound {
  roundId: string;
  /** UTC epoch ms. */
  start: number;
  end: number;
  /** The groups that come in this round; empty = a break for the expert. */
  groups: BlockGroup[];
}

export interface BlockTable {
  id: string;
  name: string;
  /** The table's room or video link, else the event's location. */
  location?: string;
}

export interface ExpertBlock {
  expert: { id: string; name: string; email?: string; organization?: string };
  /** 1-based, in time order among this expert's blocks: part of the UID. */
  ordinal: number;
  /** UTC epoch ms: start of the first round, end of the last. */
  start: number;
  end: number;
  table: BlockTable;
  rounds: BlockRound[];
  /** The event's IANA zone, for the wall times written in the description. */
  timezone: string;
}

export interface BlockOptions {
  /** A gap between two meetings longer than this starts a new block. Default 60. */
  longGapMinutes?: number;
  /** Whether an invitation already sent to the expert holds both rounds: then no gap splits them. */
  together?: (expertId: string, earlierRound: string, laterRound: string) => boolean;
}

/** `together` from the blocks already sent (those not cancelled): one of them holds both rounds. */
export function togetherAsSent(sent: readonly { cancelled?: boolean; block: ExpertBlock }[]): NonNullable<BlockOptions['together']> {
  const rounds = new Map<string, Set<string>[]>();
  for (const s of sent) {
    if (s.cancelled) continue;
    const of = rounds.get(s.block.expert.id) ?? [];
    of.push(new Set(s.block.rounds.map((r) => r.roundId)));
    rounds.set(s.block.expert.id, of);
  }
  return (expertId, a, b) => (rounds.get(expertId) ?? []).some((held) => held.has(a) && held.has(b));
}

export const DEFAULT_LONG_GAP_MINUTES = 60;

export function expertBlocks(instance: InstanceFile, schedule: ScheduleFile, expertId: string, opts: BlockOptions = {}): ExpertBlock[] {
  return blocksOf(indexInstance(instance), instance, schedule, expertId, opts);
}

/** Every expert's blocks, experts in instance order: what `planUpdates` compares. */
export function allExpertBlocks(instance: InstanceFile, schedule: ScheduleFile, opts: BlockOptions = {}): ExpertBlock[] {
  const index = indexInstance(instance);
  return instance.experts.flatMap((e) => blocksOf(index, instance, schedule, e.id, opts));
}

interface RoundMeetings {
  round: TimedRound;
  tableId: string;
  meetings: MeetingFile[];
}

function blocksOf(index: InstanceIndex, instance: InstanceFile, schedule: ScheduleFile, expertId: string, opts: BlockOptions): ExpertBlock[] {
  const expert = need(index.experts, expertId, 'expert');
  const longGapMs = (opts.longGapMinutes ?? DEFAULT_LONG_GAP_MINUTES) * 60_000;
  if (!(longGapMs >= 0)) throw new CalendarError(`longGapMinutes must be a non-negative number`);

  const busy = meetingRounds(index, schedule, expertId);
  const runs: RoundMeetings[][] = [];
  for (const r of busy) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // A table change also starts a block: one invitation has one LOCATION, and it must be true.
    const near = last && (r.round.start - last.round.end <= longGapMs || opts.together?.(expertId, last.round.id, r.round.id));
    if (last && near && r.tableId === last.tableId) run.push(r);
    else runs.push([r]);
  }

  return runs.map((run, i) => {
    const first = run[0].round;
    const last = run[run.length - 1].round;
    const byRound = new Map(run.map((r) => [r.round.id, r.meetings]));
    const table = need(index.tables, run[0].tableId, 'table');
    return {
      expert: { id: expert.id, name: expert.name, email: expert.email, organization: expert.organization },
      ordinal: i + 1,
      start: first.start,
      end: last.end,
      table: { id: table.id, name: table.name ?? `Table ${table.id}`, location: table.location ?? instance.event.location },
      rounds: index.roundList.slice(first.index, last.index + 1).map((round) => ({
        roundId: round.id,
        start: round.start,
        end: round.end,
        groups: (byRound.get(round.id) ?? []).map((m) => blockGroup(index, m.group)),
      })),
      timezone: index.timezone,
    };
  });
}

/** The expert's meetings grouped by round, in time order. */
function meetingRounds(index: InstanceIndex, schedule: ScheduleFile, expertId: string): RoundMeetings[] {
  const byRound = new Map<string, RoundMeetings>();
  for (const m of schedule.meetings) {
    if (m.expert !== expertId) continue;
    const round = need(index.rounds, m.round, 'round');
    need(index.tables, m.table, 'table');
    const entry = byRound.get(m.round);
    if (!entry) byRound.set(m.round, { round, tableId: m.table, meetings: [m] });
    else if (entry.tableId !== m.table) throw new CalendarError(`expert "${expertId}" sits at two tables in round "${m.round}"`);
    else entry.meetings.push(m);
  }
  for (const entry of byRound.values()) entry.meetings.sort((a, b) => a.group.localeCompare(b.group));
  return [...byRound.values()].sort((a, b) => a.round.index - b.round.index);
}

function blockGroup(index: InstanceIndex, groupId: string): BlockGroup {
  const g = need(index.groups, groupId, 'group');
  return { id: g.id, name: g.name, themes: [...(g.themes ?? [])], size: g.size };
}
