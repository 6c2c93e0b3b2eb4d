/**
 * A database for a migration's test: a SQLite file in a temp folder, or a new database on the
 * PostgreSQL server of TEST_DATABASE_URL; brought to the state just before the migration tested,
 * then filled with plain SQL (the entities of that time are gone).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../../src/database/entities';
import { MIGRATIONS } from '../../src/database/migrations';

export type Row = Record<string, unknown>;

export interface MigrationDatabase {
  options: DataSourceOptions;
  /** Open with every migration before `migration`, run. */
  before: (migration: (typeof MIGRATIONS)[number]) => Promise<DataSource>;
  /** Open with every migration (those pending are not run yet). */
  after: () => Promise<DataSource>;
  drop: () => Promise<void>;
}

export async function migrationDatabase(): Promise<MigrationDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  let options: DataSourceOptions;
  let drop: () => Promise<void>;
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-migration-'));
    options = { type: 'sqlite', database: path.join(dir, 'db.sqlite') };
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `carrousel_migration_${randomBytes(6).toString('hex')}`;
    const admin = await new DataSource({ type: 'postgres', url: server }).initialize();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    options = { type: 'postgres', url: url.toString() };
    drop = async () => {
      await admin.query(`DROP DATABASE ${name}`);
      await admin.destroy();
    };
  }
  return {
    options,
    before: async (migration) => {
      const db = await new DataSource({
        ...options,
        entities: [],
        migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration)),
      } as DataSourceOptions).initialize();
      await db.runMigrations();
      return db;
    },
    after: () => new DataSource({ ...options, entities: ENTITIES, migrations: MIGRATIONS } as DataSourceOptions).initialize(),
    drop,
  };
}

/** Plain SQL, one INSERT per table. */
export async function insert(db: DataSource, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  let n = 0;
  const slots = rows.map(() => `(${columns.map(() => (db.options.type === 'postgres' ? `$${++n}` : '?')).join(', ')})`);
  await db.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${slots.join(', ')}`,
    rows.flatMap((r) => columns.map((c) => r[c])),
  );
}
