/**
 * Write transactions. On SQLite, TypeORM shares one connection, and two transactions begun at once
 * collide ("cannot start a transaction within a transaction"): they are queued here, one at a time.
 * PostgreSQL gives each its own connection and needs no queue. Reads are `Reads`'.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { serially } from './serially';

@Injectable()
export class Transactions {
  private readonly queue = serially();

  constructor(private readonly db: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.db.options.type !== 'sqlite') return this.db.transaction(work);
    return this.queue(() => this.db.transaction(work));
  }
}
