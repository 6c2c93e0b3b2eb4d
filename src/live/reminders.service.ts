/**
 * The reminders job: every few seconds, on the one instance holding its lease, enqueue the
 * reminders that are due for every event with a version in force (the outbox sends them). Safe to
 * run anywhere, any number of times: each reminder has a unique dedupe key.
 */
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { PlansService } from '../plans/plans.service';
import { LeaseHolder, Leases } from '../scheduling/leases';
import { dueReminders } from './reminders';

const JOB = 'live.reminders';

@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RemindersService.name);
  private running = false;

  constructor(
    private readonly outbox: InvitationsRepository,
    private readonly plans: PlansService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly leases: Leases,
    private readonly holder: LeaseHolder,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(
      JOB,
      setInterval(() => void this.tick(), this.config.remindersIntervalMs),
    );
  }

  onModuleDestroy(): void {
    if (this.scheduler.doesExist('interval', JOB)) this.scheduler.deleteInterval(JOB);
  }

  /** Enqueues what is due now; returns how many reminders were new. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const now = this.clock.now();
      if (!(await this.leases.tryLease(JOB, this.holder.id, this.config.remindersIntervalMs * 3, now))) return 0;
      let made = 0;
      for (const eventId of await this.outbox.publishedEventIds()) {
        const inForce = await this.plans.inForce(eventId);
        if (!inForce) continue;
        const due = dueReminders(eventId, inForce.instance, inForce.schedule.meetings, now.getTime());
        const organizer = inForce.instance.event.organizer;
        made += await this.outbox.enqueueNotices(
          eventId,
          'reminder',
          due.map((d) => ({ ...d, subjectKey: d.expertKey })),
          { email: organizer?.email, name: organizer?.name },
          now.toISOString(),
        );
      }
      return made;
    } catch (error) {
      this.logger.error(`reminders: ${(error as Error).stack ?? error}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
