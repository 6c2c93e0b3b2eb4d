/**
 * « Envoyer les liens »: each member with an address gets their personal link by e-mail, through
 * the outbox, once. The organizer reads a preview (who, how many, the text), can send a test to
 * the organizer's own address, then sends; the digest of the preview must still match, so what
 * goes is what was seen. The same list as a CSV, for a mail merge or an SMS tool.
 */
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { memberFeedPath } from '../access/feed-paths';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { ConflictError, StateError } from '../common/errors';
import { EventsService } from '../events/events.service';
import { type Lang, message } from '../i18n';
import { AppConfig } from '../config/app-config';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { linksAddress, refuseLocalLinks } from '../invitations/public-links';
import { linkDrafts, linkMail, linksCsv, type MemberLink } from './member-links';
import './messages';

@Injectable()
export class OutreachService {
  constructor(
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly outbox: InvitationsRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Every member with the group, address, page and their own calendar feed: the e-mail says the
   * link is theirs alone, so it is not the group's shared one.
   */
  async members(eventId: string): Promise<{ eventName: string; organizer?: { name?: string; email: string }; members: MemberLink[] }> {
    const [{ instance }, links] = await Promise.all([this.events.instance(eventId), this.links.links(eventId)]);
    const url = new Map(links.map((l) => [`${l.kind}:${l.key}`, l.url]));
    const token = new Map(links.filter((l) => l.kind === 'member').map((l) => [l.key, l.token]));
    const members = instance.groups.flatMap((g) =>
      (g.members ?? []).map((m) => ({
        key: m.id,
        name: m.name,
        group: g.name,
        email: m.email,
        phone: m.phone,
        url: url.get(`member:${m.id}`)!,
        feed: `${this.config.publicUrl}${memberFeedPath(token.get(m.id)!)}`,
      })),
    );
    return { eventName: instance.event.name, organizer: instance.event.organizer, members };
  }

  async preview(eventId: string) {
    const { eventName, organizer, members } = await this.members(eventId);
    const drafts = linkDrafts(eventId, eventName, members);
    const queued = await this.outbox.messagesOfKind(eventId, 'link');
    const done = new Set(queued.map((q) => q.dedupeKey));
    const toSend = drafts.filter((d) => !done.has(d.dedupeKey));
    const byKey = new Map(members.map((m) => [m.key, m]));
    const status = (s: string) => queued.filter((q) => q.status === s).length;
    return {
      organizer: organizer?.email ?? null,
      members: members.length,
      withoutEmail: members.filter((m) => !m.email?.trim()).map((m) => ({ name: m.name, group: m.group })),
      alreadySent: drafts.length - toSend.length,
      recipients: toSend.map((d) => ({ name: d.recipientName, group: byKey.get(d.subjectKey)!.group, email: d.recipient })),
      digest: digest(toSend.map((d) => d.dedupeKey)),
      sample: drafts[0] ? { subject: drafts[0].subject, body: drafts[0].body } : null,
      outbox: { pending: status('pending') + status('sending'), sent: status('sent'), failed: status('failed') },
      links: linksAddress(this.config.publicUrl),
    };
  }

  /**
   * Queues every link not sent yet; with `seen`, only if it is still the list the preview showed;
   * links to an address that is not public only with `confirmLocalLinks`.
   */
  async send(eventId: string, seen?: string, confirmLocalLinks?: boolean): Promise<{ enqueued: number }> {
    const { eventName, organizer, members } = await this.members(eventId);
    if (!organizer?.email) throw new StateError(message('links.noOrganizer'));
    const queued = new Set((await this.outbox.messagesOfKind(eventId, 'link')).map((q) => q.dedupeKey));
    const toSend = linkDrafts(eventId, eventName, members).filter((d) => !queued.has(d.dedupeKey));
    const now = digest(toSend.map((d) => d.dedupeKey));
    if (seen !== undefined && seen !== now) throw new ConflictError(message('links.stale', { before: Number(seen.split(':')[0]) || 0, after: toSend.length }));
    if (toSend.length) refuseLocalLinks(this.config.publicUrl, confirmLocalLinks);
    const enqueued = await this.outbox.enqueueNotices(eventId, 'link', toSend, organizer, this.clock.now().toISOString());
    return { enqueued };
  }

  /** The first member's e-mail, marked as a test, to the organizer's own address. */
  async test(eventId: string): Promise<{ to: string }> {
    const { eventName, organizer, members } = await this.members(eventId);
    if (!organizer?.email) throw new StateError(message('links.noOrganizer'));
    const first = members.find((m) => m.email?.trim());
    if (!first) throw new StateError(message('links.noMembers'));
    const at = this.clock.now().toISOString();
    await this.outbox.enqueueNotices(
      eventId,
      'notice',
      [
        {
          dedupeKey: `member-link-test:${eventId}:${at}`,
          subjectKey: first.key,
          recipient: organizer.email,
          recipientName: organizer.name ?? '',
          ...linkMail(eventName, first, true),
        },
      ],
      organizer,
      at,
    );
    return { to: organizer.email };
  }

  async csv(eventId: string, lang: Lang): Promise<string> {
    return linksCsv((await this.members(eventId)).members, lang);
  }
}

/** The count first, so a stale digest can say how many the organizer saw. */
function digest(keys: string[]): string {
  return `${keys.length}:${createHash('sha256')
    .update(JSON.stringify([...keys].sort()))
    .digest('hex')
    .slice(0, 32)}`;
}
