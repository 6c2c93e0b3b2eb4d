/**
 * UIDs. An expert's block keeps its UID from one published version to the next, so that every
 * client updates (or cancels) the event it already has instead of adding a second one (quirk Q5).
 *
 * `carrousel-<eventKey>-<expertId>-<n>@carrousel.invalid`
 *
 * - Uniqueness comes from the left part: `eventKey` is minted once per event by the service (a
 *   random UUID is best, RFC 7986 §5.3) and never built from personal data.
 * - `.invalid` (RFC 2606/6761) is reserved: it can never be someone else's domain, so our UIDs cannot
 *   collide with another producer's `...@theirdomain`, and it does not change when the deployment's
 *   hostname or the secretariat's mailbox does (an organizer-domain UID would, and every client would
 *   then see new events). Clients treat UIDs as opaque strings; nothing resolves the domain.
 * - Expert ids are free text in the exchange format: every byte outside `[A-Za-z0-9_.]` is
 *   percent-encoded, so the UID stays printable ASCII and `-` separates the parts unambiguously.
 */
import { CalendarError } from './errors';

export const UID_DOMAIN = 'carrousel.invalid';
const EVENT_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

function encodeId(id: string): string {
  return Array.from(Buffer.from(id, 'utf8'))
    .map((b) => (/[A-Za-z0-9_.]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function checkEventKey(eventKey: string): void {
  if (!EVENT_KEY.test(eventKey)) throw new CalendarError(`event key "${eventKey}" must be 1-100 characters among A-Z a-z 0-9 _ . - (a UUID is best)`);
  // Reserved so that a block UID can never be read as a feed UID.
  if (eventKey.startsWith('feed-')) throw new CalendarError(`event key "${eventKey}" must not start with "feed-"`);
}

function checkLength(uid: string): string {
  // RFC 7986 §5.3 and CalConnect: keep UIDs short; 255 octets is what most stores accept.
  if (uid.length > 255) throw new CalendarError(`UID longer than 255 octets: ${uid.slice(0, 40)}…`);
  return uid;
}

/** The UID of an expert's n-th block (1-based, in time order) in an invitation. */
export function blockUid(eventKey: string, expertId: string, ordinal: number): string {
  checkEventKey(eventKey);
  if (!Number.isInteger(ordinal) || ordinal < 1) throw new CalendarError(`block ordinal must be a positive integer, got ${ordinal}`);
  return checkLength(`carrousel-${eventKey}-${encodeId(expertId)}-${ordinal}@${UID_DOMAIN}`);
}

/** Reads back what `blockUid` wrote; undefined for any other UID. */
export function parseBlockUid(uid: string): { eventKey: string; expertId: string; ordinal: number } | undefined {
  const m = /^carrousel-(.+)-([A-Za-z0-9_.%]+)-([1-9][0-9]*)@carrousel\.invalid$/.exec(uid);
  if (!m || m[1].startsWith('feed-')) return undefined;
  try {
    return { eventKey: m[1], expertId: decodeURIComponent(m[2]), ordinal: Number(m[3]) };
  } catch {
    return undefined;
  }
}

/**
 * UIDs of subscription feeds live in their own namespace (`carrousel-feed-...`): an expert who both
 * accepted the invitation and subscribed to the feed must not have two calendars fighting over one
 * UID (Google keys events by iCalUID across calendars).
 */
export function feedUid(eventKey: string, owner: 'expert' | 'group', ownerId: string, part: string): string {
  checkEventKey(eventKey);
  return checkLength(`carrousel-feed-${eventKey}-${owner}-${encodeId(ownerId)}-${encodeId(part)}@${UID_DOMAIN}`);
}
