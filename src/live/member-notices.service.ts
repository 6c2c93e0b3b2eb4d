/** Sends the member notices when a version is published with `notifyMembers` (see member-notices.ts). */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { PlanEvents } from '../common/plan-events';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { PlansService } from '../plans/plans.service';
import { memberNotices } from './member-notices';

@Injectable()
export class MemberNoticesService {
  constructor(
    private readonly plans: PlansService,
    private readonly links: LinksService,
    private readonly outbox: InvitationsRepository,
    private readonly clock: Clock,
    news: PlanEvents,
  ) {
    news.on('published', async ({ eventId, version, previous, notifyMembers }) => {
      if (notifyMembers && previous !== undefined) await this.notify(eventId, previous, version);
    });
  }

  async notify(eventId: string, before: number, after: number): Promise<number> {
    const [a, b] = await Promise.all([this.plans.schedule(eventId, before), this.plans.schedule(eventId, after)]);
    const urls = new Map((await this.links.links(eventId)).filter((l) => l.kind === 'member').map((l) => [l.key, l.url]));
    const notices = memberNotices(eventId, after,
      { instance: a.instance, meetings: a.schedule.meetings }, { instance: b.instance, meetings: b.schedule.meetings }, urls);
    const organizer = b.instance.event.organizer;
    return this.outbox.enqueueNotices(eventId, 'notice', notices.map((n) => ({ ...n, subjectKey: n.memberKey })),
      { email: organizer?.email, name: organizer?.name }, this.clock.now().toISOString());
  }
}
