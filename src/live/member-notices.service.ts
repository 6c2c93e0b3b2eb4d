/**
 * The member notices of a publish with `notifyMembers` (see member-notices.ts), stored in the
 * outbox in the publish's own transaction: a crash either keeps the old version in force with no
 * notice, or the new one with all of them, sent once after a restart (dedupe keys).
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { PlansService } from '../plans/plans.service';
import { type MemberNotice, memberNotices } from './member-notices';

@Injectable()
export class MemberNoticesService {
  constructor(
    private readonly plans: PlansService,
    private readonly links: LinksService,
    private readonly outbox: InvitationsRepository,
    private readonly clock: Clock,
  ) {
    plans.onPublish(async ({ eventId, version, previous, notifyMembers }) => {
      if (!notifyMembers || previous === undefined) return undefined;
      const { notices, sender } = await this.drafts(eventId, previous, version);
      const now = this.clock.now().toISOString();
      return (m) =>
        this.outbox.enqueueNotices(
          eventId,
          'notice',
          notices.map((n) => ({ ...n, subjectKey: n.memberKey })),
          sender,
          now,
          m,
        );
    });
  }

  /** The notices a change from version `before` to `after` makes (one per member with an address whose itinerary changed), and who sends them. */
  async drafts(eventId: string, before: number, after: number): Promise<{ notices: MemberNotice[]; sender: { email?: string; name?: string } }> {
    const [a, b] = await Promise.all([this.plans.schedule(eventId, before), this.plans.schedule(eventId, after)]);
    const urls = new Map((await this.links.links(eventId)).filter((l) => l.kind === 'member').map((l) => [l.key, l.url]));
    const organizer = b.instance.event.organizer;
    return {
      notices: memberNotices(
        eventId,
        after,
        { instance: a.instance, meetings: a.schedule.meetings },
        { instance: b.instance, meetings: b.schedule.meetings },
        urls,
      ),
      sender: { email: organizer?.email, name: organizer?.name },
    };
  }
}
