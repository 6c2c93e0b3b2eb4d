/**
 * Subscription feeds (METHOD:PUBLISH): an expert's blocks, or a group's itinerary. They are read by
 * calendar apps polling a URL, not sent as iTIP messages, so they carry no ATTENDEE and no
 * ORGANIZER: RFC 5545 §3.8.4.3 says ORGANIZER MUST NOT be set on an event that is not group-scheduled,
 * and Outlook asks for accept/decline on imported events that have one, then hangs (quirk Q9).
 * UIDs are in the feed namespace (see uid.ts) and stay the same from one poll to the next, so a
 * changed plan moves the events instead of duplicating them.
 */
import type { InstanceFile } from '../../engine';
import type { ExpertBlock } from './blocks';
import { calendarText, contentLine } from './content-line';
import { utcDateTime, type Instant } from './datetime';
import type { GroupItinerary } from './itinerary';
import { calendarHead } from './parts';
import { escapeText } from './text';
import { feedUid } from './uid';
import { blockDescription, blockSummary, isLink, meetingDescription, meetingSummary, tableLocation } from './wording';

interface FeedEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  location: string;
  link?: string;
  description: string;
}

export type FeedInput =
  | { kind: 'expert'; event: InstanceFile['event']; eventKey: string; blocks: readonly ExpertBlock[]; now: Instant }
  | { kind: 'group'; event: InstanceFile['event']; eventKey: string; itinerary: GroupItinerary; now: Instant };

export function feed(input: FeedInput): string {
  return input.kind === 'expert' ? expertFeed(input) : groupFeed(input);
}

export function expertFeed(input: { event: InstanceFile['event']; eventKey: string; blocks: readonly ExpertBlock[]; now: Instant }): string {
  const { event, eventKey, blocks } = input;
  const name = blocks.length ? `Auditions — ${blocks[0].expert.name}` : `Auditions — ${event.name}`;
  const events = blocks.map((b) => ({
    uid: feedUid(eventKey, 'expert', b.expert.id, String(b.ordinal)),
    start: b.start,
    end: b.end,
    summary: blockSummary(event.name, b),
    location: tableLocation(b.table),
    link: isLink(b.table.location) ? b.table.location.trim() : undefined,
    description: blockDescription(event.name, b, false),
  }));
  return publish(name, events, input.now);
}

export function groupFeed(input: { event: InstanceFile['event']; eventKey: string; itinerary: GroupItinerary; now: Instant }): string {
  const { event, eventKey, itinerary } = input;
  const events = itinerary.meetings.map((m) => ({
    // Keyed by round: a group has at most one meeting per round (rule H1), and a new table or
    // expert in that round then updates the same event.
    uid: feedUid(eventKey, 'group', itinerary.group.id, m.roundId),
    start: m.start,
    end: m.end,
    summary: meetingSummary(m),
    location: tableLocation(m.table),
    link: isLink(m.table.location) ? m.table.location.trim() : undefined,
    description: meetingDescription(event.name, itinerary.group.name, m, itinerary.timezone),
  }));
  return publish(`Parcours — ${itinerary.group.name}`, events, input.now);
}

function publish(name: string, events: FeedEvent[], now: Instant): string {
  const stamp = utcDateTime(now);
  return calendarText([
    ...calendarHead('PUBLISH', [
      // NAME (RFC 7986) and its older twin X-WR-CALNAME: fine in a feed, never in an invitation (Q8).
      contentLine('NAME', escapeText(name)),
      contentLine('X-WR-CALNAME', escapeText(name)),
      // How often to poll: RFC 7986 REFRESH-INTERVAL, and the X- form Outlook and Apple read.
      contentLine('REFRESH-INTERVAL', 'PT1H', [['VALUE', 'DURATION']]),
      contentLine('X-PUBLISHED-TTL', 'PT1H'),
    ]),
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      contentLine('UID', e.uid),
      contentLine('DTSTAMP', stamp),
      contentLine('DTSTART', utcDateTime(e.start)),
      contentLine('DTEND', utcDateTime(e.end)),
      contentLine('SUMMARY', escapeText(e.summary)),
      contentLine('LOCATION', escapeText(e.location)),
      ...(e.link ? [contentLine('URL', e.link)] : []),
      contentLine('DESCRIPTION', escapeText(e.description)),
      contentLine('STATUS', 'CONFIRMED'),
      contentLine('TRANSP', 'OPAQUE'),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]);
}
