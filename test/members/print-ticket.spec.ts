/** A print ticket opens its one event's sheet for 15 minutes, and nothing once altered, expired or sealed under another key. */
import { randomBytes } from 'node:crypto';
import { LinkSeal } from '../../src/access/link-seal';
import { issueTicket, readTicket, TICKET_LIFETIME_MS } from '../../src/members/print-ticket';

const seal = new LinkSeal(randomBytes(32));
const now = Date.parse('2027-01-22T08:00:00Z');

describe('print tickets', () => {
  it('open their event and sheet until they expire, 15 minutes on', () => {
    const ticket = issueTicket(seal, 'event-1', 'itinerary-cards', now);
    expect(readTicket(seal, ticket, now + 60_000)).toEqual({ eventId: 'event-1', sheet: 'itinerary-cards' });
    expect(readTicket(seal, ticket, now + TICKET_LIFETIME_MS - 1)).toEqual({ eventId: 'event-1', sheet: 'itinerary-cards' });
    expect(readTicket(seal, ticket, now + TICKET_LIFETIME_MS)).toBeUndefined();
    expect(TICKET_LIFETIME_MS).toBe(15 * 60_000);
  });

  it('open nothing once altered, truncated, or sealed under another key', () => {
    const ticket = issueTicket(seal, 'event-1', 'badges-members', now);
    const flipped = ticket.slice(0, 20) + (ticket[20] === 'A' ? 'B' : 'A') + ticket.slice(21);
    expect(readTicket(seal, flipped, now)).toBeUndefined();
    expect(readTicket(seal, ticket.slice(0, 10), now)).toBeUndefined();
    expect(readTicket(seal, '', now)).toBeUndefined();
    expect(readTicket(new LinkSeal(randomBytes(32)), ticket, now)).toBeUndefined();
  });

  it('open nothing that is not a sheet of ours, even sealed under the right key', () => {
    const other = seal.seal(JSON.stringify({ eventId: 'event-1', sheet: '../../etc/passwd', expires: now + 60_000 }));
    expect(readTicket(seal, other, now)).toBeUndefined();
    expect(readTicket(seal, seal.seal('not json'), now)).toBeUndefined();
  });
});
