/**
 * An event's setup becomes one document on its row (`events.setup`: jsonb on PostgreSQL, JSON text
 * on SQLite) instead of eight row tables that every edit deleted and wrote again whole (258 rows
 * on nantes-1 for one wish click). The rows of each event are folded into its document in the
 * exchange format's shape, in their order, with the fields that had no column (`extra`) put back,
 * and every id (rounds, tables, experts, groups, members) exactly as it was: personal links name
 * people by these ids. Then the row tables are dropped.
 */
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

type Row = Record<string, unknown>;
type Item = Record<string, unknown>;

const ROW_TABLES = ['rounds', 'tables', 'experts', 'groups', 'members', 'wishes', 'pins', 'forbidden_pairs'] as const;

export class EventSetupDocument1764800000000 implements MigrationInterface {
  name = 'EventSetupDocument1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.driver.options.type === 'postgres';
    await runner.addColumn('events', new TableColumn({ name: 'setup', type: postgres ? 'jsonb' : 'text', isNullable: true }));
    const param = postgres ? '$1' : '?';
    for (const { id } of (await runner.query('SELECT "id" FROM "events"')) as { id: string }[]) {
      const rows = {} as Record<(typeof ROW_TABLES)[number], Row[]>;
      // One query at a time: a query runner is one connection.
      for (const t of ROW_TABLES) rows[t] = await runner.query(`SELECT * FROM "${t}" WHERE "eventId" = ${param} ORDER BY "position"`, [id]);
      await runner.query(`UPDATE "events" SET "setup" = ${param} WHERE "id" = ${postgres ? '$2' : '?'}`, [JSON.stringify(fold(rows)), id]);
    }
    await runner.changeColumn('events', 'setup', new TableColumn({ name: 'setup', type: postgres ? 'jsonb' : 'text', isNullable: false }));
    for (const t of ROW_TABLES) await runner.dropTable(t, true, true, true);
  }

  /**
   * Not undone: the row tables would have to be rebuilt from documents that may by then hold
   * fields they had no column for. Going back means restoring the backup taken before the upgrade.
   */
  async down(): Promise<void> {
    throw new Error('the setup documents are not turned back into row tables: restore the database backed up before the upgrade');
  }
}

/** What the row tables held for one event, as its setup document (the exchange format's lists). */
function fold(rows: Record<(typeof ROW_TABLES)[number], Row[]>) {
  const byGroup = (list: Row[]) => {
    const of = new Map<string, Row[]>();
    for (const r of list) of.set(String(r.groupKey), [...(of.get(String(r.groupKey)) ?? []), r]);
    return of;
  };
  const membersOf = byGroup(rows.members);
  const wishesOf = byGroup(rows.wishes);
  return {
    rounds: rows.rounds.map((r) => ({ ...extra(r), id: r.key, start: r.start, end: r.end })),
    tables: rows.tables.map((t) => compact({ ...extra(t), id: t.key, name: t.name, seats: t.seats, location: t.location })),
    experts: rows.experts.map((x) =>
      compact({
        ...extra(x),
        id: x.key,
        name: x.name,
        email: x.email,
        organization: x.organization,
        themes: json(x.themes),
        rounds: json(x.rounds),
        maxMeetings: x.maxMeetings,
        maxConsecutive: x.maxConsecutive,
        maxGroupsPerRound: x.maxGroupsPerRound,
        table: x.tableKey,
      }),
    ),
    groups: rows.groups.map((g) =>
      compact({
        ...extra(g),
        id: g.key,
        name: g.name,
        size: g.size,
        themes: json(g.themes),
        rounds: json(g.rounds),
        maxMeetings: g.maxMeetings,
        // SQLite gives the boolean back as 0 or 1.
        members:
          g.hasMembers === true || Number(g.hasMembers) === 1
            ? (membersOf.get(String(g.key)) ?? []).map((m) => compact({ ...extra(m), id: m.key, name: m.name, email: m.email, phone: m.phone }))
            : undefined,
        wishes: wishesOf.get(String(g.key))?.map((w) => ({ ...extra(w), expert: w.expertKey, weight: w.weight })),
      }),
    ),
    pins: rows.pins.map((p) => compact({ ...extra(p), group: p.groupKey, expert: p.expertKey, round: p.roundKey })),
    forbidden: rows.forbidden_pairs.map((f) => ({ ...extra(f), group: f.groupKey, expert: f.expertKey })),
  };
}

/** A JSON text column (TypeORM's simple-json), or null. */
function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function extra(row: Row): Item {
  return (json(row.extra) as Item | null) ?? {};
}

/** Drops the fields left empty: the format leaves out what is not set. */
function compact(o: Item): Item {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}
