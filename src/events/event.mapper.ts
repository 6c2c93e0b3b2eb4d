/**
 * An event's rows ⇄ its instance in the exchange format. Fields of the format that have no column
 * (a `role`, a `note`…) travel in `extra`, so importing then exporting gives back what came in.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../engine/format';
import type { Problem } from '../engine/model';
import type { EventEntity } from './entities/event.entity';
import type { EventItemColumns } from './entities/event-item.columns';
import { ExpertEntity } from './entities/expert.entity';
import { ForbiddenPairEntity } from './entities/forbidden-pair.entity';
import { GroupEntity } from './entities/group.entity';
import { MemberEntity } from './entities/member.entity';
import { PinEntity } from './entities/pin.entity';
import { RoundEntity } from './entities/round.entity';
import { TableEntity } from './entities/table.entity';
import { WishEntity } from './entities/wish.entity';

export interface EventRows {
  rounds: RoundEntity[];
  tables: TableEntity[];
  experts: ExpertEntity[];
  groups: GroupEntity[];
  members: MemberEntity[];
  wishes: WishEntity[];
  pins: PinEntity[];
  forbidden: ForbiddenPairEntity[];
}

type Json = Record<string, unknown>;

/** Drops undefined and null fields: the format leaves out what is not set. */
function compact<T extends Json>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}

function rest(o: Json, known: string[]): Json | null {
  const extra = Object.fromEntries(Object.entries(o).filter(([k]) => !known.includes(k)));
  return Object.keys(extra).length ? extra : null;
}

const byPosition = <T extends EventItemColumns>(rows: T[]) => [...rows].sort((a, b) => a.position - b.position);

export function toInstanceFile(event: EventEntity, rows: EventRows): InstanceFile {
  const membersOf = new Map<string, MemberEntity[]>();
  for (const m of byPosition(rows.members)) membersOf.set(m.groupKey, [...(membersOf.get(m.groupKey) ?? []), m]);
  const wishesOf = new Map<string, WishEntity[]>();
  for (const w of byPosition(rows.wishes)) wishesOf.set(w.groupKey, [...(wishesOf.get(w.groupKey) ?? []), w]);

  const instance: InstanceFile = {
    format: 'audition-plan/1',
    event: compact({
      name: event.name,
      timezone: event.timezone,
      location: event.location ?? undefined,
      organizer: event.organizerEmail ? compact({ name: event.organizerName ?? undefined, email: event.organizerEmail }) : undefined,
    }),
    rounds: byPosition(rows.rounds).map((r) => ({ ...r.extra, id: r.key, start: r.start, end: r.end })),
    tables: byPosition(rows.tables).map((t) => compact({ ...t.extra, id: t.key, name: t.name, seats: t.seats, location: t.location })),
    experts: byPosition(rows.experts).map((x) => compact({
      ...x.extra, id: x.key, name: x.name, email: x.email, organization: x.organization, themes: x.themes, rounds: x.rounds,
      maxMeetings: x.maxMeetings, maxConsecutive: x.maxConsecutive, maxGroupsPerRound: x.maxGroupsPerRound, table: x.tableKey,
    }) as ExpertFile),
    groups: byPosition(rows.groups).map((g) => compact({
      ...g.extra, id: g.key, name: g.name, size: g.size, themes: g.themes, rounds: g.rounds, maxMeetings: g.maxMeetings,
      members: g.hasMembers ? (membersOf.get(g.key) ?? []).map((m) => compact({ ...m.extra, id: m.key, name: m.name, email: m.email, phone: m.phone })) : undefined,
      wishes: wishesOf.has(g.key) ? wishesOf.get(g.key)!.map((w) => ({ ...w.extra, expert: w.expertKey, weight: w.weight })) : undefined,
    }) as GroupFile),
    pins: byPosition(rows.pins).map((p) => compact({ ...p.extra, group: p.groupKey, expert: p.expertKey, round: p.roundKey })),
    forbidden: byPosition(rows.forbidden).map((f) => ({ ...f.extra, group: f.groupKey, expert: f.expertKey })),
  };
  if (Object.keys(event.options).length) instance.options = event.options;
  return instance;
}

/** The rows of a valid instance (its `problem` gives the rounds' instants). */
export function toEventRows(eventId: string, instance: InstanceFile, problem: Problem): EventRows {
  const base = <T extends EventItemColumns>(row: T, position: number, source: Json, known: string[]): T =>
    Object.assign(row, { eventId, position, extra: rest(source, known) });
  const rows: EventRows = { rounds: [], tables: [], experts: [], groups: [], members: [], wishes: [], pins: [], forbidden: [] };
  instance.rounds.forEach((r, i) => {
    rows.rounds.push(Object.assign(base(new RoundEntity(), i, r, ['id', 'start', 'end']), {
      key: r.id, start: r.start, end: r.end,
      startsAt: new Date(problem.rounds[i].start).toISOString(), endsAt: new Date(problem.rounds[i].end).toISOString(),
    }));
  });
  instance.tables.forEach((t, i) => {
    rows.tables.push(Object.assign(base(new TableEntity(), i, t, ['id', 'name', 'seats', 'location']), {
      key: t.id, name: t.name ?? null, seats: t.seats, location: t.location ?? null,
    }));
  });
  instance.experts.forEach((x, i) => {
    rows.experts.push(Object.assign(base(new ExpertEntity(), i, x as unknown as Json, EXPERT_FIELDS), {
      key: x.id, name: x.name, email: x.email ?? null, organization: x.organization ?? null, themes: x.themes ?? null,
      rounds: x.rounds ?? null, maxMeetings: x.maxMeetings ?? null, maxConsecutive: x.maxConsecutive ?? null,
      maxGroupsPerRound: x.maxGroupsPerRound ?? null, tableKey: x.table ?? null,
    }));
  });
  let memberPosition = 0;
  let wishPosition = 0;
  instance.groups.forEach((g, i) => {
    rows.groups.push(Object.assign(base(new GroupEntity(), i, g as unknown as Json, GROUP_FIELDS), {
      key: g.id, name: g.name, size: g.size, themes: g.themes ?? null, rounds: g.rounds ?? null,
      maxMeetings: g.maxMeetings ?? null, hasMembers: g.members !== undefined,
    }));
    for (const m of g.members ?? []) {
      rows.members.push(Object.assign(base(new MemberEntity(), memberPosition++, m, ['id', 'name', 'email', 'phone']), {
        groupKey: g.id, key: m.id, name: m.name, email: m.email ?? null, phone: m.phone ?? null,
      }));
    }
    for (const w of g.wishes ?? []) {
      rows.wishes.push(Object.assign(base(new WishEntity(), wishPosition++, w, ['expert', 'weight']), { groupKey: g.id, expertKey: w.expert, weight: w.weight }));
    }
  });
  (instance.pins ?? []).forEach((p, i) => {
    rows.pins.push(Object.assign(base(new PinEntity(), i, p, ['group', 'expert', 'round']), { groupKey: p.group, expertKey: p.expert, roundKey: p.round ?? null }));
  });
  (instance.forbidden ?? []).forEach((f, i) => {
    rows.forbidden.push(Object.assign(base(new ForbiddenPairEntity(), i, f, ['group', 'expert']), { groupKey: f.group, expertKey: f.expert }));
  });
  return rows;
}

const EXPERT_FIELDS = ['id', 'name', 'email', 'organization', 'themes', 'rounds', 'maxMeetings', 'maxConsecutive', 'maxGroupsPerRound', 'table'];
const GROUP_FIELDS = ['id', 'name', 'size', 'themes', 'rounds', 'maxMeetings', 'members', 'wishes'];
