/**
 * Write transactions. On SQLite, TypeORM shares one connection: the writes are queued and run as
 * transactions of our own (sqlite-writes.ts). PostgreSQL gives each its own connection and needs
 * no queue. Either way a write the storage refused is a 503 (storage-errors.ts), never a success.
 * Reads are `Reads`'.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { busyTimeoutOf } from './data-source';
import { SqliteWriter, type WriterHealth } from './sqlite-writes';
import { storageError } from './storage-errors';

@Injectable()
export class Transactions {
  private readonly sqlite?: SqliteWriter;

  constructor(private readonly db: DataSource) {
    if (db.options.type === 'sqlite') this.sqlite = new SqliteWriter(db, busyTimeoutOf(db.options));
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.sqlite) return this.sqlite.run(work);
    return this.db.transaction(work).catch((error: unknown) => {
      throw storageError(error, 0) ?? error;
    });
  }

  /**
   * A write transaction that holds `key` until it ends: two with the same key run one after the
   * other, so a count made in one is still true when it writes. SQLite's write transactions already
   * run one at a time; PostgreSQL's default isolation would let two count together, so it takes an
   * advisory lock on the key first.
   */
  runHolding<T>(key: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.run(async (m) => {
      if (this.db.options.type === 'postgres') await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      return work(m);
    });
  }

  /** Whether writes work (SQLite's writer; PostgreSQL's are each on a connection of their own, checked by a query). */
  async health(): Promise<WriterHealth> {
    if (this.sqlite) return this.sqlite.health();
    try {
      await this.db.query('SELECT 1');
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: 'writer_failing', detail: String((error as { code?: unknown }).code ?? (error as Error).message) };
    }
  }
}
