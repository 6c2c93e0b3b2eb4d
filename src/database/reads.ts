import type { OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { serially } from './serially';

/**
 * Reads, which never wait for writes (see read-connection.ts): single reads on one connection that
 * holds no transaction, so each sees everything committed; several reads that must agree (a version
 * and its meetings) as one snapshot. Writes go through `Transactions.run`. Made by DatabaseModule,
 * which opens the connections.
 */
export class Reads implements OnApplicationShutdown {
  private readonly queue = serially();

  constructor(
    private readonly connection: DataSource,
    private readonly snapshots: DataSource,
    private readonly own: boolean,
  ) {}

  get manager(): EntityManager {
    return this.connection.manager;
  }

  /**
   * Reads that see one state of the data, not one before and one after a write. On SQLite a read
   * transaction on a connection of its own, one at a time (one connection holds one transaction);
   * on PostgreSQL a REPEATABLE READ transaction.
   */
  snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.snapshots.options.type !== 'sqlite') return this.snapshots.transaction('REPEATABLE READ', work);
    return this.queue(() => this.snapshots.transaction(work));
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.own) return;
    for (const c of [this.connection, this.snapshots]) if (c.isInitialized) await c.destroy();
  }
}
