import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openReadConnection } from './read-connection';
import { Reads } from './reads';
import { Transactions } from './transactions';

/** Reads and write transactions for every repository (the database connection itself is TypeOrmModule's). */
@Global()
@Module({
  providers: [
    Transactions,
    {
      provide: Reads,
      inject: [DataSource],
      useFactory: async (db: DataSource) => {
        const single = await openReadConnection(db);
        const snapshots = await openReadConnection(db).catch(async (error) => {
          if (single !== db) await single.destroy();
          throw error;
        });
        return new Reads(single, snapshots, db.options.type === 'sqlite');
      },
    },
  ],
  exports: [Transactions, Reads],
})
export class DatabaseModule {}
