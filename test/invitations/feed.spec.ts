import { expertBlocks, feed, groupItinerary, lintCalendar } from '../../src/invitations/calendar';
import { escapeText } from '../../src/invitations/calendar/text';
import { dstInstance, dstSchedule, NASTY, NOW, parse, utc } from './fixtures';

const instance = dstInstance();
const schedule = dstSchedule();
const KEY = 'conv-nantes-2027';

describe('feeds (METHOD:PUBLISH)', () => {
  it("publishes an expert's blocks without ORGANIZER or ATTENDEE", () => {
    const text = feed({ kind: 'expert', event: instance.event, eventKey: KEY, blocks: expertBlocks(instance, schedule, 'e2'), now: NOW });
    expect(lintCalendar(text)).toEqual([]);
    const { method, events, cal } = parse(text);
    expect(method).toBe('PUBLISH');
    // ical.js does not know X-WR-CALNAME is TEXT and returns it raw: check the escaping itself.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(`Auditions — ${escapeText(NASTY)}`);
    expect(events.map((e) => [e.uid, utc(e.startDate), utc(e.endDate)])).toEqual([
      [`carrousel-feed-${KEY}-expert-e2-1@carrousel.invalid`, '2027-10-30T23:30:00.000Z', '2027-10-30T23:50:00.000Z'],
      [`carrousel-feed-${KEY}-expert-e2-2@carrousel.invalid`, '2027-10-31T02:00:00.000Z', '2027-10-31T02:20:00.000Z'],
      [`carrousel-feed-${KEY}-expert-e2-3@carrousel.invalid`, '2027-10-31T09:00:00.000Z', '2027-10-31T09:20:00.000Z'],
    ]);
    expect(text).not.toMatch(/^(ATTENDEE|ORGANIZER)/m);
  });

  it("publishes a group's itinerary, one event per meeting, UIDs stable from one poll to the next", () => {
    const make = (now: number) => feed({ kind: 'group', event: instance.event, eventKey: KEY, itinerary: groupItinerary(instance, schedule, 'g1'), now });
    const text = make(NOW);
    expect(lintCalendar(text)).toEqual([]);
    const { events, cal } = parse(text);
    expect(cal.getFirstPropertyValue('name')).toBe(`Parcours — ${escapeText(NASTY)}`);
    expect(events.map((e) => [e.uid, utc(e.startDate), e.summary, e.location])).toEqual([
      [
        `carrousel-feed-${KEY}-group-g1-r1@carrousel.invalid`,
        '2027-03-28T00:00:00.000Z',
        'Audition : Hélène Dupré (CHU) — Salle 1',
        'Salle 1 — https://visio.example.org/j/123',
      ],
      [
        `carrousel-feed-${KEY}-group-g1-r5@carrousel.invalid`,
        '2027-10-30T23:30:00.000Z',
        `Audition : ${NASTY} — ${NASTY}`,
        `${NASTY} — Salle B, 2e étage; bâtiment C`,
      ],
    ]);
    expect(events[0].description).toContain('Dimanche 28 mars 2027, 1\u00a0h\u00a000\u00a0– 1\u00a0h\u00a020.');
    expect(events[1].description).toContain('Dimanche 31 octobre 2027, 1\u00a0h\u00a030\u00a0– 1\u00a0h\u00a050.');
    expect(parse(make(NOW + 3_600_000)).events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('gives an expert without meetings an empty calendar, which the linter flags (RFC 5545 §3.6 wants a component)', () => {
    const text = feed({ kind: 'expert', event: instance.event, eventKey: KEY, blocks: [], now: NOW });
    expect(lintCalendar(text)).toEqual([expect.stringMatching(/^no VEVENT/)]);
    expect(parse(text).events).toEqual([]);
  });
});
