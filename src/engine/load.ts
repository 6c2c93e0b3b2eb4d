/**
 * Reading an instance: shape (JSON schema), then every meaning check of the spec, all reported at
 * once so the organizer fixes the file in one pass; on success, the normalised `Problem`.
 * The checks read the raw JSON defensively: they also run when the shape is wrong, and skip what
 * the schema already reported.
 */
import { DateTime, IANAZone } from 'luxon';
import type { InstanceFile } from './format';
import type { Expert, Group, InstanceError, LoadResult, Meeting, Problem, Round } from './model';
import { inEnglish } from './messages';
import { type Message, message, type MessageParams } from './messages/message';
import { checkInstanceShape } from './schema/validate';

type ObjectKind = 'round' | 'table' | 'expert' | 'group';

export const DEFAULT_TIMEZONE = 'Europe/Paris';
/** Format 1.1: a gap of half an hour between two rounds ends a run of consecutive meetings. */
export const DEFAULT_PAUSE_MINUTES = 30;

/** `rounds[3].end: the end … is before …`: how an instance error reads on the command line and in logs (English). */
export function describeInstanceError(error: InstanceError): string {
  return error.path ? `${error.path}: ${inEnglish(error.said)}` : inEnglish(error.said);
}

/** Each error where it is and what is wrong: the shape the service's refusals list their fields in, worded at the edge. */
export function instanceErrorFields(errors: InstanceError[]): { path: string; message: InstanceError['said'] }[] {
  return errors.map((e) => ({ path: e.path, message: e.said }));
}

export function loadInstance(json: unknown): LoadResult {
  const report = new Report();
  report.errors.push(...checkInstanceShape(json));
  if (!isRecord(json)) return { ok: false, errors: report.errors, warnings: report.warnings };

  const ids = checkIds(json, report);
  const instants = checkTimes(json, report);
  checkReferences(json, ids, report);
  checkGroups(json, report);

  if (report.errors.length > 0 || !instants) return { ok: false, errors: report.errors, warnings: report.warnings };
  return { ok: true, problem: buildProblem(json as unknown as InstanceFile, instants), warnings: report.warnings };
}

class Report {
  readonly errors: InstanceError[] = [];
  readonly warnings: InstanceError[] = [];
  error(path: string, code: string, params?: MessageParams): void {
    this.errors.push({ path, said: message(code, params) });
  }
  warn(path: string, code: string, params?: MessageParams): void {
    this.warnings.push({ path, said: message(code, params) });
  }
}

type Json = Record<string, unknown>;

