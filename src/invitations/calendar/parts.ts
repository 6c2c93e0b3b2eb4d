/**
 * The lines every Carrousel calendar shares: the VCALENDAR head, ORGANIZER and ATTENDEE. Addresses
 * go into URIs unescaped, so they are checked strictly here: a crafted e-mail is the one place a
 * line break or a `:` could otherwise slip into a property.
 */
import { isEmailAddress } from '../../common/email-address';
import { type Message, message } from '../../i18n/message';
import '../words/errors.messages';
import { contentLine } from './content-line';
import { CalendarError } from './errors';
import { escapeText, paramValue } from './text';

export const PRODID = '-//Carrousel//Auditions//FR';

export type Method = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export function mailto(email: string | undefined, who: string): string {
  const e = email?.trim();
  if (!e || !isEmailAddress(e)) throw new CalendarError(`${who} has no usable e-mail address${e ? ` ("${e}")` : ''}`);
  return `mailto:${e}`;
}

export function calendarHead(method: Method, extra: string[] = []): string[] {
  return [
    'BEGIN:VCALENDAR',
    contentLine('VERSION', '2.0'),
    contentLine('PRODID', escapeText(PRODID)),
    contentLine('CALSCALE', 'GREGORIAN'),
    contentLine('METHOD', method),
    ...extra,
  ];
}

export interface Person {
  name?: string;
  email?: string;
}

export function organizerLine(organizer: Person | undefined): string {
  if (!organizer) throw new CalendarError('the event has no organizer: invitations need one (replies go to that mailbox)');
  const params: [string, string][] = organizer.name ? [['CN', paramValue(organizer.name)]] : [];
  return contentLine('ORGANIZER', mailto(organizer.email, 'the organizer'), params);
}

/**
 * The invited expert. ROLE, PARTSTAT and RSVP are written although ROLE and PARTSTAT are the RFC
 * defaults: Gmail recognises invitations more reliably with them (design note Q15). Never quoted:
 * they are enumerated tokens (RFC 5545 §3.2.12, §3.2.16, §3.2.17; the `ics` bug #277).
 * A CANCEL drops PARTSTAT and RSVP: no answer is expected.
 */
export function attendeeLine(expert: Person & { id: string }, method: 'REQUEST' | 'CANCEL'): string {
  const params: [string, string][] = [];
  if (expert.name) params.push(['CN', paramValue(expert.name)]);
  params.push(['CUTYPE', 'INDIVIDUAL'], ['ROLE', 'REQ-PARTICIPANT']);
  if (method === 'REQUEST') params.push(['PARTSTAT', 'NEEDS-ACTION'], ['RSVP', 'TRUE']);
  return contentLine('ATTENDEE', mailto(expert.email, `expert "${expert.id}"`), params);
}

/** Q10: an invitation sent to the organizer's own mailbox is not shown as a request by Outlook or Gmail. */
const isOrganizers = (expert: Person, organizer: Person | undefined) =>
  !!organizer?.email && !!expert.email && organizer.email.trim().toLowerCase() === expert.email.trim().toLowerCase();

export function checkNotOrganizer(expert: Person & { id: string }, organizer: Person | undefined): void {
  if (isOrganizers(expert, organizer)) throw new CalendarError(`expert "${expert.id}" has the organizer's address: clients would not show it as an invitation`);
}

/**
 * Why no invitation can be made for this expert (no usable address, the organizer's own address),
 * said by name for the organizer, or undefined: the service records such experts as not
 * deliverable instead of failing.
 */
export function attendeeProblem(expert: Person & { id: string }, organizer: Person | undefined): Message | undefined {
  const email = expert.email?.trim();
  const name = expert.name ?? expert.id;
  if (!email) return message('invitations.expertNoAddress', { expert: name });
  if (!isEmailAddress(email)) return message('invitations.expertBadAddress', { expert: name, email });
  if (isOrganizers(expert, organizer)) return message('invitations.expertIsOrganizer', { expert: name, email });
  return undefined;
}

/** Why no invitation at all can be made (no organizer, or no usable address for them), or undefined. */
export function organizerProblem(organizer: Person | undefined): Message | undefined {
  const email = organizer?.email?.trim();
  if (!email) return message('invitations.noOrganizer');
  if (!isEmailAddress(email)) return message('invitations.organizerBadAddress', { email });
  return undefined;
}
