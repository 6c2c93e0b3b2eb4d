/**
 * One set of database options for the service, the tests and the TypeORM CLI: SQLite in the data
 * folder by default (WAL mode, so readers do not wait for the writer), PostgreSQL when DATABASE_URL
 * is set. The schema only ever changes through migrations, run at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { message } from '../i18n';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { inBothLanguages } from './storage-errors';

export const SQLITE_FILE = 'carrousel.sqlite';

/** How long a write waits for another process's SQLite lock before it is refused as busy (DATABASE_BUSY_TIMEOUT_MS). */
const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (config.databaseUrl) return { type: 'postgres', url: config.databaseUrl, ...common };
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = path.join(config.dataDir, SQLITE_FILE);
  ownerOnly(database);
  // No busyErrorRetry: TypeORM would retry a busy write every 200 ms for ever; SQLite waits up to busyTimeout itself.
  return { type: 'sqlite', database, enableWAL: true, busyTimeout: busyTimeoutFrom(env), ...common };
}

export function busyTimeoutOf(options: DataSourceOptions): number {
  return (options as { busyTimeout?: number }).busyTimeout ?? DEFAULT_BUSY_TIMEOUT_MS;
}

function busyTimeoutFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.DATABASE_BUSY_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_BUSY_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isSafeInteger(ms) || ms < 1) throw new Error(inBothLanguages(message('storage.bad_busy_timeout', { value: raw })));
  return ms;
}

/**
 * The database holds personal data and the links' secrets: readable by the service's user only.
 * The file is made 0600 before SQLite opens it; SQLite gives its -wal and -shm files the mode of
 * the database file, and those left by an older version are narrowed too.
 */
function ownerOnly(database: string): void {
  fs.closeSync(fs.openSync(database, 'a', 0o600));
  for (const file of [database, `${database}-wal`, `${database}-shm`]) {
    if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  }
}
