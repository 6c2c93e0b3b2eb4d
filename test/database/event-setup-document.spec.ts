/**
 * The migration that folds an event's eight row tables into its setup document, on a real
 * database (a SQLite file, or the PostgreSQL of TEST_DATABASE_URL) made by the migrations before
 * it and holding rows as the row-table code wrote them: the instance read after the migration is
 * the one stored before, every id and extra field kept, and the row tables are gone.
 */
import { EventSetupDocument1764800000000 } from '../../src/database/migrations/1764800000000-event-setup-document';
import type { InstanceFile } from '../../src/engine';
import { generateInstance } from '../../src/engine';
import { EventEntity } from '../../src/events/entities/event.entity';
import { toInstanceFile } from '../../src/events/event.mapper';
import { insert, migrationDatabase, type Row } from './migration-database';

/** The rows the row-table code stored for an instance (fields without a column in `extra`, as JSON text). */
function oldRows(eventId: string, instance: InstanceFile): Record<string, Row[]> {
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  const rest = (o: object, known: string[]) => {
    const extra = Object.fromEntries(Object.entries(o).filter(([k]) => !known.includes(k)));
    return Object.keys(extra).length ? JSON.stringify(extra) : null;
  };
  const base = (position: number, o: object, known: string[]) => ({ eventId, position, extra: rest(o, known) });
  const rows: Record<string, Row[]> = { rounds: [], tables: [], experts: [], groups: [], members: [], wishes: [], pins: [], forbidden_pairs: [] };
  instance.rounds.forEach((r, i) =>
    rows.rounds.push({
      ...base(i, r, ['id', 'start', 'end']),
      key: r.id,
      start: r.start,
      end: r.end,
      startsAt: '2021-01-22T17:00:00.000Z',
      endsAt: '2021-01-22T17:20:00.000Z',
    }),
  );
  instance.tables.forEach((t, i) =>
    rows.tables.push({ ...base(i, t, ['id', 'name', 'seats', 'location']), key: t.id, name: t.name ?? null, seats: t.seats, location: t.location ?? null }),
  );
  instance.experts.forEach((x, i) =>
    rows.experts.push({
      ...base(i, x, ['id', 'name', 'email', 'organization', 'themes', 'rounds', 'maxMeetings', 'maxConsecutive', 'maxGroupsPerRound', 'table']),
      key: x.id,
      name: x.name,
      email: x.email ?? null,
      organization: x.organization ?? null,
      themes: json(x.themes),
      rounds: json(x.rounds),
      maxMeetings: x.maxMeetings ?? null,
      maxConsecutive: x.maxConsecutive ?? null,
      maxGroupsPerRound: x.maxGroupsPerRound ?? null,
      tableKey: x.table ?? null,
    }),
  );
  instance.groups.forEach((g, i) => {
    rows.groups.push({
      ...base(i, g, ['id', 'name', 'size', 'themes', 'rounds', 'maxMeetings', 'members', 'wishes']),
      key: g.id,
      name: g.name,
      size: g.size,
      themes: json(g.themes),
      rounds: json(g.rounds),
      maxMeetings: g.maxMeetings ?? null,
      hasMembers: g.members !== undefined,
    });
    for (const m of g.members ?? []) {
      rows.members.push({
        ...base(rows.members.length, m, ['id', 'name', 'email', 'phone']),
        groupKey: g.id,
        key: m.id,
        name: m.name,
        email: m.email ?? null,
        phone: m.phone ?? null,
      });
    }
    for (const w of g.wishes ?? [])
      rows.wishes.push({ ...base(rows.wishes.length, w, ['expert', 'weight']), groupKey: g.id, expertKey: w.expert, weight: w.weight });
  });
  (instance.pins ?? []).forEach((p, i) =>
    rows.pins.push({ ...base(i, p, ['group', 'expert', 'round']), groupKey: p.group, expertKey: p.expert, roundKey: p.round ?? null }),
  );
  (instance.forbidden ?? []).forEach((f, i) => rows.forbidden_pairs.push({ ...base(i, f, ['group', 'expert']), groupKey: f.group, expertKey: f.expert }));
  return rows;
}

/** A generated convention with what the row tables kept in `extra`, members without e-mail, a group with an empty member list, pins and a forbidden pair. */
function stored(seed: number, name: string): InstanceFile {
  const instance = generateInstance({ family: 'nantes', seed });
  instance.event = { name, timezone: 'Europe/Paris', location: 'Zoom', organizer: { name: 'Mission dialogue citoyen', email: 'dialogue@example.org' } };
  instance.experts[0] = { ...instance.experts[0], role: 'élue' } as InstanceFile['experts'][number];
  instance.groups[0].members = [
    { id: 'm-ana', name: 'Ana Martin', phone: '06 00 00 00 00' },
    { id: 'm-zoe', name: 'Zoé Petit', email: 'zoe@example.org' },
  ];
  instance.groups[1].members = [];
  delete instance.groups[2].members;
  instance.groups[3].wishes = [{ expert: instance.experts[1].id, weight: 3, note: 'priorité 1' } as never];
  instance.tables[0] = { ...instance.tables[0], location: 'https://visio.example.org/1', building: 'B' } as InstanceFile['tables'][number];
  instance.pins = [
    { group: instance.groups[4].id, expert: instance.experts[2].id },
    { group: instance.groups[5].id, expert: instance.experts[3].id, round: instance.rounds[1].id },
  ];
  instance.forbidden = [{ group: instance.groups[6].id, expert: instance.experts[4].id }];
  instance.options = { objective: 'fair', seed: seed };
  return instance;
}

describe('folding the row tables into one setup document per event', () => {
  it('gives back every event’s instance as it was stored, ids and extra fields included, and drops the row tables', async () => {
    const database = await migrationDatabase();
    const events = [
      { id: 'ev-1', instance: stored(1, 'Auditions de Nantes') },
      { id: 'ev-2', instance: stored(2, 'Auditions de Rezé') },
    ];
    try {
      const before = await database.before(EventSetupDocument1764800000000);
      for (const { id, instance } of events) {
        const e = instance.event;
        await insert(before, 'events', [
          {
            id,
            name: e.name,
            timezone: e.timezone,
            location: e.location,
            organizerName: e.organizer?.name,
            organizerEmail: e.organizer?.email,
            options: JSON.stringify(instance.options),
            revision: 7,
            createdAt: '2026-11-01T10:00:00.000Z',
            updatedAt: '2026-11-02T10:00:00.000Z',
          },
        ]);
        for (const [table, rows] of Object.entries(oldRows(id, instance))) {
          await insert(before, table, rows);
        }
      }
      await before.destroy();

      const after = await database.after();
      try {
        expect((await after.runMigrations()).map((m) => m.name)).toContain('EventSetupDocument1764800000000');
        for (const { id, instance } of events) {
          const event = await after.manager.findOneByOrFail(EventEntity, { id });
          expect(event.revision).toBe(7);
          expect(toInstanceFile(event)).toEqual(instance);
        }
        const tables = (await after.createQueryRunner().getTables(['rounds', 'experts', 'groups', 'members', 'wishes', 'forbidden_pairs'])).map((t) => t.name);
        expect(tables).toEqual([]);
      } finally {
        await after.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
