/**
 * Where a group (or an expert) goes, and when: the day's stops in time order, and what is "now" and
 * "next" at an instant. Rounds are half-open intervals [start, end) in UTC milliseconds, read from
 * the wall times by the engine's loader, so a night of clock change moves nothing here.
 */
import type { Meeting, Problem } from '../engine';

export interface Timed {
  start: number;
  end: number;
}

export interface TableRef {
  id: string;
  name: string;
  /** A place, or a video room's address. */
  location?: string;
  /** The location is a web address (a video room): shown as a big button. */
  isLink: boolean;
}

export interface GroupStop extends Timed {
  roundId: string;
  table: TableRef;
  expert: { id: string; name: string; organization?: string; themes: string[] };
}

export interface ExpertStop extends Timed {
  roundId: string;
  table: TableRef;
  groups: { id: string; name: string; size: number; themes: string[] }[];
}

/** What to show at an instant. `changesAt` is when the answer next changes (the page refreshes then). */
export type Moment<S extends Timed> =
  | { state: 'empty' }
  | { state: 'before'; next: S; changesAt: number }
  | { state: 'meeting'; now: S; leftMs: number; next?: S; changesAt: number }
  | { state: 'between'; next: S; changesAt: number }
  | { state: 'after'; last: S };

/** When the answer next changes (a round starts or ends); undefined when it never will. */
export function nextChange(m: Moment<Timed>): number | undefined {
  return 'changesAt' in m ? m.changesAt : undefined;
}

export function momentAt<S extends Timed>(stops: readonly S[], at: number): Moment<S> {
  if (stops.length === 0) return { state: 'empty' };
  const i = stops.findIndex((s) => at < s.end);
  if (i === -1) return { state: 'after', last: stops[stops.length - 1] };
  const stop = stops[i];
  if (at >= stop.start) return { state: 'meeting', now: stop, leftMs: stop.end - at, next: stops[i + 1], changesAt: stop.end };
  return i === 0 ? { state: 'before', next: stop, changesAt: stop.start } : { state: 'between', next: stop, changesAt: stop.start };
}

function tableRef(problem: Problem, index: number): TableRef {
  const t = problem.tables[index];
  const location = t.location ?? problem.event.location;
  return { id: t.id, name: t.name, location, isLink: location !== undefined && /^https?:\/\//i.test(location) };
}

/** The group's meetings, in time order; undefined for a group the plan does not know. */
export function groupStops(problem: Problem, meetings: readonly Meeting[], groupId: string): GroupStop[] | undefined {
  const group = problem.groups.find((g) => g.id === groupId);
  if (!group) return undefined;
  return meetings
    .filter((m) => m.group === group.index)
    .sort((a, b) => a.round - b.round)
    .map((m) => {
      const round = problem.rounds[m.round];
      const e = problem.experts[m.expert];
      return {
        roundId: round.id,
        start: round.start,
        end: round.end,
        table: tableRef(problem, m.table),
        expert: { id: e.id, name: e.name, organization: e.organization, themes: e.themes },
      };
    });
}

/** A round the group is there for but has no meeting in: a break, free time (said on the member's page). */
export interface FreeStop extends Timed {
  roundId: string;
  free: true;
}

/** A member's day: each round of the group's, a meeting or free time. */
export type MemberSlot = GroupStop | FreeStop;

export const isFree = (s: MemberSlot): s is FreeStop => 'free' in s;

/** The group's meetings and its free rounds (present, no meeting), in time order; undefined for a group the plan does not know. */
export function groupDay(problem: Problem, meetings: readonly Meeting[], groupId: string): MemberSlot[] | undefined {
  const stops = groupStops(problem, meetings, groupId);
  if (!stops) return undefined;
  const group = problem.groups.find((g) => g.id === groupId)!;
  const met = new Set(stops.map((s) => s.roundId));
  const free: FreeStop[] = problem.rounds
    .filter((r) => group.available[r.index] && !met.has(r.id))
    .map((r) => ({ roundId: r.id, start: r.start, end: r.end, free: true }));
  return [...stops, ...free].sort((a, b) => a.start - b.start);
}

/** The expert's rounds with groups, in time order (several groups when the expert takes more than one a round). */
export function expertStops(problem: Problem, meetings: readonly Meeting[], expertId: string): ExpertStop[] | undefined {
  const expert = problem.experts.find((e) => e.id === expertId);
  if (!expert) return undefined;
  const byRound = new Map<number, ExpertStop>();
  for (const m of meetings) {
    if (m.expert !== expert.index) continue;
    const round = problem.rounds[m.round];
    const stop = byRound.get(m.round) ?? { roundId: round.id, start: round.start, end: round.end, table: tableRef(problem, m.table), groups: [] };
    const g = problem.groups[m.group];
    stop.groups.push({ id: g.id, name: g.name, size: g.size, themes: g.themes });
    byRound.set(m.round, stop);
  }
  return [...byRound.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

/** The group a member belongs to in the plan's instance. */
export function groupOfMember(problem: Problem, memberId: string): string | undefined {
  return problem.source.groups.find((g) => (g.members ?? []).some((m) => m.id === memberId))?.id;
}
