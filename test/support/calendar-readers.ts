/**
 * Every calendar file the tests make, read by four parsers that share no code with ours: ical.js
 * (in process), python-icalendar, vobject (it validates each component) and khal (a calendar
 * program: its `printics`, times printed in the event's zone). `expectParsersAgree` asserts
 * that each one present reads every file without an error and finds the same events: the same
 * UIDs, and the same start and end instants as ical.js (khal's wall times turned back into
 * instants in the zone, so a wrong offset on a clock-change weekend shows). A parser that is not
 * installed is skipped with one line (requirements.ts), or fails where CARROUSEL_REQUIRE names it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { readWithPython } from './python-icalendar';
import { KHAL, PYTHON, PYTHON_VOBJECT, usable } from './requirements';

/** What a parser found in one file: its METHOD and events, or what it choked on. */
export interface Reading {
  method: string;
  errors: string[];
  events: { uid: string; start: string; end: string }[];
}

const VOBJECT = `
import sys, json, datetime, vobject
utc = lambda v: v.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
out = []
for path in sys.argv[1:]:
    entry = {'method': '', 'errors': [], 'events': []}
    try:
        cals = list(vobject.readComponents(open(path, encoding='utf-8').read(), validate=True))
        if len(cals) != 1:
            entry['errors'].append('%d VCALENDAR' % len(cals))
        cal = cals[0]
        entry['method'] = cal.method.value if hasattr(cal, 'method') else ''
        for ev in cal.contents.get('vevent', []):
            entry['events'].append({'uid': ev.uid.value, 'start': utc(ev.dtstart.value), 'end': utc(ev.dtend.value)})
    except Exception as e:
        entry['errors'].append('%s: %s' % (type(e).__name__, e))
    out.append(entry)
print(json.dumps(out))
`;

function inFiles<T>(prefix: string, texts: string[], read: (paths: string[], dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const paths = texts.map((text, i) => {
      const p = join(dir, `${i}.ics`);
      writeFileSync(p, text, 'utf8');
      return p;
    });
    return read(paths, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readWithIcalJs(texts: string[]): Reading[] {
  return texts.map((text) => {
    try {
      const cal = new ICAL.Component(ICAL.parse(text));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const iso = (t: ICAL.Time) => t.toJSDate().toISOString().replace('.000', '');
      return {
        method: String(cal.getFirstPropertyValue('method') ?? ''),
        errors: [],
        events: events.map((e) => ({ uid: e.uid, start: iso(e.startDate), end: iso(e.endDate) })),
      };
    } catch (error) {
      return { method: '', errors: [String(error)], events: [] };
    }
  });
}

export function readWithVobject(texts: string[]): Reading[] | undefined {
  if (!usable(PYTHON_VOBJECT)) return undefined;
  return inFiles('carrousel-vobject-', texts, (paths) => JSON.parse(execFileSync(PYTHON, ['-c', VOBJECT, ...paths], { encoding: 'utf8' })));
}

/**
 * khal's own `printics` (controllers.print_ics: its parser, its event model, its formatting), run
 * for every file in one Python process: starting khal once per file costs a third of a second.
 * Times are printed in `zone` with their UTC offset, so the repeated hour of a night when the clocks
 * go back stays unambiguous.
 */
const KHAL_SCRIPT = `
import sys, json, io, contextlib
from khal.settings import get_config
from khal.controllers import print_ics
conf = get_config(sys.argv[1])
out = []
for path in sys.argv[2:]:
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            print_ics(conf, path, open(path, encoding='utf-8').read(), '{uid}\\t{start-long}\\t{end-long}')
        out.append({'ok': True, 'text': buf.getvalue()})
    except Exception as e:
        out.append({'ok': False, 'text': '%s: %s' % (type(e).__name__, e)})
print(json.dumps(out))
`;

export function readWithKhal(texts: string[], zone: string): Reading[] | undefined {
  if (!usable(KHAL)) return undefined;
  return inFiles('carrousel-khal-', texts, (paths, dir) => {
    const calendars = join(dir, 'calendars');
    mkdirSync(calendars);
    const config = join(dir, 'khal.conf');
    const formats = [
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%dT%H:%M%z',
      'longdatetimeformat = %Y-%m-%dT%H:%M%z',
    ];
    writeFileSync(
      config,
      ['[calendars]', '[[carrousel]]', `path = ${calendars}`, '[locale]', ...formats, `local_timezone = ${zone}`, `default_timezone = ${zone}`, ''].join('\n'),
    );
    const printed = JSON.parse(execFileSync(PYTHON, ['-c', KHAL_SCRIPT, config, ...paths], { encoding: 'utf8' })) as { ok: boolean; text: string }[];
    const instant = (wall: string) => DateTime.fromFormat(wall, "yyyy-MM-dd'T'HH:mmZZZ", { setZone: true }).toUTC().toISO({ suppressMilliseconds: true })!;
    return printed.map(({ ok, text }, i) => {
      if (!ok) return { method: '', errors: [`khal: ${text}`], events: [] };
      const [count, ...lines] = text.trim().split('\n');
      const events = lines.filter(Boolean).map((line) => {
        const [uid, start, end] = line.trim().split('\t');
        return { uid, start: instant(start), end: instant(end) };
      });
      const errors = count === `${events.length} events found in ${paths[i]}` ? [] : [`khal said « ${count} » and printed ${events.length} events`];
      return { method: '', errors, events };
    });
  });
}

/** Every parser present reads every file cleanly and finds the events ical.js finds (UIDs, instants); `zone` is the event's. */
export function expectParsersAgree(texts: string[], zone = 'Europe/Paris'): void {
  const reference = readWithIcalJs(texts);
  expect(reference.filter((r) => r.errors.length)).toEqual([]);
  const events = (r: Reading) => r.events.map((e) => `${e.uid} ${e.start} ${e.end}`).sort();
  const python = readWithPython(texts);
  if (python) {
    expect(python.filter((r) => r.errors.length)).toEqual([]);
    expect(python.map((r) => [r.method, [...r.uids].sort()])).toEqual(reference.map((r) => [r.method, r.events.map((e) => e.uid).sort()]));
  }
  const vobject = readWithVobject(texts);
  if (vobject) {
    expect(vobject.filter((r) => r.errors.length)).toEqual([]);
    expect(vobject.map((r) => [r.method, events(r)])).toEqual(reference.map((r) => [r.method, events(r)]));
  }
  const khal = readWithKhal(texts, zone);
  if (khal) {
    expect(khal.filter((r) => r.errors.length)).toEqual([]);
    // khal prints minutes: compare at that precision.
    const minutes = (r: Reading) => events(r).map((line) => line.replace(/:00Z/g, 'Z'));
    expect(khal.map(minutes)).toEqual(reference.map(minutes));
  }
}
