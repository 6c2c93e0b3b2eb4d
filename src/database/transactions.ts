/**
 * Write transactions. On SQLite, TypeORM shares one connection, and two transactions begun at once
 * collide ("cannot start a transaction within a transaction"): they are queued here, one at a time.
 * PostgreSQL gives each its own connection and needs no queue.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.db.options.type !== 'sqlite') return this.db.transaction(work);
    const next = this.queue.then(() => this.db.transaction(work));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
