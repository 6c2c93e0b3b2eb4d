import { Module } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import { LeaseHolder, Leases } from './leases';

/** Leases and claims for timed jobs that must run once across instances (see leases.ts). */
@Module({
  providers: [{ provide: Leases, useFactory: (t: Transactions) => new Leases((work) => t.run(work)), inject: [Transactions] }, LeaseHolder],
  exports: [Leases, LeaseHolder],
})
export class SchedulingModule {}
