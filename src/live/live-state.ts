/**
 * Where the event stands at an instant (pure): the round under way and the time left, the next
 * round, who is where now. Rounds are read as instants in the event's zone.
 */
import { toWall } from '../i18n/when';
import type { InstanceFile, MeetingFile } from '../engine';
import { loadInstance, readWallTime } from '../engine';
import { inEnglish } from '../engine';

export interface RoundTimes {
  id: string;
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
}

export interface LiveState {
  status: 'before' | 'during' | 'break' | 'after';
  now: string;
  /** The same instant on the event's wall ("2027-01-22T18:30"): the clock the screen says it was read at, a rehearsal's included. */
  nowWall: string;
  currentRound: (RoundTimes & { endsInMs: number }) | null;
  nextRound: (RoundTimes & { startsInMs: number }) | null;
  /** Meetings of the round under way, with names. */
  meetingsNow: { table: string; tableName: string; expert: string; expertName: string; group: string; groupName: string }[];
  /** « Qui est où » in the round under way and the next one: every group, at its table with its expert, free, or not there. */
  whereNow: GroupWhere[];
  whereNext: GroupWhere[];
}

/** Where a group is in a round: meeting an expert at a table (a room or a video link), free (there, no meeting), or away (not there that round). */
export interface GroupWhere {
  group: string;
  groupName: string;
  status: 'meeting' | 'free' | 'away';
  table?: string;
  tableName?: string;
  location?: string;
  expert?: string;
  expertName?: string;
}

/** Every group in `roundId`, by name: where it meets whom, or that it is free or away. */
export function whereIn(instance: InstanceFile, meetings: MeetingFile[], roundId: string, loaded = loadInstance(instance)): GroupWhere[] {
  const round = instance.rounds.findIndex((r) => r.id === roundId);
  const name = <T extends { id: string; name?: string }>(list: T[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const mine = meetings.filter((m) => m.round === roundId);
  return instance.groups
    .flatMap((g, index): GroupWhere[] => {
      const groupName = g.name ?? g.id;
      const met = mine.filter((m) => m.group === g.id);
      if (met.length)
        return met.map((m) => {
          const table = instance.tables.find((x) => x.id === m.table);
          return {
            group: g.id,
            groupName,
            status: 'meeting',
            table: m.table,
            tableName: table?.name ?? m.table,
            location: table?.location ?? instance.event.location,
            expert: m.expert,
            expertName: name(instance.experts, m.expert),
          };
        });
      const there = !loaded.ok || round < 0 || loaded.problem.groups[index].available[round];
      return [{ group: g.id, groupName, status: there ? 'free' : 'away' }];
    })
    .sort((a, b) => a.groupName.localeCompare(b.groupName, 'fr', { numeric: true }));
}

const zoneOf = (instance: InstanceFile) => instance.event.timezone ?? 'Europe/Paris';

export function roundTimes(instance: InstanceFile): RoundTimes[] {
  const zone = zoneOf(instance);
  const instant = (wall: string) => {
    const read = readWallTime(wall, zone);
    if (!read.ok) throw new Error(inEnglish(read.said));
    return read.ms;
  };
  return instance.rounds.map((r) => ({ id: r.id, start: r.start, end: r.end, startsAt: instant(r.start), endsAt: instant(r.end) }));
}

/** The first round that has not started at `now` (the one a replan starts from), or undefined. */
export function nextOpenRound(instance: InstanceFile, now: number): RoundTimes | undefined {
  return roundTimes(instance).find((r) => r.startsAt > now);
}

/** « Qui est où » in both rounds, the instance read once. */
function where(instance: InstanceFile, meetings: MeetingFile[], now: string | undefined, next: string | undefined) {
  const loaded = now || next ? loadInstance(instance) : undefined;
  return {
    whereNow: now ? whereIn(instance, meetings, now, loaded) : [],
    whereNext: next ? whereIn(instance, meetings, next, loaded) : [],
  };
}

export function liveState(instance: InstanceFile, meetings: MeetingFile[], now: number): LiveState {
  const rounds = roundTimes(instance);
  const current = rounds.find((r) => r.startsAt <= now && now < r.endsAt) ?? null;
  const next = rounds.find((r) => r.startsAt > now) ?? null;
  const name = <T extends { id: string; name?: string }>(list: T[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const status: LiveState['status'] = current ? 'during' : !next ? 'after' : next === rounds[0] ? 'before' : 'break';
  return {
    status,
    now: new Date(now).toISOString(),
    nowWall: toWall(now, zoneOf(instance)),
    currentRound: current && { ...current, endsInMs: current.endsAt - now },
    nextRound: next && { ...next, startsInMs: next.startsAt - now },
    meetingsNow: current
      ? meetings
          .filter((m) => m.round === current.id)
          .map((m) => ({
            table: m.table,
            tableName: name(instance.tables, m.table),
            expert: m.expert,
            expertName: name(instance.experts, m.expert),
            group: m.group,
            groupName: name(instance.groups, m.group),
          }))
      : [],
    ...where(instance, meetings, current?.id, next?.id),
  };
}