function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The items of a list field, each with its position; non-objects are skipped (the schema reported them). */
function items(parent: unknown, field: string): [Json, number][] {
  const list = isRecord(parent) ? parent[field] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((x, i): [Json, number][] => (isRecord(x) ? [[x, i]] : []));
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

// ---------------------------------------------------------------------------------------------
// Ids

interface Ids {
  rounds: Map<string, number>;
  tables: Map<string, number>;
  experts: Map<string, number>;
  groups: Map<string, number>;
}

function checkIds(json: Json, report: Report): Ids {
  const index = (field: keyof Ids, kind: ObjectKind): Map<string, number> => {
    const seen = new Map<string, number>();
    for (const [x, i] of items(json, field)) {
      const id = str(x.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first !== undefined) {
        report.error(`${field}[${i}].id`, 'instance.duplicate_id', { kind, id, first: `${field}[${first}]` });
      } else seen.set(id, i);
    }
    return seen;
  };
  const ids: Ids = {
    rounds: index('rounds', 'round'),
    tables: index('tables', 'table'),
    experts: index('experts', 'expert'),
    groups: index('groups', 'group'),
  };
  // A member id is a personal mobile link: unique over the whole instance, not only in its group.
  const members = new Map<string, string>();
  for (const [group, g] of items(json, 'groups')) {
    for (const [member, m] of items(group, 'members')) {
      const id = str(member.id);
      if (id === undefined) continue;
      const path = `groups[${g}].members[${m}]`;
      const first = members.get(id);
      if (first !== undefined) report.error(`${path}.id`, 'instance.duplicate_member_id', { id, first });
      else members.set(id, path);
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Time zone and rounds

interface Instant {
  start: number;
  end: number;
}

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

type WallTime = { ok: true; ms: number; ambiguous: boolean } | { ok: false; said: Message };

/** A wall time read in the zone. Luxon silently moves a time in the spring gap: detect it by writing it back. */
export function readWallTime(wall: string, zone: string): WallTime {
  const time = DateTime.fromISO(wall, { zone });
  if (!time.isValid) return { ok: false, said: message('instance.not_a_time', { wall }) };
  const written = time.toFormat("yyyy-MM-dd'T'HH:mm");
  if (written !== wall) return { ok: false, said: message('instance.time_in_gap', { wall, zone, read: written }) };
  // The repeated hour of October is read as its first occurrence, as RFC 5545 §3.3.5 reads it (luxon picks the second).
  const offsets = time.getPossibleOffsets();
  return { ok: true, ms: Math.min(...offsets.map((o) => o.toMillis())), ambiguous: offsets.length > 1 };
}

/** Instants of every round, or undefined when some cannot be read (already reported). */
function checkTimes(json: Json, report: Report): Instant[] | undefined {
  const event = isRecord(json.event) ? json.event : {};
  const zone = event.timezone === undefined ? DEFAULT_TIMEZONE : str(event.timezone);
  if (zone === undefined) return undefined;
  if (!IANAZone.isValidZone(zone)) {
    report.error('event.timezone', 'instance.unknown_zone', { zone });
    return undefined;
  }
  const rounds = Array.isArray(json.rounds) ? json.rounds : [];
  const instants: Instant[] = [];
  let complete = true;
  let previous: { end: number; endWall: string } | undefined;
  rounds.forEach((round: unknown, i) => {
    const start = readRoundTime(round, 'start', i, zone, report);
    const end = readRoundTime(round, 'end', i, zone, report);
    if (start === undefined || end === undefined) {
      complete = false;
      return;
    }
    const r = round as Json;
    if (end <= start) report.error(`rounds[${i}].end`, 'instance.end_not_after_start', { end: String(r.end), start: String(r.start) });
    // Equal is fine: a round may start exactly when the previous one ends.
    if (previous && start < previous.end)
      report.error(`rounds[${i}].start`, 'instance.rounds_overlap', { start: String(r.start), previousEnd: previous.endWall });
    instants.push({ start, end });
    if (!previous || end >= previous.end) previous = { end, endWall: String(r.end) };
  });
  return complete ? instants : undefined;
}

function readRoundTime(round: unknown, field: 'start' | 'end', i: number, zone: string, report: Report): number | undefined {
  const wall = isRecord(round) ? str(round[field]) : undefined;
  if (wall === undefined || !WALL_TIME.test(wall)) return undefined;
  const time = readWallTime(wall, zone);
  if (!time.ok) {
    report.errors.push({ path: `rounds[${i}].${field}`, said: time.said });
    return undefined;
  }
  if (time.ambiguous) {
    report.warn(`rounds[${i}].${field}`, 'instance.time_twice', { wall, zone });
  }
  return time.ms;
}

// ---------------------------------------------------------------------------------------------
// References

function checkReferences(json: Json, ids: Ids, report: Report): void {
  const ref = (value: unknown, known: Map<string, number>, what: ObjectKind, path: string): void => {
    // Non-strings were reported by the schema.
    if (typeof value === 'string' && !known.has(value)) report.error(path, 'instance.unknown_ref', { kind: what, id: value });
  };
  const refList = (value: unknown, known: Map<string, number>, what: ObjectKind, path: string): void => {
    if (Array.isArray(value)) value.forEach((id, j) => ref(id, known, what, `${path}[${j}]`));
  };

  for (const [table, i] of items(json, 'tables')) {
    if (table.closedFrom !== undefined && typeof table.closedFrom !== 'string') report.error(`tables[${i}].closedFrom`, 'instance.round_id_expected');
    ref(table.closedFrom, ids.rounds, 'round', `tables[${i}].closedFrom`);
  }
  for (const [expert, i] of items(json, 'experts')) {
    refList(expert.rounds, ids.rounds, 'round', `experts[${i}].rounds`);
    ref(expert.table, ids.tables, 'table', `experts[${i}].table`);
  }
  for (const [group, i] of items(json, 'groups')) {
    refList(group.rounds, ids.rounds, 'round', `groups[${i}].rounds`);
    for (const [wish, j] of items(group, 'wishes')) ref(wish.expert, ids.experts, 'expert', `groups[${i}].wishes[${j}].expert`);
  }
  for (const [pin, i] of items(json, 'pins')) {
    ref(pin.group, ids.groups, 'group', `pins[${i}].group`);
    ref(pin.expert, ids.experts, 'expert', `pins[${i}].expert`);
    ref(pin.round, ids.rounds, 'round', `pins[${i}].round`);
  }
  for (const [pair, i] of items(json, 'forbidden')) {
    ref(pair.group, ids.groups, 'group', `forbidden[${i}].group`);
    ref(pair.expert, ids.experts, 'expert', `forbidden[${i}].expert`);
  }
  if (isRecord(json.replan)) {
    ref(json.replan.from, ids.rounds, 'round', 'replan.from');
    for (const [meeting, i] of items(json.replan, 'baseline')) {
      const path = `replan.baseline[${i}]`;
      ref(meeting.round, ids.rounds, 'round', `${path}.round`);
      ref(meeting.table, ids.tables, 'table', `${path}.table`);
      ref(meeting.expert, ids.experts, 'expert', `${path}.expert`);
      ref(meeting.group, ids.groups, 'group', `${path}.group`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Groups: size against members, one wish per expert

function checkGroups(json: Json, report: Report): void {
  const names = new Map(
    items(json, 'experts').flatMap(([x]): [string, string][] => (typeof x.id === 'string' && typeof x.name === 'string' ? [[x.id, x.name]] : [])),
  );
  for (const [group, i] of items(json, 'groups')) {
    const members = group.members;
    if (Array.isArray(members) && Number.isInteger(group.size) && members.length !== group.size) {
      report.error(`groups[${i}].size`, 'instance.size_mismatch', { size: Number(group.size), members: members.length });
    }
    // Two weights for one expert would make the meeting's value ambiguous.
    const wished = new Map<string, number>();
    for (const [wish, j] of items(group, 'wishes')) {
      const expert = str(wish.expert);
      if (expert === undefined) continue;
      const first = wished.get(expert);
      if (first !== undefined) {
        report.error(`groups[${i}].wishes[${j}].expert`, 'instance.second_wish', { expert: names.get(expert) ?? expert, first });
      } else wished.set(expert, j);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The normalised problem (the instance is known to be valid here)

function buildProblem(file: InstanceFile, instants: Instant[]): Problem {
  const roundIndex = new Map(file.rounds.map((r, i) => [r.id, i]));
  const tableIndex = new Map(file.tables.map((t, i) => [t.id, i]));
  const expertIndex = new Map(file.experts.map((e, i) => [e.id, i]));
  const groupIndex = new Map(file.groups.map((g, i) => [g.id, i]));
  const at = (map: Map<string, number>, id: string): number => map.get(id) as number;

  const pauseMs = (file.options?.pauseMinutes ?? DEFAULT_PAUSE_MINUTES) * 60_000;
  const rounds: Round[] = file.rounds.map((r, index) => ({
    index,
    id: r.id,
    startWall: r.start,
    endWall: r.end,
    start: instants[index].start,
    end: instants[index].end,
    // Instants, not wall times: 01:59 to 03:00 on the spring-forward night is one minute.
    followsWithoutPause: index > 0 && instants[index].start - instants[index - 1].end < pauseMs,
  }));
  // No `rounds` field: every round; `rounds: []`: none (an expert who does not come).
  const presence = (ids: string[] | undefined): boolean[] => {
    if (ids === undefined) return rounds.map(() => true);
    const present = rounds.map(() => false);
    for (const id of ids) present[at(roundIndex, id)] = true;
    return present;
  };
  const count = (present: boolean[]): number => present.filter(Boolean).length;

  const tables = file.tables.map((t, index) => ({
    index,
    id: t.id,
    name: t.name ?? t.id,
    seats: t.seats,
    location: t.location,
    closedFrom: t.closedFrom === undefined ? rounds.length : at(roundIndex, t.closedFrom),
  }));
  const experts: Expert[] = file.experts.map((e, index) => {
    const available = presence(e.rounds);
    return {
      index,
      id: e.id,
      name: e.name,
      organization: e.organization,
      email: e.email,
      themes: e.themes ?? [],
      available,
      roundCount: count(available),
      maxMeetings: e.maxMeetings ?? Infinity,
      maxConsecutive: e.maxConsecutive ?? Infinity,
      maxGroupsPerRound: e.maxGroupsPerRound ?? 1,
      table: e.table === undefined ? -1 : at(tableIndex, e.table),
    };
  });
  const groups: Group[] = file.groups.map((g, index) => {
    const available = presence(g.rounds);
    return {
      index,
      id: g.id,
      name: g.name,
      size: g.size,
      themes: g.themes ?? [],
      available,
      roundCount: count(available),
      maxMeetings: g.maxMeetings ?? Infinity,
      slots: Math.min(count(available), g.maxMeetings ?? Infinity),
      wishes: (g.wishes ?? []).map((w) => ({ expert: at(expertIndex, w.expert), weight: w.weight })),
    };
  });

  const options = {
    minMeetingsPerExpert: file.options?.minMeetingsPerExpert ?? 1,
    themeMatchWeight: file.options?.themeMatchWeight ?? 1,
    objective: file.options?.objective ?? 'fair',
    pauseMinutes: file.options?.pauseMinutes ?? DEFAULT_PAUSE_MINUTES,
    seed: file.options?.seed ?? 1,
    timeLimitMs: file.options?.timeLimitMs,
  };
  const value = groups.map((g) => experts.map((e) => meetingValue(g, e, options.themeMatchWeight)));
  const forbidden = groups.map(() => experts.map(() => false));
  for (const pair of file.forbidden ?? []) forbidden[at(groupIndex, pair.group)][at(expertIndex, pair.expert)] = true;

  const toMeeting = (m: { round: string; table: string; expert: string; group: string }): Meeting => ({
    round: at(roundIndex, m.round),
    table: at(tableIndex, m.table),
    expert: at(expertIndex, m.expert),
    group: at(groupIndex, m.group),
  });

  return {
    source: file,
    event: {
      name: file.event.name,
      timezone: file.event.timezone ?? DEFAULT_TIMEZONE,
      location: file.event.location,
      organizer: file.event.organizer,
    },
    rounds,
    tables,
    experts,
    groups,
    value,
    potential: groups.map((g) => potentialOf(value[g.index], g.slots)),
    forbidden,
    pins: (file.pins ?? []).map((p, index) => ({
      index,
      group: at(groupIndex, p.group),
      expert: at(expertIndex, p.expert),
      round: p.round === undefined ? -1 : at(roundIndex, p.round),
    })),
    options,
    replan: file.replan && { from: at(roundIndex, file.replan.from), baseline: file.replan.baseline.map(toMeeting) },
  };
}

/** An explicit wish replaces the theme match, even when it is worth less. */
function meetingValue(group: Group, expert: Expert, themeMatchWeight: number): number {
  const wish = group.wishes.find((w) => w.expert === expert.index);
  if (wish) return wish.weight;
  return group.themes.some((t) => expert.themes.includes(t)) ? themeMatchWeight : 0;
}

/** P of the spec: the k best values over every expert of the instance, also forbidden or absent ones. */
function potentialOf(values: number[], k: number): number {
  return [...values]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, v) => sum + v, 0);
}
