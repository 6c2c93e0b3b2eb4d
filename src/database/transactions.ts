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
}
