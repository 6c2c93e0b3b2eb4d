/**
 * The feeds' content. Before anything is published, or for an expert or group with no meeting in
 * the version in force, the feed is a valid VCALENDAR with no event: a subscription made early
 * must keep working and fill itself once a version is published. RFC 5545 §3.6 asks for at least
 * one component and our linter says so; Google, Outlook, Apple and ical.js accept an empty one,
 * while a placeholder event would sit in people's calendars and a 404 makes clients drop the
 * subscription. That one linter finding is expected for empty feeds (docs/invitations.md).
 *
 * A feed changes only when what it says changes: its DTSTAMP is when the version in force was
 * published (or the event last changed, for an empty one), not the time of the request, so the
 * same content has the same bytes and clients polling it are answered 304 by its ETag.
 */
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { LinksService } from '../access/links.service';
import { EventsService } from '../events/events.service';
import { PlansService } from '../plans/plans.service';
import { expertBlocks, expertFeed, groupFeed, groupItinerary } from './calendar';
import { DEFAULT_TIMEZONE } from '../engine';
import { withCurrentDetails } from './reconciliation';

export type FeedKind = 'expert' | 'group' | 'member';

export interface Feed {
  text: string;
  /** A strong validator of `text`. */
  etag: string;
  /** When it last changed, as far as the service knows. */
  modified: Date;
}

@Injectable()
export class FeedsService {
  constructor(
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  /**
   * The calendar of the token's expert or group, or of a member (their group's itinerary, from
   * « Ajouter à mon agenda » on their page); undefined for an unknown or revoked token.
   */
  async feed(asked: FeedKind, token: string): Promise<Feed | undefined> {
    const link = await this.links.resolve(token);
    if (!link || link.kind !== asked) return undefined;
    const eventId = link.eventId;
    const [published, { event: stored, instance: current }] = await Promise.all([this.plans.inForce(eventId), this.events.instance(eventId)]);
    const kind = asked === 'expert' ? 'expert' : 'group';
    const key = asked === 'member' ? current.groups.find((g) => (g.members ?? []).some((m) => m.id === link.subjectKey))?.id : link.subjectKey;
    if (key === undefined) return undefined;
    // The later of the publication and the event's last change: a corrected room link shows without a new version.
    const changed = new Date(Math.max(Date.parse(stored.updatedAt) || 0, published ? Date.parse(published.publishedAt) : 0) || this.clock.now().getTime());
    const text = published ? this.inForce(kind, key, eventId, withCurrentDetails(published.instance, current), published.schedule, changed) : undefined;
    return text === undefined ? this.empty(kind, key, eventId, current, changed) : withValidator(text, changed);
  }

  private inForce(
    kind: 'expert' | 'group',
    key: string,
    eventId: string,
    instance: Parameters<typeof expertBlocks>[0],
    schedule: Parameters<typeof expertBlocks>[1],
    now: Date,
  ): string | undefined {
    const known = kind === 'expert' ? instance.experts.some((e) => e.id === key) : instance.groups.some((g) => g.id === key);
    if (!known) return undefined;
    return kind === 'expert'
      ? expertFeed({ event: instance.event, eventKey: eventId, blocks: expertBlocks(instance, schedule, key), now })
      : groupFeed({ event: instance.event, eventKey: eventId, itinerary: groupItinerary(instance, schedule, key), now });
  }

  /** Nothing in force for this subject yet: an empty calendar, named after the event as it is now. */
  private empty(kind: 'expert' | 'group', key: string, eventId: string, instance: Parameters<typeof expertBlocks>[0], now: Date): Feed | undefined {
    if (kind === 'expert') return withValidator(expertFeed({ event: instance.event, eventKey: eventId, blocks: [], now }), now);
    const group = instance.groups.find((g) => g.id === key);
    if (!group) return undefined;
    return withValidator(
      groupFeed({
        event: instance.event,
        eventKey: eventId,
        now,
        itinerary: {
          group: { id: group.id, name: group.name, size: group.size, themes: group.themes ?? [] },
          timezone: instance.event.timezone ?? DEFAULT_TIMEZONE,
          meetings: [],
        },
      }),
      now,
    );
  }
}

function withValidator(text: string, modified: Date): Feed {
  return { text, modified, etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"` };
}
