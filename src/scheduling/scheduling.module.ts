import { Module } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import { LeasedJobs } from './leased-jobs';
import { LeaseHolder, Leases } from './leases';

/** Leases and claims for timed jobs that must run once across instances (see leases.ts), and those jobs (leased-jobs.ts). */
@Module({
  providers: [{ provide: Leases, useFactory: (t: Transactions) => new Leases((work) => t.run(work)), inject: [Transactions] }, LeaseHolder, LeasedJobs],
  exports: [Leases, LeaseHolder, LeasedJobs],
})
export class SchedulingModule {}
