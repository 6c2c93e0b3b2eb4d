/**
 * The reminders job: every few seconds, on the one instance holding its lease, enqueue the
 * reminders that are due for every event with a version in force (the outbox sends them). Safe to
 * run anywhere, any number of times: each reminder has a unique dedupe key. Reminders still waiting
 * in the outbox (a mail server down, no SMTP_URL yet) are worded again when their words stop being
 * true, and withdrawn once too late (see stalePending), so that what goes out is true when it goes.
 */
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { OutboxMessageEntity } from '../invitations/entities/outbox-message.entity';
import { InvitationsRepository } from '../invitations/invitations.repository';
import type { OutboxCode } from '../invitations/outbox-messages';
import { PlansService } from '../plans/plans.service';
import { LeaseHolder, Leases } from '../scheduling/leases';
import { dueReminders, stalePending } from './reminders';

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
    private readonly reads: Reads,
    private readonly transactions: Transactions,
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
        await this.reword(eventId, inForce.instance, inForce.schedule.meetings, now.getTime());
      }
      return made;
    } catch (error) {
      this.logger.error(`reminders: ${(error as Error).stack ?? error}`);
      return 0;
    } finally {
      this.running = false;
    }
  }

  /** Rewords or withdraws the event's reminders still pending; a row the outbox has claimed meanwhile is left to it. */
  private async reword(
    eventId: string,
    instance: Parameters<typeof stalePending>[1],
    meetings: Parameters<typeof stalePending>[2],
    now: number,
  ): Promise<void> {
    const pending = await this.reads.manager.find(OutboxMessageEntity, {
      select: { dedupeKey: true, subject: true, body: true },
      where: { eventId, kind: 'reminder', status: 'pending' },
    });
    if (!pending.length) return;
    const { reworded, withdrawn } = stalePending(eventId, instance, meetings, now, pending);
    if (!reworded.length && !withdrawn.length) return;
    await this.transactions.run(async (m) => {
      for (const r of reworded) await m.update(OutboxMessageEntity, { dedupeKey: r.dedupeKey, status: 'pending' }, { subject: r.subject, body: r.body });
      for (const key of withdrawn)
        await m.update(
          OutboxMessageEntity,
          { dedupeKey: key, status: 'pending' },
          { status: 'failed', lastError: 'outbox.too_late' satisfies OutboxCode, body: '' },
        );
    });
  }
}
