/**
 * Write transactions. On SQLite, TypeORM shares one connection, and two transactions begun at once
 * collide ("cannot start a transaction within a transaction"): they are queued, one at a time, each
 * taking the write lock first (sqlite-writes.ts). PostgreSQL gives each its own connection and
 * needs no queue. Reads are `Reads`'.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { sqliteWrites } from './sqlite-writes';

@Injectable()
export class Transactions {
  private readonly sqlite: ReturnType<typeof sqliteWrites>;

  constructor(private readonly db: DataSource) {
    this.sqlite = sqliteWrites(db);
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.db.options.type !== 'sqlite') return this.db.transaction(work);
    return this.sqlite(work);
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
}
