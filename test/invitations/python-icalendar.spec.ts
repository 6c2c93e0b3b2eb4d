/**
 * Independent parsers: Debian's python3-icalendar (CI installs it; `apt-get install -y
 * python3-icalendar`). `/usr/bin/python3` on purpose: the pyenv `python3` on PATH cannot see Debian's
 * packages. python-icalendar records broken values in `.errors` instead of raising, so we assert those
 * are empty too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allExpertBlocks, blockUid, cancellation, feed, groupItinerary, invitation, lintCalendar } from '../../src/invitations/calendar';
import { expectParsersAgree, readWithKhal, readWithVobject } from '../support/calendar-readers';
import { describeIf, PYTHON, PYTHON_ICALENDAR } from '../support/requirements';
import { dstInstance, dstSchedule, NOW } from './fixtures';

const SCRIPT = `
import sys, json, datetime, icalendar
out = []
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    events = list(cal.walk('VEVENT'))
    errors = list(cal.errors) + [e for ev in events for e in ev.errors]
    out.append({
        'file': path.rsplit('/', 1)[-1],
        'method': str(cal.get('METHOD', '')),
        'errors': [str(e) for e in errors],
        'events': [{
            'uid': str(ev['UID']),
            'sequence': int(ev['SEQUENCE']) if 'SEQUENCE' in ev else None,
            'start': ev.decoded('DTSTART').astimezone(datetime.timezone.utc).isoformat() if 'DTSTART' in ev else None,
            'utc': ev.decoded('DTSTART').utcoffset() == datetime.timedelta(0) if 'DTSTART' in ev else None,
            'summary': str(ev.get('SUMMARY', '')),
        } for ev in events],
    })
print(json.dumps(out))
`;

describeIf(PYTHON_ICALENDAR, 'python-icalendar reads every file we emit', () => {
  const instance = dstInstance();
  const schedule = dstSchedule();
  const KEY = 'conv-nantes-2027';
  const blocks = allExpertBlocks(instance, schedule).filter((b) => b.expert.email);
  const files = new Map<string, string>();
  blocks.forEach((block) => {
    const uid = blockUid(KEY, block.expert.id, block.ordinal);
    files.set(`request-${block.expert.id}-${block.ordinal}.ics`, invitation({ event: instance.event, block, uid, sequence: 0, now: NOW }));
    files.set(
      `cancel-${block.expert.id}-${block.ordinal}.ics`,
      cancellation({ event: instance.event, expert: block.expert, uid, sequence: 1, now: NOW, previous: block }),
    );
  });
  files.set('feed-expert-e2.ics', feed({ kind: 'expert', event: instance.event, eventKey: KEY, blocks: blocks.filter((b) => b.expert.id === 'e2'), now: NOW }));
  files.set('feed-group-g1.ics', feed({ kind: 'group', event: instance.event, eventKey: KEY, itinerary: groupItinerary(instance, schedule, 'g1'), now: NOW }));

  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'carrousel-ics-'));
    for (const [name, text] of files) writeFileSync(join(dir, name), text, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses them without errors, with the UIDs, SEQUENCEs, METHODs and UTC instants we wrote', () => {
    for (const text of files.values()) expect(lintCalendar(text)).toEqual([]);
    const names = [...files.keys()];
    const out = JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, ...names.map((n) => join(dir, n))], { encoding: 'utf8' })) as {
      file: string;
      method: string;
      errors: string[];
      events: { uid: string; sequence: number | null; start: string | null; utc: boolean | null; summary: string }[];
    }[];
    expect(out.map((f) => f.file)).toEqual(names);
    for (const f of out) expect(f.errors).toEqual([]);
    const byName = new Map(out.map((f) => [f.file, f]));
    for (const block of blocks) {
      const uid = blockUid(KEY, block.expert.id, block.ordinal);
      const req = byName.get(`request-${block.expert.id}-${block.ordinal}.ics`)!;
      const can = byName.get(`cancel-${block.expert.id}-${block.ordinal}.ics`)!;
      expect([req.method, req.events.length, req.events[0].uid, req.events[0].sequence, req.events[0].utc]).toEqual(['REQUEST', 1, uid, 0, true]);
      expect(req.events[0].start).toBe(new Date(block.start).toISOString().replace('.000Z', '+00:00'));
      expect([can.method, can.events[0].uid, can.events[0].sequence]).toEqual(['CANCEL', uid, 1]);
    }
    expect(byName.get('request-e1-1.ics')!.events[0].start).toBe('2027-03-28T00:00:00+00:00');
    expect(byName.get('feed-group-g1.ics')!.events.map((e) => e.uid)).toEqual([
      `carrousel-feed-${KEY}-group-g1-r1@carrousel.invalid`,
      `carrousel-feed-${KEY}-group-g1-r5@carrousel.invalid`,
    ]);
    expect(byName.get('feed-expert-e2.ics')!.events.map((e) => e.start)).toEqual([
      '2027-10-30T23:30:00+00:00',
      '2027-10-31T02:00:00+00:00',
      '2027-10-31T09:00:00+00:00',
    ]);
  });
});

describe('vobject and khal read every file we emit too', () => {
  const instance = dstInstance();
  const schedule = dstSchedule();
  const KEY = 'conv-nantes-2027';
  const blocks = allExpertBlocks(instance, schedule).filter((b) => b.expert.email);
  const files: string[] = blocks.flatMap((block) => {
    const uid = blockUid(KEY, block.expert.id, block.ordinal);
    return [
      invitation({ event: instance.event, block, uid, sequence: 0, now: NOW }),
      cancellation({ event: instance.event, expert: block.expert, uid, sequence: 1, now: NOW, previous: block }),
    ];
  });
  const expertFeed = feed({ kind: 'expert', event: instance.event, eventKey: KEY, blocks: blocks.filter((b) => b.expert.id === 'e2'), now: NOW });
  files.push(expertFeed, feed({ kind: 'group', event: instance.event, eventKey: KEY, itinerary: groupItinerary(instance, schedule, 'g1'), now: NOW }));

  it('finds the UIDs and instants ical.js finds, on both clock-change weekends', () => {
    expectParsersAgree(files, 'Europe/Paris');
    // khal prints wall times: 01:30 summer time, then 03:00 and 10:00 winter time on 31 October.
    const khal = readWithKhal([expertFeed], 'Europe/Paris');
    if (khal) expect(khal[0].events.map((e) => e.start)).toEqual(['2027-10-30T23:30:00Z', '2027-10-31T02:00:00Z', '2027-10-31T09:00:00Z']);
  });

  it('says so when a file is broken (unclosed, no UID, a date for a time)', () => {
    const good = files[0];
    const broken = [
      good.replace(/END:VCALENDAR\r\n$/, ''),
      good.replace(/^UID:.*\r\n/m, ''),
      good.replace(/^DTSTART:(\d{8})T\d{6}Z/m, 'DTSTART;VALUE=DATE:$1'),
    ];
    for (const read of [readWithVobject(broken), readWithKhal(broken, 'Europe/Paris')])
      if (read) expect(read.map((r) => r.errors.length > 0)).toEqual([true, true, true]);
  });
});
