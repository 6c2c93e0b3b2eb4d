/**
 * The timed jobs that run once across instances (leased-job.ts), every `intervalMs`: a service
 * defines its job from its constructor and keeps only what a run does; the intervals start with
 * the application and stop with it.
 */
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { type LeasedJob, leasedJob } from './leased-job';
import { LeaseHolder, Leases } from './leases';

@Injectable()
export class LeasedJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LeasedJobs.name);
  private readonly defined: { name: string; intervalMs: number; job: LeasedJob }[] = [];

  constructor(
    private readonly leases: Leases,
    private readonly holder: LeaseHolder,
    private readonly scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {}

  define(name: string, intervalMs: number, run: (now: Date) => Promise<number>): void {
    const job = leasedJob(name, intervalMs, run, { leases: this.leases, holder: this.holder.id, clock: this.clock, logError: (t) => this.logger.error(t) });
    this.defined.push({ name, intervalMs, job });
  }

  onApplicationBootstrap(): void {
    for (const { name, intervalMs, job } of this.defined)
      this.scheduler.addInterval(
        name,
        setInterval(() => void job.tick(), intervalMs),
      );
  }

  onModuleDestroy(): void {
    for (const { name } of this.defined) if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
  }
}
