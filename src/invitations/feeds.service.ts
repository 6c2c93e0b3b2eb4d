/**
 * The feeds' content. Before anything is published, or for an expert or group with no meeting in
 * the version in force, the feed is a valid VCALENDAR with no event: a subscription made early
 * must keep working and fill itself once a version is published. RFC 5545 §3.6 asks for at least
 * one component and our linter says so; Google, Outlook, Apple and ical.js accept an empty one,
 * while a placeholder event would sit in people's calendars and a 404 makes clients drop the
 * subscription. That one linter finding is expected for empty feeds (docs/invitations.md).
 */
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { LinksService } from '../access/links.service';
import { EventsService } from '../events/events.service';
import { PlansService } from '../plans/plans.service';
import { expertBlocks, expertFeed, groupFeed, groupItinerary } from './calendar';
import { DEFAULT_TIMEZONE } from '../engine/load';

@Injectable()
export class FeedsService {
  constructor(
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  /** The calendar of the token's expert or group; undefined for an unknown or revoked token. */
  async feed(kind: 'expert' | 'group', token: string): Promise<string | undefined> {
    const link = await this.links.resolve(token);
    if (!link || link.kind !== kind) return undefined;
    const eventId = link.eventId;
    const inForce = await this.plans.inForce(eventId);
    const now = this.clock.now();
    if (inForce) {
      const { instance, schedule } = inForce;
      const known = kind === 'expert' ? instance.experts.some((e) => e.id === link.subjectKey) : instance.groups.some((g) => g.id === link.subjectKey);
      if (known) {
        return kind === 'expert'
          ? expertFeed({ event: instance.event, eventKey: eventId, blocks: expertBlocks(instance, schedule, link.subjectKey), now })
          : groupFeed({ event: instance.event, eventKey: eventId, itinerary: groupItinerary(instance, schedule, link.subjectKey), now });
      }
    }
    // Nothing in force for this subject yet: an empty calendar, named after the event as it is now.
    const { instance } = await this.events.instance(eventId);
    if (kind === 'expert') return expertFeed({ event: instance.event, eventKey: eventId, blocks: [], now });
    const group = instance.groups.find((g) => g.id === link.subjectKey);
    if (!group) return undefined;
    return groupFeed({
      event: instance.event, eventKey: eventId, now,
      itinerary: { group: { id: group.id, name: group.name, size: group.size, themes: group.themes ?? [] }, timezone: instance.event.timezone ?? DEFAULT_TIMEZONE, meetings: [] },
    });
  }
}
