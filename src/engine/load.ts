/**
 * Reading an instance: shape (JSON schema), then every meaning check of the spec, all reported at
 * once so the organizer fixes the file in one pass; on success, the normalised `Problem`.
 * The checks read the raw JSON defensively: they also run when the shape is wrong, and skip what
 * the schema already reported.
 */
import { DateTime, IANAZone } from 'luxon';
import type { InstanceFile } from './format';
import type { Expert, Group, InstanceError, LoadResult, Meeting, Problem, Round } from './model';
import { bothLanguages, type ObjectKind, unknownFr } from './french';
import { checkInstanceShape } from './schema/validate';

export const DEFAULT_TIMEZONE = 'Europe/Paris';
/** Format 1.1: a gap of half an hour between two rounds ends a run of consecutive meetings. */
export const DEFAULT_PAUSE_MINUTES = 30;

/** `rounds[3].end: ends at …`: how an instance error reads in a message or a log. */
export function describeInstanceError(error: InstanceError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** French first, then English, the way the service words what it refuses. */
export function describeInstanceErrorBilingual(error: InstanceError): string {
  return bothLanguages({ fr: error.path ? `${error.path} : ${error.fr}` : error.fr, message: describeInstanceError(error) });
}

/** Each error where it is and what is wrong, French first: the shape the service's refusals list their fields in. */
export function instanceErrorFields(errors: InstanceError[]): { path: string; message: string }[] {
  return errors.map((e) => ({ path: e.path, message: describeInstanceErrorBilingual(e) }));
}

export function loadInstance(json: unknown): LoadResult {
  const report = new Report();
  // The schema validator words its findings in English only.
  for (const e of checkInstanceShape(json)) report.error(e.path, e.message, e.fr);
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
  error(path: string, message: string, fr: string): void {
    this.errors.push({ path, message, fr });
  }
  warn(path: string, message: string, fr: string): void {
    this.warnings.push({ path, message, fr });
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
  const index = (field: keyof Ids, what: ObjectKind): Map<string, number> => {
    const seen = new Map<string, number>();
    for (const [x, i] of items(json, field)) {
      const id = str(x.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first !== undefined) {
        report.error(`${field}[${i}].id`, `duplicate ${what} id "${id}" (already used by ${field}[${first}])`, `identifiant « ${id} » en double (déjà pris par ${field}[${first}])`);
      }
      else seen.set(id, i);
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
      if (first !== undefined) report.error(`${path}.id`, `duplicate member id "${id}" (already used by ${first})`, `identifiant de membre « ${id} » en double (déjà pris par ${first})`);
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

type WallTime = { ok: true; ms: number; ambiguous: boolean } | { ok: false; message: string; fr: string };

/** A wall time read in the zone. Luxon silently moves a time in the spring gap: detect it by writing it back. */
export function readWallTime(wall: string, zone: string): WallTime {
  const time = DateTime.fromISO(wall, { zone });
  if (!time.isValid) {
    const why = time.invalidExplanation ?? time.invalidReason;
    return { ok: false, message: `"${wall}" is not a real date and time (${why})`, fr: `« ${wall} » n’est pas une date et heure réelle (${why})` };
  }
  const written = time.toFormat("yyyy-MM-dd'T'HH:mm");
  if (written !== wall) {
    return {
      ok: false,
      message: `"${wall}" does not exist in ${zone}: the clocks jump forward at that hour (it would be read as ${written}); choose another time`,
      fr: `« ${wall} » n’existe pas dans le fuseau ${zone} : on avance les horloges à cette heure (elle serait lue ${written}) ; choisissez une autre heure`,
    };
  }
  return { ok: true, ms: time.toMillis(), ambiguous: time.getPossibleOffsets().length > 1 };
}

/** Instants of every round, or undefined when some cannot be read (already reported). */
function checkTimes(json: Json, report: Report): Instant[] | undefined {
  const event = isRecord(json.event) ? json.event : {};
  const zone = event.timezone === undefined ? DEFAULT_TIMEZONE : str(event.timezone);
  if (zone === undefined) return undefined;
  if (!IANAZone.isValidZone(zone)) {
    report.error('event.timezone', `unknown time zone "${zone}" (expected an IANA name such as "Europe/Paris")`, `fuseau horaire « ${zone} » inconnu (attendu : un nom IANA comme « Europe/Paris »)`);
    return undefined;
  }
  const rounds = Array.isArray(json.rounds) ? json.rounds : [];
  const instants: Instant[] = [];
  let complete = true;
  let previous: { id: string; end: number; endWall: string } | undefined;
  rounds.forEach((round: unknown, i) => {
    const start = readRoundTime(round, 'start', i, zone, report);
    const end = readRoundTime(round, 'end', i, zone, report);
    if (start === undefined || end === undefined) {
      complete = false;
      return;
    }
    const r = round as Json;
    const id = String(r.id);
    if (end <= start) {
      report.error(
        `rounds[${i}].end`,
        `${String(r.end)} is before or equal to the start ${String(r.start)} of round "${id}"`,
        `${String(r.end)} n’est pas après le début ${String(r.start)} du tour « ${id} »`,
      );
    }
    // Equal is fine: a round may start exactly when the previous one ends.
    if (previous && start < previous.end) {
      report.error(
        `rounds[${i}].start`,
        `round "${id}" starts at ${String(r.start)}, before round "${previous.id}" ends (${previous.endWall}): rounds must be listed in time order and must not overlap`,
        `le tour « ${id} » commence à ${String(r.start)}, avant la fin du tour « ${previous.id} » (${previous.endWall}) : les tours doivent être dans l’ordre du temps, sans se chevaucher`,
      );
    }
    instants.push({ start, end });
    if (!previous || end >= previous.end) previous = { id, end, endWall: String(r.end) };
  });
  return complete ? instants : undefined;
}

function readRoundTime(round: unknown, field: 'start' | 'end', i: number, zone: string, report: Report): number | undefined {
  const wall = isRecord(round) ? str(round[field]) : undefined;
  if (wall === undefined || !WALL_TIME.test(wall)) return undefined;
  const time = readWallTime(wall, zone);
  if (!time.ok) {
    report.error(`rounds[${i}].${field}`, time.message, time.fr);
    return undefined;
  }
  if (time.ambiguous) {
    report.warn(
      `rounds[${i}].${field}`,
      `"${wall}" happens twice in ${zone} (the clocks go back at that hour); better avoid it, invitations may show the wrong hour`,
      `« ${wall} » arrive deux fois dans le fuseau ${zone} (on recule les horloges à cette heure) ; mieux vaut l’éviter, les invitations pourraient montrer la mauvaise heure`,
    );
  }
  return time.ms;
}

// ---------------------------------------------------------------------------------------------
// References

function checkReferences(json: Json, ids: Ids, report: Report): void {
  const ref = (value: unknown, known: Map<string, number>, what: ObjectKind, path: string): void => {
    // Non-strings were reported by the schema.
    if (typeof value === 'string' && !known.has(value)) report.error(path, `unknown ${what} "${value}"`, unknownFr(what, value));
  };
  const refList = (value: unknown, known: Map<string, number>, what: ObjectKind, path: string): void => {
    if (Array.isArray(value)) value.forEach((id, j) => ref(id, known, what, `${path}[${j}]`));
  };

  for (const [table, i] of items(json, 'tables')) {
    if (table.closedFrom !== undefined && typeof table.closedFrom !== 'string') report.error(`tables[${i}].closedFrom`, 'must be a round id', 'doit être un identifiant de tour');
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
  for (const [group, i] of items(json, 'groups')) {
    const members = group.members;
    if (Array.isArray(members) && Number.isInteger(group.size) && members.length !== group.size) {
      report.error(
        `groups[${i}].size`,
        `size ${String(group.size)} disagrees with the ${members.length} member${members.length === 1 ? '' : 's'} listed`,
        `la taille ${String(group.size)} ne correspond pas ${members.length > 1 ? `aux ${members.length} membres listés` : `au ${members.length} membre listé`}`,
      );
    }
    // Two weights for one expert would make the meeting's value ambiguous.
    const wished = new Map<string, number>();
    for (const [wish, j] of items(group, 'wishes')) {
      const expert = str(wish.expert);
      if (expert === undefined) continue;
      const first = wished.get(expert);
      if (first !== undefined) {
        report.error(
          `groups[${i}].wishes[${j}].expert`,
          `second wish for expert "${expert}" (already wished in wishes[${first}])`,
          `second souhait pour l’expert « ${expert} » (déjà souhaité dans wishes[${first}])`,
        );
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
    index, id: t.id, name: t.name ?? t.id, seats: t.seats, location: t.location,
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
