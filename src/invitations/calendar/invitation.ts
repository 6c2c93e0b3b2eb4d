/**
 * The iTIP messages sent to an expert by e-mail: REQUEST (invitation or update) and CANCEL.
 *
 * One calendar object = one block = one UID = one e-mail. RFC 5546 §3.2.2 requires every component
 * of a REQUEST to share one UID, so an expert with two blocks gets two messages, each of which its
 * client can accept, update or cancel on its own.
 */
import type { InstanceFile } from '../../engine';
import type { ExpertBlock } from './blocks';
import { calendarText, contentLine } from './content-line';
import { utcDateTime, type Instant } from './datetime';
import { CalendarError } from './errors';
import { attendeeLine, calendarHead, checkNotOrganizer, organizerLine } from './parts';
import { escapeText } from './text';
import { blockSummary, blockDescription, cancellationDescription, cancelledSummary, isLink, tableLocation } from './wording';

export interface InvitationInput {
  event: InstanceFile['event'];
  block: ExpertBlock;
  /** From `blockUid` (or the stored invitation row): the same for every version of this block. */
  uid: string;
  /** 0 for the first message, then strictly higher for every later one (see `planUpdates`). */
  sequence: number;
  /** DTSTAMP: when this message is made. Passed in; the core reads no clock. */
  now: Instant;
}

function checkSequence(sequence: number): string {
  // Outlook and Exchange store SEQUENCE as a 32-bit integer (ics validates the same bound).
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 2 ** 31 - 1)
    throw new CalendarError(`SEQUENCE must be an integer from 0 to 2^31-1, got ${sequence}`);
  return String(sequence);
}

function placeLines(block: ExpertBlock): string[] {
  const lines = [contentLine('LOCATION', escapeText(tableLocation(block.table)))];
  if (isLink(block.table.location)) lines.push(contentLine('URL', block.table.location.trim()));
  return lines;
}

/** METHOD:REQUEST for one block of one expert. */
export function invitation(input: InvitationInput): string {
  const { event, block, uid, now } = input;
  checkNotOrganizer(block.expert, event.organizer);
  if (!(block.end > block.start)) throw new CalendarError(`block ${block.ordinal} of expert "${block.expert.id}" ends before it starts`);
  return calendarText([
    ...calendarHead('REQUEST'),
    'BEGIN:VEVENT',
    contentLine('UID', uid),
    contentLine('SEQUENCE', checkSequence(input.sequence)),
    contentLine('DTSTAMP', utcDateTime(now)),
    contentLine('DTSTART', utcDateTime(block.start)),
    contentLine('DTEND', utcDateTime(block.end)),
    contentLine('SUMMARY', escapeText(blockSummary(event.name, block))),
    ...placeLines(block),
    contentLine('DESCRIPTION', escapeText(blockDescription(event.name, block, true))),
    organizerLine(event.organizer),
    attendeeLine(block.expert, 'REQUEST'),
    contentLine('STATUS', 'CONFIRMED'),
    contentLine('TRANSP', 'OPAQUE'),
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

export interface CancellationInput {
  event: InstanceFile['event'];
  /** Who was invited: the attendee of the messages sent so far. */
  expert: { id: string; name?: string; email?: string };
  uid: string;
  /** Higher than every REQUEST already sent for this UID. */
  sequence: number;
  now: Instant;
  /**
   * The block as last sent, when the service still has it (from the previous version): its
   * times and summary help people recognise what is cancelled. RFC 5546 §3.2.5 makes DTSTART
   * optional in a CANCEL; clients match on UID.
   */
  previous?: ExpertBlock;
}

/** METHOD:CANCEL: same UID, higher SEQUENCE, STATUS:CANCELLED, the attendee listed, no alarm. */
export function cancellation(input: CancellationInput): string {
  const { event, expert, previous, now } = input;
  checkNotOrganizer(expert, event.organizer);
  const summary = cancelledSummary(previous ? blockSummary(event.name, previous) : `Auditions — ${event.name}`);
  const when = previous ? [contentLine('DTSTART', utcDateTime(previous.start)), contentLine('DTEND', utcDateTime(previous.end))] : [];
  return calendarText([
    ...calendarHead('CANCEL'),
    'BEGIN:VEVENT',
    contentLine('UID', input.uid),
    contentLine('SEQUENCE', checkSequence(input.sequence)),
    contentLine('DTSTAMP', utcDateTime(now)),
    ...when,
    contentLine('SUMMARY', escapeText(summary)),
    ...(previous ? placeLines(previous) : []),
    contentLine('DESCRIPTION', escapeText(cancellationDescription(event.name))),
    organizerLine(event.organizer),
    attendeeLine(expert, 'CANCEL'),
    contentLine('STATUS', 'CANCELLED'),
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
