/**
 * The first schema. Written with TypeORM's table builder rather than SQL so that the same migration
 * runs on SQLite and on PostgreSQL.
 */
import { type MigrationInterface, type QueryRunner, Table, TableIndex, type TableColumnOptions } from 'typeorm';

const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const json = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const item = [serial, text('eventId', 36), int('position'), json('extra', true)];

const TABLES: { name: string; columns: TableColumnOptions[]; indices?: { columns: string[]; unique?: boolean }[] }[] = [
  {
    name: 'events',
    columns: [
      { ...text('id', 36), isPrimary: true },
      text('name', 300),
      text('timezone', 100),
      text('location', 500, true),
      text('organizerName', 300, true),
      text('organizerEmail', 300, true),
      json('options'),
      int('revision'),
      text('createdAt', 30),
      text('updatedAt', 30),
    ],
  },
  { name: 'rounds', columns: [...item, text('key', 100), text('start', 16), text('end', 16), text('startsAt', 30), text('endsAt', 30)] },
  { name: 'tables', columns: [...item, text('key', 100), text('name', 300, true), int('seats'), text('location', 1000, true)] },
  {
    name: 'experts',
    columns: [
      ...item,
      text('key', 100),
      text('name', 300),
      text('email', 300, true),
      text('organization', 300, true),
      json('themes', true),
      json('rounds', true),
      int('maxMeetings', true),
      int('maxConsecutive', true),
      int('maxGroupsPerRound', true),
      text('tableKey', 100, true),
    ],
  },
  {
    name: 'groups',
    columns: [
      ...item,
      text('key', 100),
      text('name', 300),
      int('size'),
      json('themes', true),
      json('rounds', true),
      int('maxMeetings', true),
      { name: 'hasMembers', type: 'boolean' },
    ],
  },
  { name: 'members', columns: [...item, text('groupKey', 100), text('key', 100), text('name', 300), text('email', 300, true), text('phone', 100, true)] },
  { name: 'wishes', columns: [...item, text('groupKey', 100), text('expertKey', 100), int('weight')] },
  { name: 'pins', columns: [...item, text('groupKey', 100), text('expertKey', 100), text('roundKey', 100, true)] },
  { name: 'forbidden_pairs', columns: [...item, text('groupKey', 100), text('expertKey', 100)] },
  {
    name: 'schedule_versions',
    columns: [
      { ...text('id', 36), isPrimary: true },
      text('eventId', 36),
      int('number'),
      text('status', 20),
      text('origin', 20),
      int('basedOn', true),
      json('instance'),
      text('inputHash', 64),
      text('meetingsHash', 64),
      text('engine', 50),
      int('seed', true),
      int('iterations', true),
      json('metrics'),
      json('unmetWishes'),
      json('quality', true),
      int('revision'),
      text('createdAt', 30),
      text('publishedAt', 30, true),
    ],
    indices: [{ columns: ['eventId', 'number'], unique: true }],
  },
  {
    name: 'meetings',
    columns: [serial, text('versionId', 36), text('roundKey', 100), text('tableKey', 100), text('expertKey', 100), text('groupKey', 100)],
    indices: [{ columns: ['versionId'] }],
  },
  {
    name: 'generation_jobs',
    columns: [
      { ...text('id', 36), isPrimary: true },
      text('eventId', 36),
      text('status', 20),
      int('seed'),
      int('timeLimitMs'),
      json('progress', true),
      json('problems', true),
      int('versionNumber', true),
      text('createdAt', 30),
      text('finishedAt', 30, true),
    ],
  },
  {
    name: 'settings',
    columns: [
      { ...text('key', 100), isPrimary: true },
      { name: 'value', type: 'text' },
    ],
  },
];

const ITEM_TABLES = ['rounds', 'tables', 'experts', 'groups', 'members', 'wishes', 'pins', 'forbidden_pairs'];

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const t of TABLES) {
      const indices = [...(t.indices ?? []), ...(ITEM_TABLES.includes(t.name) ? [{ columns: ['eventId', 'position'] }] : [])];
      await runner.createTable(
        new Table({
          name: t.name,
          columns: t.columns,
          indices: indices.map((i) => new TableIndex({ name: `IDX_${t.name}_${i.columns.join('_')}`, columnNames: i.columns, isUnique: i.unique ?? false })),
        }),
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const t of [...TABLES].reverse()) await runner.dropTable(t.name);
  }
}
