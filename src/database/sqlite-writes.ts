import type { DataSource, EntityManager } from 'typeorm';
import { serially } from './serially';

/**
 * A no-op write: run first in a transaction, it takes SQLite's write lock, as BEGIN IMMEDIATE would
 * (TypeORM only sends a plain BEGIN). `settings` exists from the first migration on.
 */
const TAKE_WRITE_LOCK = 'UPDATE "settings" SET "value" = "value" WHERE 0 = 1';

/**
 * SQLite write transactions: one at a time on TypeORM's one connection (a second BEGIN on it fails),
 * each taking the write lock before anything else. Without that, a transaction that reads before
 * it writes, while another process writes the same file, holds a stale snapshot: its write fails
 * with SQLITE_BUSY however often it is tried, and TypeORM tries again forever.
 */
export function sqliteWrites(db: DataSource): <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T> {
  const queue = serially();
  return (work) => queue(() => db.transaction(async (m) => {
    await m.query(TAKE_WRITE_LOCK);
    return work(m);
  }));
}
