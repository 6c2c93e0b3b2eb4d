/**
 * One set of database options for the service, the tests and the TypeORM CLI: SQLite in the data
 * folder by default (WAL mode, so readers do not wait for the writer), PostgreSQL when DATABASE_URL
 * is set. The schema only ever changes through migrations, run at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const SQLITE_FILE = 'carrousel.sqlite';

export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (config.databaseUrl) return { type: 'postgres', url: config.databaseUrl, ...common };
  fs.mkdirSync(config.dataDir, { recursive: true });
  return { type: 'sqlite', database: path.join(config.dataDir, SQLITE_FILE), enableWAL: true, busyErrorRetry: 200, ...common };
}
