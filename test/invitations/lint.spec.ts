import { createEvent } from 'ics';
import { blockUid, cancellation, expertBlocks, invitation, lintCalendar } from '../../src/invitations/calendar';
import { unfold } from '../../src/invitations/calendar/fold';
import { dstInstance, dstSchedule, NOW } from './fixtures';

const instance = dstInstance();
const block = expertBlocks(instance, dstSchedule(), 'e1')[0];
const uid = blockUid('k', 'e1', 1);
const good = invitation({ event: instance.event, block, uid, sequence: 1, now: NOW });
/** Edit the unfolded text (short lines, so no refolding needed for these cases). */
const edit = (f: (s: string) => string, text = good) => f(unfold(text));
const findings = (text: string) => lintCalendar(text).join('\n');

describe('lintCalendar', () => {
  it('accepts what we emit', () => {
    expect(lintCalendar(good)).toEqual([]);
  });

  describe('with --previous (the message sent before for the UID)', () => {
    const first = invitation({ event: instance.event, block, uid, sequence: 0, now: NOW - 60_000 });
    it('accepts an update with a higher SEQUENCE, a later DTSTAMP and the same ORGANIZER', () => {
      expect(lintCalendar(good, { previous: first })).toEqual([]);
      expect(
        lintCalendar(cancellation({ event: instance.event, expert: block.expert, uid, sequence: 2, now: NOW + 1000, previous: block }), { previous: good }),
      ).toEqual([]);
    });
    it('refuses the same SEQUENCE and DTSTAMP, another ORGANIZER, another UID', () => {
      const twin = cancellation({ event: instance.event, expert: block.expert, uid, sequence: 1, now: NOW, previous: block });
      expect(lintCalendar(twin, { previous: good })).toEqual([
        expect.stringMatching(/SEQUENCE 1 is not above/),
        expect.stringMatching(/DTSTAMP .* is not after/),
      ]);
      const moved = invitation({ event: { ...instance.event, organizer: { email: 'autre@example.org' } }, block, uid, sequence: 2, now: NOW + 1000 });
      expect(lintCalendar(moved, { previous: good })).toEqual([expect.stringMatching(/ORGANIZER changed/)]);
      expect(lintCalendar(invitation({ event: instance.event, block, uid: blockUid('k', 'e1', 2), sequence: 2, now: NOW + 1000 }), { previous: good })).toEqual(
        [expect.stringMatching(/not the same UID/)],
      );
    });
  });

  it.each<[string, string, RegExp]>([
    ['bare LF', good.replace(/\r\n/g, '\n'), /CRLF/],
    ['no final CRLF', good.slice(0, -2), /last line/],
    ['a line over 75 octets', unfold(good), /octets \(max 75\)/],
    ['an empty continuation line', good.replace('TRANSP:OPAQUE\r\n', 'TRANSP:OPAQUE\r\n \r\n'), /empty continuation/],
    ['a quoted ROLE (ics #277)', edit((s) => s.replace('ROLE=REQ-PARTICIPANT', 'ROLE="REQ-PARTICIPANT"')), /ROLE must not be quoted/],
    ['a quoted RSVP', edit((s) => s.replace('RSVP=TRUE', 'RSVP="TRUE"')), /RSVP must not be quoted/],
    ['a floating DTSTART', edit((s) => s.replace('DTSTART:20270328T000000Z', 'DTSTART:20270328T010000')), /floating/],
    ['a TZID without VTIMEZONE', edit((s) => s.replace('DTSTART:20270328T000000Z', 'DTSTART;TZID=Europe/Paris:20270328T010000')), /no VTIMEZONE/],
    ['a TZID with a UTC value', edit((s) => s.replace('DTSTART:20270328T000000Z', 'DTSTART;TZID=Europe/Paris:20270328T010000Z')), /both TZID and a UTC/],
    ['a local DTSTAMP', edit((s) => s.replace('DTSTAMP:20270301T090000Z', 'DTSTAMP:20270301T090000')), /DTSTAMP must be in UTC/],
    ['no VERSION', edit((s) => s.replace('VERSION:2.0\r\n', '')), /VERSION:2.0/],
    ['no PRODID', edit((s) => s.replace(/PRODID:.*\r\n/, '')), /PRODID/],
    ['unbalanced BEGIN/END', edit((s) => s.replace('END:VEVENT\r\n', '')), /never closed|closes BEGIN/],
    ['no UID', edit((s) => s.replace(/UID:.*\r\n/, '')), /UID must appear exactly once/],
    ['no DTSTART in a REQUEST', edit((s) => s.replace(/DTSTART:.*\r\n/, '')), /DTSTART must appear/],
    ['a non-integer SEQUENCE', edit((s) => s.replace('SEQUENCE:1', 'SEQUENCE:1.5')), /SEQUENCE must be a non-negative integer/],
    ['an epoch-ms SEQUENCE', edit((s) => s.replace('SEQUENCE:1', 'SEQUENCE:1798000000000')), /SEQUENCE/],
    ['a REQUEST without ATTENDEE', edit((s) => s.replace(/ATTENDEE.*\r\n/, '')), /at least one ATTENDEE/],
    ['a REQUEST without ORGANIZER', edit((s) => s.replace(/ORGANIZER.*\r\n/, '')), /exactly one ORGANIZER/],
    ['RSVP missing in a REQUEST', edit((s) => s.replace(';RSVP=TRUE', '')), /RSVP=TRUE/],
    ['PARTSTAT=ACCEPTED set by the organizer', edit((s) => s.replace('PARTSTAT=NEEDS-ACTION', 'PARTSTAT=ACCEPTED')), /PARTSTAT=ACCEPTED/],
    ['a PUBLISH with ATTENDEE', edit((s) => s.replace('METHOD:REQUEST', 'METHOD:PUBLISH')), /PUBLISH must not carry ATTENDEE/],
    ['no METHOD but ORGANIZER', edit((s) => s.replace('METHOD:REQUEST\r\n', '')), /without METHOD/],
    ['an unescaped comma in SUMMARY', edit((s) => s.replace('SUMMARY:Auditions', 'SUMMARY:Auditions, oui')), /unescaped/],
    ['a stray backslash in DESCRIPTION', edit((s) => s.replace('DESCRIPTION:', 'DESCRIPTION:C:\\temp ')), /stray backslash/],
    ['X-WR-CALNAME in a REQUEST', edit((s) => s.replace('METHOD:REQUEST', 'METHOD:REQUEST\r\nX-WR-CALNAME:Auditions')), /X-WR-CALNAME/],
    [
      'two UIDs in one REQUEST',
      edit((s) => s.replace('END:VCALENDAR', s.slice(s.indexOf('BEGIN:VEVENT'), s.indexOf('END:VCALENDAR')).replace(uid, 'other@x') + 'END:VCALENDAR')),
      /several UIDs/,
    ],
    ['DTEND before DTSTART', edit((s) => s.replace('DTEND:20270328T012000Z', 'DTEND:20270327T012000Z')), /not after DTSTART/],
    ['a DQUOTE inside an unquoted CN', edit((s) => s.replace('CN=Hélène Dupré', 'CN=Hélène "Dupré"')), /DQUOTE/],
    ['a property outside any component', `X-FOO:bar\r\n${good}`, /outside any component/],
    ['an attendee that is not mailto:', edit((s) => s.replace('mailto:helene', 'http://helene')), /mailto:/],
  ])('flags %s', (_what, text, expected) => {
    expect(findings(text)).toMatch(expected);
  });

  it('accepts a TZID that has its VTIMEZONE', () => {
    const zone =
      'BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n';
    const text = edit((s) =>
      s
        .replace('BEGIN:VEVENT', `${zone}BEGIN:VEVENT`)
        .replace('DTSTART:20270328T000000Z', 'DTSTART;TZID=Europe/Paris:20270328T010000')
        .replace('DTEND:20270328T012000Z', 'DTEND;TZID=Europe/Paris:20270328T032000'),
    );
    // Unfolded by `edit`, so only the long DESCRIPTION line may be reported.
    expect(lintCalendar(text).filter((f) => !/octets/.test(f))).toEqual([]);
  });

  it('wants STATUS:CANCELLED and SEQUENCE in a CANCEL, and no alarm', () => {
    const cancel = cancellation({ event: instance.event, expert: block.expert, uid, sequence: 2, now: NOW, previous: block });
    expect(lintCalendar(cancel)).toEqual([]);
    expect(findings(edit((s) => s.replace('STATUS:CANCELLED', 'STATUS:CONFIRMED'), cancel))).toMatch(/STATUS:CANCELLED/);
    expect(findings(edit((s) => s.replace('SEQUENCE:2\r\n', ''), cancel))).toMatch(/CANCEL needs SEQUENCE/);
    const alarm = 'BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n';
    expect(findings(edit((s) => s.replace('END:VEVENT', `${alarm}END:VEVENT`), cancel))).toMatch(/no VALARM/);
  });

  it('finds the gaps of the raw `ics` 3.12 output that made us write our own serializer', () => {
    const raw = (name: string) =>
      createEvent({
        productId: '-//Carrousel//Auditions//FR',
        method: 'REQUEST',
        uid,
        sequence: 1,
        start: Date.UTC(2027, 2, 28, 8),
        end: Date.UTC(2027, 2, 28, 9),
        title: 'Audition',
        description: 'é'.repeat(80),
        organizer: { name: 'Secrétariat', email: 'auditions@example.org' },
        attendees: [{ name, email: 'helene@example.net', rsvp: true, role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' }],
      });
    const plain = raw('Hélène Dupré');
    expect(plain.error).toBeFalsy();
    const found = findings(plain.value!);
    expect(found).toMatch(/ROLE must not be quoted/);
    expect(found).toMatch(/PARTSTAT must not be quoted/);
    expect(found).toMatch(/octets \(max 75\)/);
    // A DQUOTE in a name comes out as \" inside the quoted CN: the ATTENDEE line no longer parses.
    expect(findings(raw('Hélène "la" Dupré').value!)).toMatch(/content line \d+: no ":" after the name and parameters of ATTENDEE/);
  });
});
