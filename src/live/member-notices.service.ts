/**
 * The member notices of a publish with `notifyMembers` (see member-notices.ts), stored in the
 * outbox in the publish's own transaction: a crash either keeps the old version in force with no
 * notice, or the new one with all of them, sent once after a restart (dedupe keys). Without
 * `notifyMembers`, the members whose reminder already gave them times this change takes back
 * still get theirs: a correction.
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { PlansService } from '../plans/plans.service';
import { memberReminderOf } from '../outreach/member-reminders';
import { type MemberNotice, memberNotices, remindedOfChange, type SentReminder } from './member-notices';

@Injectable()
export class MemberNoticesService {
  constructor(
    private readonly plans: PlansService,
    private readonly links: LinksService,
    private readonly outbox: InvitationsRepository,
    private readonly clock: Clock,
  ) {
    plans.onPublish(async ({ eventId, version, previous, notifyMembers }) => {
      if (previous === undefined) return undefined;
      const sent = notifyMembers ? [] : await this.sentReminders(eventId);
      if (!notifyMembers && !sent.length) return undefined;
      const drafts = await this.drafts(eventId, previous, version, sent);
      const notices = notifyMembers ? drafts.notices : drafts.notices.filter((n) => drafts.corrections.has(n.memberKey));
      if (!notices.length) return undefined;
      const now = this.clock.now().toISOString();
      return (m) =>
        this.outbox.enqueueNotices(
          eventId,
          'notice',
          notices.map((n) => ({ ...n, subjectKey: n.memberKey })),
          drafts.sender,
          now,
          m,
        );
    });
  }

  /** The members' reminders that went (or are going): what they said may need a correction. */
  private async sentReminders(eventId: string): Promise<SentReminder[]> {
    const rows = await this.outbox.messagesOfKind(eventId, 'member-reminder');
    return rows.flatMap((r) => (r.status === 'sent' || r.status === 'sending' ? (memberReminderOf(eventId, r.dedupeKey) ?? []) : []));
  }

  /**
   * The notices a change from version `before` to `after` makes (one per member with an address
   * whose itinerary changed), who sends them, and which members a reminder in `sent` told wrong.
   */
  async drafts(
    eventId: string,
    before: number,
    after: number,
    sent: readonly SentReminder[] = [],
  ): Promise<{ notices: MemberNotice[]; corrections: Set<string>; sender: { email?: string; name?: string } }> {
    const [a, b] = await Promise.all([this.plans.schedule(eventId, before), this.plans.schedule(eventId, after)]);
    const urls = new Map((await this.links.links(eventId)).filter((l) => l.kind === 'member').map((l) => [l.key, l.url]));
    const was = { instance: a.instance, meetings: a.schedule.meetings };
    const is = { instance: b.instance, meetings: b.schedule.meetings };
    const organizer = b.instance.event.organizer;
    return {
      notices: memberNotices(eventId, after, was, is, urls),
      corrections: remindedOfChange(was, is, sent),
      sender: { email: organizer?.email, name: organizer?.name },
    };
  }
}
