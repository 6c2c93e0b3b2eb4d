/**
 * The members' own « Ne plus recevoir de rappels », by their personal link (no login: the token is
 * the proof, revoked with the link, as for their page). Stopping twice is stopping once; asking
 * again takes it back. The reminder job leaves out whoever stopped; the organizers see how many.
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { EventsService } from '../events/events.service';
import { MemberReminderStopEntity } from './member-reminder-state.entities';

export interface Stopping {
  eventId: string;
  eventName: string;
  memberKey: string;
  memberName: string;
  /** When they stopped, if they did. */
  stoppedAt?: string;
}

@Injectable()
export class ReminderStopsService {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {
    events.onRemove((m, eventId) => m.delete(MemberReminderStopEntity, { eventId }).then(() => undefined));
  }

  /** The member this token is, and whether they stopped; undefined for a token that is not a valid member link. */
  async stopping(token: string): Promise<Stopping | undefined> {
    const link = await this.links.resolve(token);
    if (!link || link.kind !== 'member') return undefined;
    const { instance } = await this.events.instance(link.eventId);
    const member = instance.groups.flatMap((g) => g.members ?? []).find((m) => m.id === link.subjectKey);
    if (!member) return undefined;
    const row = await this.reads.manager.findOneBy(MemberReminderStopEntity, { eventId: link.eventId, memberKey: member.id });
    return { eventId: link.eventId, eventName: instance.event.name, memberKey: member.id, memberName: member.name, stoppedAt: row?.stoppedAt };
  }

  async stop(who: Stopping): Promise<void> {
    if (who.stoppedAt) return;
    const row = { eventId: who.eventId, memberKey: who.memberKey, stoppedAt: this.clock.now().toISOString() };
    await this.transactions.run((m) => m.createQueryBuilder().insert().into(MemberReminderStopEntity).values(row).orIgnore().execute());
  }

  async resume(who: Stopping): Promise<void> {
    await this.transactions.run((m) => m.delete(MemberReminderStopEntity, { eventId: who.eventId, memberKey: who.memberKey }));
  }

  /** The members of the event who stopped their reminders. */
  async stopped(eventId: string): Promise<Set<string>> {
    const rows = await this.reads.manager.find(MemberReminderStopEntity, { select: { memberKey: true }, where: { eventId } });
    return new Set(rows.map((r) => r.memberKey));
  }
}
