/**
 * Print tickets: the organizer app opens a sheet in a new tab, where it cannot send the organizer
 * key, so it asks for a ticket first. A ticket names one event's sheet and an expiry, sealed
 * (AES-256-GCM, the personal links' key: every instance reads it alike), so it needs no storage
 * and cannot be forged or pointed at another event. Short-lived: long enough to print and reload.
 */
import { Injectable } from '@nestjs/common';
import { LinkSeal } from '../access/link-seal';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';

export const SHEETS = ['badges-members', 'badges-experts', 'itinerary-cards'] as const;
export type Sheet = (typeof SHEETS)[number];
export const isSheet = (s: string): s is Sheet => (SHEETS as readonly string[]).includes(s);

const LIFETIME_MS = 15 * 60_000;

interface Ticket {
  eventId: string;
  sheet: Sheet;
  expires: number;
}

@Injectable()
export class PrintTickets {
  private readonly seal: LinkSeal;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.seal = LinkSeal.load(config.dataDir);
  }

  issue(eventId: string, sheet: Sheet): string {
    const ticket: Ticket = { eventId, sheet, expires: this.clock.now().getTime() + LIFETIME_MS };
    return this.seal.seal(JSON.stringify(ticket));
  }

  /** The event and sheet of a ticket still valid; undefined for an expired, forged or garbled one. */
  read(sealed: string): Omit<Ticket, 'expires'> | undefined {
    let ticket: Ticket;
    try {
      ticket = JSON.parse(this.seal.open(sealed)) as Ticket;
    } catch {
      return undefined;
    }
    if (!isSheet(ticket.sheet) || typeof ticket.eventId !== 'string' || !(ticket.expires > this.clock.now().getTime())) return undefined;
    return { eventId: ticket.eventId, sheet: ticket.sheet };
  }
}
