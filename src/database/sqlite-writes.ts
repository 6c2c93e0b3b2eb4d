/**
 * SQLite write transactions on TypeORM's one connection, begun, committed and rolled back here
 * rather than by TypeORM: after a failed COMMIT (a full disk) TypeORM's bookkeeping of that
 * connection went out of step with SQLite's (it thought a transaction was still open, or SQLite
 * had already rolled it back and TypeORM's ROLLBACK failed), and every later write was made in a
 * transaction never committed: answered 2xx, lost at restart, the write lock held for good.
 *
 * Here each write is `BEGIN IMMEDIATE` (the write lock first: a transaction that reads before it
 * writes, while another process writes, would hold a stale snapshot and fail with SQLITE_BUSY
 * however often it is tried), the work, `COMMIT`; on any failure `ROLLBACK` (SQLite may have
 * rolled back already: that is fine). A write either committed or is an error. The writes run one
 * at a time (a second BEGIN on the one connection fails). SQLite waits up to the busy timeout for
 * another process's lock, then the write is refused as busy.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { serially } from './serially';
import { StorageBusyError, type StorageError, storageError, StorageUnavailableError } from './storage-errors';

/** Free space past which a write refused for want of it may be tried again (an edit of a 200-group event writes about 300 KB). */
const ROOM_TO_WRITE = 512 * 1024;
/** How long health waits for its probe write. */
const PROBE_MS = 1000;

function freeBytes(folder: string): number {
  const stats = fs.statfsSync(folder);
  return stats.bavail * stats.bsize;
}

export interface WriterHealth {
  ok: boolean;
  /** Why not: a write running for too long, or the last write refused by the storage (none has succeeded since). */
  reason?: 'writer_stuck' | 'writer_failing';
  detail?: string;
  since?: string;
}

/** The connection's own transaction flags, which TypeORM reads (save() begins one unless it thinks one is open). */
type Bookkept = Omit<QueryRunner, 'isTransactionActive'> & { isTransactionActive: boolean; transactionDepth: number };

export class SqliteWriter {
  private readonly queue = serially();
  private readonly runner: Bookkept;
  /** When the write under way began (epoch ms), for the health check. */
  private runningSince: number | undefined;
  private failing: { error: StorageError; since: Date } | undefined;
  /** Where the database file is, to see whether its file system has room again. */
  private readonly folder: string;

  constructor(
    db: DataSource,
    private readonly busyTimeoutMs: number,
  ) {
    this.runner = db.createQueryRunner() as Bookkept;
    this.folder = path.dirname(String(db.options.database));
  }

  /**
   * A write waits its turn for at most the busy timeout too: behind a stuck write, callers get
   * « base occupée » instead of waiting for ever, and their work is then never run.
   */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(new StorageBusyError(this.busyTimeoutMs));
      }, this.busyTimeoutMs);
      timer.unref();
      this.queue(async () => {
        clearTimeout(timer);
        if (!gaveUp) resolve(await this.write(work));
      }).catch(reject);
    });
  }

  /**
   * Whether writes work. A write running longer than twice the busy timeout is stuck. After a
   * refused write, whether its cause is gone: space on the file system again (a small write may
   * still fit in the room SQLite's log already has, and would say nothing), or the lock free.
   */
  async health(): Promise<WriterHealth> {
    if (this.runningSince !== undefined && Date.now() - this.runningSince > 2 * this.busyTimeoutMs) {
      return { ok: false, reason: 'writer_stuck', since: new Date(this.runningSince).toISOString() };
    }
    if (this.failing?.error instanceof StorageUnavailableError) {
      if (freeBytes(this.folder) >= ROOM_TO_WRITE) this.failing = undefined;
    } else if (this.failing) {
      // The lock may still be held: health answers after a second at most, the probe goes on alone.
      const probe = this.run((m) => m.query('SELECT 1')).catch(() => undefined);
      await Promise.race([probe, new Promise((resolve) => setTimeout(resolve, PROBE_MS).unref())]);
    }
    const failing = this.failing;
    return failing ? { ok: false, reason: 'writer_failing', detail: failing.error.code, since: failing.since.toISOString() } : { ok: true };
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.runningSince = Date.now();
    try {
      const result = await this.transaction(work);
      this.failing = undefined;
      return result;
    } catch (error) {
      const refused = storageError(error, this.busyTimeoutMs);
      if (!refused) throw error;
      this.failing = { error: refused, since: new Date() };
      throw refused;
    } finally {
      this.runningSince = undefined;
    }
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    await this.begin();
    this.bookkeep(true);
    try {
      const result = await work(this.runner.manager);
      await this.runner.query('COMMIT');
      return result;
    } catch (error) {
      await this.rollback();
      throw error;
    } finally {
      this.bookkeep(false);
    }
  }

  /** A transaction left open on the connection (a ROLLBACK that failed) is rolled back first, instead of every write failing after it. */
  private async begin(): Promise<void> {
    try {
      await this.runner.query('BEGIN IMMEDIATE');
    } catch (error) {
      if (!/within a transaction/.test(String((error as Error).message))) throw error;
      await this.rollback();
      await this.runner.query('BEGIN IMMEDIATE');
    }
  }

  /**
   * After a failed COMMIT SQLite may have rolled back on its own, and ROLLBACK then fails with "no
   * transaction is active": nothing is left to undo. Any other failure of it is met at the next BEGIN.
   */
  private async rollback(): Promise<void> {
    await this.runner.query('ROLLBACK').catch(() => undefined);
  }

  private bookkeep(open: boolean): void {
    this.runner.isTransactionActive = open;
    this.runner.transactionDepth = open ? 1 : 0;
  }
}
