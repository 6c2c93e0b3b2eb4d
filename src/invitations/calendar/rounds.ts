/**
 * The instance's rounds, tables, groups and experts indexed by id, with every round's instants.
 * Wall times are read exactly as the engine reads them (`readWallTime`), so an invitation can never
 * disagree with the plan about when a round starts, whatever the server's TZ.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../../engine';
import { DEFAULT_TIMEZONE, readWallTime } from '../../engine';
import { inEnglish } from '../../engine';
import { CalendarError } from './errors';

export interface TimedRound {
  id: string;
  /** Position in `instance.rounds` (time order). */
  index: number;
  start: number;
  end: number;
}

export interface InstanceIndex {
  timezone: string;
  rounds: Map<string, TimedRound>;
  tables: Map<string, InstanceFile['tables'][number]>;
  experts: Map<string, ExpertFile>;
  groups: Map<string, GroupFile>;
  roundList: TimedRound[];
}

function instant(wall: string, zone: string, what: string): number {
  const time = readWallTime(wall, zone);
  if (!time.ok) throw new CalendarError(`${what}: ${inEnglish(time.said)}`);
  return time.ms;
}

export function indexInstance(instance: InstanceFile): InstanceIndex {
  const timezone = instance.event.timezone ?? DEFAULT_TIMEZONE;
  const roundList = instance.rounds.map((r, index) => ({
    id: r.id,
    index,
    start: instant(r.start, timezone, `round ${r.id} start`),
    end: instant(r.end, timezone, `round ${r.id} end`),
  }));
  return {
    timezone,
    roundList,
    rounds: new Map(roundList.map((r) => [r.id, r])),
    tables: new Map(instance.tables.map((t) => [t.id, t])),
    experts: new Map(instance.experts.map((e) => [e.id, e])),
    groups: new Map(instance.groups.map((g) => [g.id, g])),
  };
}

/** Lookup that names what is missing: a schedule that refers to an unknown id belongs to another instance. */
export function need<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new CalendarError(`the schedule refers to unknown ${what} "${id}"`);
  return found;
}
