import { Global, Module } from '@nestjs/common';
import { Transactions } from './transactions';

/** Write transactions for every repository (the database connection itself is TypeOrmModule's). */
@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class DatabaseModule {}
