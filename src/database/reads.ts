import type { OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Single reads, on a connection that sees only committed data (see read-connection.ts). Several
 * reads that must agree go through `Transactions.snapshot`; writes through `Transactions.run`.
 * Made by DatabaseModule, which opens the connection.
 */
export class Reads implements OnApplicationShutdown {
  constructor(private readonly connection: DataSource, private readonly own: boolean) {}

  get manager(): EntityManager {
    return this.connection.manager;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.own && this.connection.isInitialized) await this.connection.destroy();
  }
}
