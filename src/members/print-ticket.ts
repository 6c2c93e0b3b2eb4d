/**
 * Print tickets: the organizer app opens a sheet in a new tab, where it cannot send the organizer
 * key, so it asks for a ticket first. A ticket names one event's sheet and an expiry, sealed
 * (AES-256-GCM, the personal links' key: every instance reads it alike), so it needs no storage
 * and cannot be forged or pointed at another event. Short-lived: long enough to print and reload.
 */
import type { LinkSeal } from '../access/link-seal';

export const SHEETS = ['badges-members', 'badges-experts', 'itinerary-cards'] as const;
export type Sheet = (typeof SHEETS)[number];
export const isSheet = (s: string): s is Sheet => (SHEETS as readonly string[]).includes(s);

export const TICKET_LIFETIME_MS = 15 * 60_000;

interface Ticket {
  eventId: string;
  sheet: Sheet;
  expires: number;
}

export function issueTicket(seal: LinkSeal, eventId: string, sheet: Sheet, now: number): string {
  const ticket: Ticket = { eventId, sheet, expires: now + TICKET_LIFETIME_MS };
  return seal.seal(JSON.stringify(ticket));
}

/** The event and sheet of a ticket still valid at `now`; undefined for an expired, forged or garbled one. */
export function readTicket(seal: LinkSeal, sealed: string, now: number): Omit<Ticket, 'expires'> | undefined {
  let ticket: Ticket;
  try {
    ticket = JSON.parse(seal.open(sealed)) as Ticket;
  } catch {
    return undefined;
  }
  if (!isSheet(ticket.sheet) || typeof ticket.eventId !== 'string' || !(ticket.expires > now)) return undefined;
  return { eventId: ticket.eventId, sheet: ticket.sheet };
}
