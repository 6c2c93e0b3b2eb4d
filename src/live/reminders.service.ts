/**
 * The reminders job: every few seconds, on the one instance holding its lease, enqueue the
 * reminders that are due for every event with a version in force (the outbox sends them). Safe to
 * run anywhere, any number of times: each reminder has a unique dedupe key. Reminders still waiting
 * in the outbox (a mail server down, no SMTP_URL yet) are worded again when their words stop being
 * true (each run, and within the transaction of every publish), and withdrawn once too late (see
 * stalePending), so that what goes out is true when it goes.
 */
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { PlansService } from '../plans/plans.service';
import { LeasedJobs } from '../scheduling/leased-jobs';
import { LiveService } from './live.service';
import { asMark, meetingsNotRuledOut } from './marks';
import { dueReminders, stalePending } from './reminders';

@Injectable()
export class RemindersService {
  constructor(
    private readonly outbox: InvitationsRepository,
    private readonly plans: PlansService,
    private readonly live: LiveService,
    config: AppConfig,
    jobs: LeasedJobs,
    clock: Clock,
  ) {
    jobs.define('live.reminders', config.remindersIntervalMs, (now) => this.run(now));
    // A delay or a replan rewords the reminders still waiting in the same transaction as it comes
    // into force, so that none goes out between the two with times no longer true.
    plans.onPublish(async ({ eventId, version }) => {
      const pending = await this.outbox.pendingOfKind(eventId, 'reminder');
      if (!pending.length) return undefined;
      const next = await plans.schedule(eventId, version);
      const meetings = meetingsNotRuledOut(next.instance, next.schedule.meetings, (await this.live.marks(eventId)).map(asMark));
      const { reworded, withdrawn } = stalePending(eventId, next.instance, meetings, clock.now().getTime(), pending);
      return (m) => this.outbox.rewordPending(reworded, withdrawn, m);
    });
  }

  private async run(now: Date): Promise<number> {
    let made = 0;
    for (const eventId of await this.outbox.publishedEventIds()) {
      const inForce = await this.plans.inForce(eventId);
      if (!inForce) continue;
      // Until a replan, a mark (a decline, an absence) already takes its meetings out of the reminders.
      const meetings = meetingsNotRuledOut(inForce.instance, inForce.schedule.meetings, (await this.live.marks(eventId)).map(asMark));
      const due = dueReminders(eventId, inForce.instance, meetings, now.getTime());
      const organizer = inForce.instance.event.organizer;
      made += await this.outbox.enqueueNotices(
        eventId,
        'reminder',
        due.map((d) => ({ ...d, subjectKey: d.expertKey })),
        { email: organizer?.email, name: organizer?.name },
        now.toISOString(),
      );
      await this.reword(eventId, inForce.instance, meetings, now.getTime());
    }
    return made;
  }

  /** Rewords or withdraws the event's reminders still pending. */
  private async reword(
    eventId: string,
    instance: Parameters<typeof stalePending>[1],
    meetings: Parameters<typeof stalePending>[2],
    now: number,
  ): Promise<void> {
    const pending = await this.outbox.pendingOfKind(eventId, 'reminder');
    if (!pending.length) return;
    const { reworded, withdrawn } = stalePending(eventId, instance, meetings, now, pending);
    await this.outbox.rewordPending(reworded, withdrawn);
  }
}
