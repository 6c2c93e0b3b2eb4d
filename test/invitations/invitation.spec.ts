import { blockUid, CalendarError, cancellation, expertBlocks, invitation, lintCalendar } from '../../src/invitations/calendar';
import { unfold } from '../../src/invitations/calendar/fold';
import { dstInstance, dstSchedule, NASTY, NOW, parse, utc, withTZ } from './fixtures';

const instance = dstInstance();
const schedule = dstSchedule();
const [marchBlock, laterBlock] = expertBlocks(instance, schedule, 'e1');
const uid = blockUid('conv-nantes-2027', 'e1', 1);

function request(block = marchBlock, sequence = 0) {
  return invitation({ event: instance.event, block, uid: blockUid('conv-nantes-2027', block.expert.id, block.ordinal), sequence, now: NOW });
}

describe('invitation (METHOD:REQUEST)', () => {
  const text = request();

  it('is clean for our linter, CRLF everywhere', () => {
    expect(lintCalendar(text)).toEqual([]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back in ical.js with UTC instants across the March change', () => {
    const { method, events } = parse(text);
    expect(method).toBe('REQUEST');
    expect(events).toHaveLength(1);
    const ev = events[0];
    expect(ev.uid).toBe('carrousel-conv-nantes-2027-e1-1@carrousel.invalid');
    expect(ev.uid).toBe(uid);
    expect(ev.sequence).toBe(0);
    expect(utc(ev.startDate)).toBe('2027-03-28T00:00:00.000Z');
    expect(utc(ev.endDate)).toBe('2027-03-28T01:20:00.000Z');
    expect(utc(ev.component.getFirstPropertyValue('dtstamp') as never)).toBe('2027-03-01T09:00:00.000Z');
    expect(ev.summary).toBe('Auditions — Convention citoyenne — auditions : vous recevez 2 groupes');
    expect(ev.location).toBe('Salle 1 — https://visio.example.org/j/123');
    expect(ev.component.getFirstPropertyValue('url')).toBe('https://visio.example.org/j/123');
    expect(ev.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('has the organizer and the expert alone as attendee, with bare ROLE, PARTSTAT and RSVP', () => {
    const { events } = parse(text);
    const organizer = events[0].component.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:auditions@example.org');
    expect(organizer.getParameter('cn')).toBe('Secrétariat de la Convention');
    const attendees = events[0].attendees;
    expect(attendees).toHaveLength(1);
    const a = attendees[0];
    expect(a.getFirstValue()).toBe('mailto:helene.dupre@example.net');
    expect([a.getParameter('cn'), a.getParameter('role'), a.getParameter('partstat'), a.getParameter('rsvp'), a.getParameter('cutype')]).toEqual([
      'Hélène Dupré',
      'REQ-PARTICIPANT',
      'NEEDS-ACTION',
      'TRUE',
      'INDIVIDUAL',
    ]);
    // ical.js strips quotes, so check the raw text too.
    const raw = unfold(text);
    expect(raw).toContain(
      '\r\nATTENDEE;CN=Hélène Dupré;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:helene.dupre@example.net\r\n',
    );
    expect(raw).toContain('\r\nORGANIZER;CN=Secrétariat de la Convention:mailto:auditions@example.org\r\n');
    expect(raw).not.toMatch(/="(REQ-PARTICIPANT|NEEDS-ACTION|TRUE|INDIVIDUAL)"/);
  });

  it('lists round by round who comes, in Paris time, with the break', () => {
    const description = parse(text).events[0].description;
    expect(description).toContain('Dimanche 28 mars 2027');
    expect(description).toContain(`1\u00a0h\u00a000\u00a0– 1\u00a0h\u00a020 : groupe « ${NASTY} » (5 personnes, thèmes : santé, logement)`);
    expect(description).toContain('1\u00a0h\u00a030\u00a0– 1\u00a0h\u00a050 : pause');
    expect(description).toContain('3\u00a0h\u00a000\u00a0– 3\u00a0h\u00a020 : groupe « Groupe Mobilités » (1 personne)');
    expect(description).toContain('Lien : https://visio.example.org/j/123');
    // Accepting in a calendar reaches nobody: the description points to the e-mail's answer buttons.
    expect(description).toContain('ouvrez les liens « Je confirme ma venue » et « Je ne pourrai pas venir » du courriel');
    expect(description).toContain('la réponse « Oui » ou « Non » de votre agenda ne met pas le programme à jour');
    expect(description).not.toMatch(/accepter/i);
  });

  it('keeps a name full of separators as data: exact round trip, no injected property', () => {
    const block = expertBlocks(instance, schedule, 'e2')[0];
    const t = request(block);
    expect(lintCalendar(t)).toEqual([]);
    const { events, vevents } = parse(t);
    const ev = events[0];
    expect(ev.location).toBe(`${NASTY} — Salle B, 2e étage; bâtiment C`);
    expect(ev.description).toContain(`table « ${NASTY} »`);
    expect(ev.description).toContain(`groupe « ${NASTY} »`);
    expect(vevents[0].getAllProperties().map((p) => p.name)).toEqual([
      'uid',
      'sequence',
      'dtstamp',
      'dtstart',
      'dtend',
      'summary',
      'location',
      'description',
      'organizer',
      'attendee',
      'status',
      'transp',
    ]);
    // A CN cannot hold a DQUOTE or a line break: they become ' and a space, the rest survives.
    expect(ev.attendees[0].getParameter('cn')).toBe(`Dupont, Marie; 'la' <b> X`);
    expect(unfold(t)).toContain(`ATTENDEE;CN="Dupont, Marie; 'la' <b> X";CUTYPE`);
    expect(utc(ev.startDate)).toBe('2027-10-30T23:30:00.000Z');
  });

  it('reads the October change right: 10:00 Paris on 2027-10-31 is 09:00 UTC', () => {
    const ev = parse(request(expertBlocks(instance, schedule, 'e2')[2])).events[0];
    expect(utc(ev.startDate)).toBe('2027-10-31T09:00:00.000Z');
    expect(ev.uid).toBe('carrousel-conv-nantes-2027-e2-3@carrousel.invalid');
  });

  it('gives the second block its own UID (one UID per message, RFC 5546 §3.2.2)', () => {
    const ev = parse(request(laterBlock)).events[0];
    expect(ev.uid).toBe('carrousel-conv-nantes-2027-e1-2@carrousel.invalid');
    expect(utc(ev.startDate)).toBe('2027-03-28T08:00:00.000Z');
  });

  it('folds long accented lines at 75 octets and unfolds them back exactly', () => {
    const longName = 'Convention citoyenne pour l’évolution énergétique équitable — été 2027, 2ᵉ session « Écologie »';
    const t = invitation({ event: { ...instance.event, name: longName }, block: marchBlock, uid, sequence: 3, now: NOW });
    expect(lintCalendar(t)).toEqual([]);
    const lines = t.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    const ev = parse(t).events[0];
    expect(ev.summary).toBe(`Auditions — ${longName} : vous recevez 2 groupes`);
    expect(ev.description.startsWith(`${longName}\n`)).toBe(true);
    expect(ev.sequence).toBe(3);
  });

  it('writes the same bytes whatever the server zone', () => {
    for (const tz of ['Europe/Paris', 'America/New_York']) expect(withTZ(tz, () => request())).toBe(text);
  });

  it('refuses what would make a broken or misleading invitation', () => {
    const block = expertBlocks(instance, schedule, 'e3')[0];
    expect(() => request(block)).toThrow(CalendarError);
    expect(() => invitation({ event: { name: 'x' }, block: marchBlock, uid, sequence: 0, now: NOW })).toThrow(/no organizer/);
    const sneaky = { ...marchBlock, expert: { ...marchBlock.expert, email: 'a@b.org\r\nATTENDEE:mailto:c@d.org' } };
    expect(() => request(sneaky)).toThrow(CalendarError);
    const self = { ...marchBlock, expert: { ...marchBlock.expert, email: 'Auditions@example.org' } };
    expect(() => request(self)).toThrow(/organizer's address/);
    expect(() => request(marchBlock, -1)).toThrow(/SEQUENCE/);
    expect(() => request(marchBlock, 1.5)).toThrow(/SEQUENCE/);
  });
});

describe('cancellation (METHOD:CANCEL)', () => {
  it('has the same UID, the higher SEQUENCE, STATUS:CANCELLED, the attendee without RSVP', () => {
    const t = cancellation({ event: instance.event, expert: marchBlock.expert, uid, sequence: 2, now: NOW + 86_400_000, previous: marchBlock });
    expect(lintCalendar(t)).toEqual([]);
    const { method, events, vevents } = parse(t);
    expect(method).toBe('CANCEL');
    const ev = events[0];
    expect([ev.uid, ev.sequence]).toEqual([uid, 2]);
    expect(vevents[0].getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(utc(ev.startDate)).toBe('2027-03-28T00:00:00.000Z');
    expect(ev.summary).toBe('Annulé : Auditions — Convention citoyenne — auditions : vous recevez 2 groupes');
    expect(ev.attendees).toHaveLength(1);
    expect(ev.attendees[0].getFirstValue()).toBe('mailto:helene.dupre@example.net');
    expect(ev.attendees[0].getParameter('rsvp')).toBeUndefined();
    expect(vevents[0].getFirstProperty('organizer')!.getFirstValue()).toBe('mailto:auditions@example.org');
    expect(t).not.toContain('VALARM');
  });

  it('works without the old block (DTSTART is optional in a CANCEL)', () => {
    const t = cancellation({ event: instance.event, expert: marchBlock.expert, uid, sequence: 1, now: NOW });
    expect(lintCalendar(t)).toEqual([]);
    const ev = parse(t).events[0];
    expect([ev.uid, ev.sequence]).toEqual([uid, 1]);
    expect(t).not.toContain('DTSTART');
  });
});
