/**
 * Our strict checker. Google, Outlook, Apple and ical.js all accept files that some other client
 * then misreads (quoted ROLE, bare LF, TZID without VTIMEZONE...), and no offline iCalendar
 * validator exists, so every file we emit goes through this in tests. Each rule cites the MUST of
 * docs/calendar.md (RFC 5545 / 5546 and the client quirks Q1-Q24 of the design note) it enforces.
 * Returns findings as sentences; empty means clean.
 */
import { MAX_LINE_OCTETS, unfold } from './fold';
import { readContentLine, type ContentLine } from './parse-line';

interface Component {
  name: string;
  props: ContentLine[];
  children: Component[];
  line: number;
}

const METHODS = new Set(['PUBLISH', 'REQUEST', 'REPLY', 'ADD', 'CANCEL', 'REFRESH', 'COUNTER', 'DECLINECOUNTER']);
const ENUM_PARAMS: Record<string, RegExp> = {
  ROLE: /^(CHAIR|REQ-PARTICIPANT|OPT-PARTICIPANT|NON-PARTICIPANT|X-[A-Z0-9-]+)$/i,
  PARTSTAT: /^(NEEDS-ACTION|ACCEPTED|DECLINED|TENTATIVE|DELEGATED|X-[A-Z0-9-]+)$/i,
  CUTYPE: /^(INDIVIDUAL|GROUP|RESOURCE|ROOM|UNKNOWN|X-[A-Z0-9-]+)$/i,
  RSVP: /^(TRUE|FALSE)$/i,
  'SCHEDULE-AGENT': /^(SERVER|CLIENT|NONE|X-[A-Z0-9-]+)$/i,
};
const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'NAME', 'X-WR-CALNAME', 'CONTACT', 'RESOURCES']);
const DATE_TIME_PROPS = new Set(['DTSTART', 'DTEND', 'DTSTAMP', 'RECURRENCE-ID', 'CREATED', 'LAST-MODIFIED', 'DUE', 'EXDATE', 'RDATE']);
const UTC_ONLY = new Set(['DTSTAMP', 'CREATED', 'LAST-MODIFIED']);
const DATE_TIME = /^\d{8}T\d{6}Z?$/;
const DATE = /^\d{8}$/;

export interface LintOptions {
  /**
   * The message sent before for the same UID (the `--previous` check): iTIP continuity. RFC 5546
   * §2.1.4-§2.1.5: the same UID keeps its ORGANIZER (Google and Outlook take another one for someone
   * else's meeting), and each new message has a higher SEQUENCE and a later DTSTAMP (two messages
   * sharing both cannot be ordered: clients keep whichever came last).
   */
  previous?: string;
}

export function lintCalendar(text: string, options: LintOptions = {}): string[] {
  const findings: string[] = [];
  const add = (msg: string) => findings.push(msg);
  if (options.previous !== undefined) findings.push(...lintContinuity(options.previous, text));

  // Bytes (RFC 5545 §3.1, quirks Q1, Q23, Q24).
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) add('line breaks must all be CRLF (bare LF or CR found)');
  if (!text.endsWith('\r\n')) add('the last line must end with CRLF');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    add('a broken character (lone UTF-16 surrogate): a fold split a code point');
  // What a decoder leaves where a fold cut a UTF-8 sequence in two (ics #171, ical-generator #221).
  if (text.includes('\uFFFD')) add('a U+FFFD replacement character: some multi-byte character was broken');
  const physical = text.replace(/\r\n$/, '').split('\r\n');
  physical.forEach((l, i) => {
    const n = Buffer.byteLength(l, 'utf8');
    if (n > MAX_LINE_OCTETS) add(`line ${i + 1} is ${n} octets (max ${MAX_LINE_OCTETS})`);
    if (l === '') add(`line ${i + 1} is empty`);
    else if (/^[ \t]$/.test(l)) add(`line ${i + 1} is an empty continuation line (iCloud rejects it)`);
    if (i === 0 && /^[ \t]/.test(l)) add('the first line is a continuation line');
  });

  // Content lines, then the component tree.
  const logical = unfold(text.replace(/\r\n$/, ''))
    .split('\r\n')
    .filter((l) => l !== '');
  const stack: Component[] = [];
  const roots: Component[] = [];
  logical.forEach((raw, i) => {
    const parsed = readContentLine(raw);
    if (typeof parsed === 'string') return add(`content line ${i + 1}: ${parsed}: ${raw.slice(0, 60)}`);
    if (parsed.name === 'BEGIN') {
      const c: Component = { name: parsed.value.toUpperCase(), props: [], children: [], line: i + 1 };
      (stack.length ? stack[stack.length - 1].children : roots).push(c);
      stack.push(c);
    } else if (parsed.name === 'END') {
      const open = stack.pop();
      if (!open) add(`END:${parsed.value} without BEGIN`);
      else if (open.name !== parsed.value.toUpperCase()) add(`END:${parsed.value} closes BEGIN:${open.name} (line ${open.line})`);
    } else if (!stack.length) add(`property ${parsed.name} outside any component`);
    else stack[stack.length - 1].props.push(parsed);
  });
  for (const open of stack) add(`BEGIN:${open.name} (line ${open.line}) is never closed`);
  if (roots.length !== 1 || roots[0].name !== 'VCALENDAR') {
    add('the file must hold exactly one VCALENDAR');
    if (!roots.length) return findings;
  }
  for (const cal of roots.filter((r) => r.name === 'VCALENDAR')) lintVcalendar(cal, add);
  return findings;
}

const all = (c: Component, name: string) => c.props.filter((p) => p.name === name);
const one = (c: Component, name: string) => all(c, name)[0];

function lintVcalendar(cal: Component, add: (m: string) => void): void {
  // RFC 5545 §3.7.3, §3.7.4.
  const version = all(cal, 'VERSION');
  if (version.length !== 1 || version[0].value !== '2.0') add('VERSION:2.0 must appear exactly once');
  if (all(cal, 'PRODID').length !== 1) add('PRODID must appear exactly once');
  const calscale = one(cal, 'CALSCALE');
  if (calscale && calscale.value.toUpperCase() !== 'GREGORIAN') add('CALSCALE must be GREGORIAN');
  const methods = all(cal, 'METHOD');
  if (methods.length > 1) add('METHOD appears more than once');
  const method = methods[0]?.value.toUpperCase();
  if (method !== undefined && !METHODS.has(method)) add(`unknown METHOD ${method}`);
  const scheduling = method === 'REQUEST' || method === 'CANCEL';
  // Q8: Outlook makes a new calendar out of an invitation carrying a calendar name.
  if (scheduling && one(cal, 'X-WR-CALNAME')) add(`X-WR-CALNAME must not appear in a ${method}`);

  const tzids = new Set(cal.children.filter((c) => c.name === 'VTIMEZONE').map((z) => one(z, 'TZID')?.value));
  const events = cal.children.filter((c) => c.name === 'VEVENT');
  if (!events.length) add('no VEVENT (RFC 5545 §3.6: a calendar holds at least one component)');
  // RFC 5546 §3.2.2 / §3.2.5: every component of a REQUEST or CANCEL has the same UID.
  if (scheduling && new Set(events.map((e) => one(e, 'UID')?.value)).size > 1) add(`a ${method} must not carry several UIDs (one invitation per message)`);
  events.forEach((ev, i) => lintVevent(ev, `VEVENT ${i + 1}`, method, tzids, add));
}

function lintVevent(ev: Component, where: string, method: string | undefined, tzids: Set<string | undefined>, add: (m: string) => void): void {
  const at = (m: string) => add(`${where}: ${m}`);
  const count = (name: string) => all(ev, name).length;
  // RFC 5545 §3.6.1: exactly one UID and DTSTAMP; DTSTART required (RFC 5546 allows none only in CANCEL).
  if (count('UID') !== 1) at('UID must appear exactly once');
  if (count('DTSTAMP') !== 1) at('DTSTAMP must appear exactly once');
  const dtstartCount = count('DTSTART');
  if (dtstartCount > 1 || (dtstartCount === 0 && method !== 'CANCEL')) at('DTSTART must appear exactly once');
  if (count('DTEND') > 1) at('DTEND appears more than once');
  if (count('DTEND') && count('DURATION')) at('DTEND and DURATION must not both appear');
  if (count('SEQUENCE') > 1) at('SEQUENCE appears more than once');
  const uid = one(ev, 'UID')?.value;
  if (uid !== undefined && (!/^[\x21-\x7E]+$/.test(uid) || uid.length > 255)) at('UID must be printable ASCII, at most 255 octets');
  const sequence = one(ev, 'SEQUENCE');
  if (sequence && !/^\d{1,10}$/.test(sequence.value)) at(`SEQUENCE must be a non-negative integer, got "${sequence.value}"`);
  else if (sequence && Number(sequence.value) > 2 ** 31 - 1) at('SEQUENCE is above 2^31-1');

  for (const p of ev.props) {
    if (DATE_TIME_PROPS.has(p.name)) lintDateTime(p, at, tzids);
    if (TEXT_PROPS.has(p.name) && !isEscapedText(p.value)) at(`${p.name} has an unescaped ";" or "," or a stray backslash`);
    for (const [pname, values] of p.params) {
      const allowed = ENUM_PARAMS[pname];
      if (!allowed) continue;
      for (const v of values) {
        // RFC 5545 §3.2.3/§3.2.12/§3.2.16/§3.2.17: bare tokens (ics #277, quirk Q12).
        if (v.quoted) at(`${p.name} parameter ${pname} must not be quoted`);
        if (!allowed.test(v.value)) at(`${p.name} parameter ${pname} has an unknown value "${v.value}"`);
      }
    }
    if ((p.name === 'ATTENDEE' || p.name === 'ORGANIZER') && !/^mailto:[^\s@]+@[^\s@]+$/i.test(p.value))
      at(`${p.name} must be a mailto: address (RFC 6047 §2.3)`);
  }
  const start = one(ev, 'DTSTART');
  const end = one(ev, 'DTEND');
  if (
    start &&
    end &&
    DATE_TIME.test(start.value) &&
    DATE_TIME.test(end.value) &&
    start.value.endsWith('Z') &&
    end.value.endsWith('Z') &&
    end.value <= start.value
  )
    at('DTEND is not after DTSTART');

  // RFC 5546 §3.2 method tables, and RFC 5545 §3.8.4.3 for files without METHOD.
  const attendees = count('ATTENDEE');
  const organizers = count('ORGANIZER');
  const status = one(ev, 'STATUS')?.value.toUpperCase();
  const alarms = ev.children.filter((c) => c.name === 'VALARM').length;
  if (method === 'REQUEST' || method === 'CANCEL') {
    if (organizers !== 1) at(`a ${method} needs exactly one ORGANIZER`);
    if (attendees < 1) at(`a ${method} needs at least one ATTENDEE`);
    if (count('RRULE')) at(`no RRULE in our invitations (Outlook, quirk Q1)`);
  }
  if (method === 'REQUEST') {
    if (count('SUMMARY') !== 1) at('a REQUEST needs exactly one SUMMARY');
    if (status !== undefined && status !== 'CONFIRMED' && status !== 'TENTATIVE') at(`STATUS:${status} in a REQUEST`);
    for (const a of all(ev, 'ATTENDEE')) {
      // Q11: an organizer-set PARTSTAT is ignored by Outlook; Q22: no RSVP=TRUE, no Accept button.
      const partstat = a.params.get('PARTSTAT')?.[0]?.value.toUpperCase();
      if (partstat !== undefined && partstat !== 'NEEDS-ACTION') at(`ATTENDEE with PARTSTAT=${partstat} in a REQUEST`);
      if (a.params.get('RSVP')?.[0]?.value.toUpperCase() !== 'TRUE') at('ATTENDEE without RSVP=TRUE in a REQUEST');
    }
  }
  if (method === 'CANCEL') {
    if (!sequence) at('a CANCEL needs SEQUENCE');
    if (status !== 'CANCELLED') at('a CANCEL needs STATUS:CANCELLED');
    if (alarms) at('no VALARM in a CANCEL');
  }
  if (method === 'PUBLISH' && attendees) at('a PUBLISH must not carry ATTENDEE');
  if (method === undefined && (attendees || organizers)) at('a file without METHOD must not carry ORGANIZER or ATTENDEE (quirk Q9)');
}

function lintDateTime(p: ContentLine, at: (m: string) => void, tzids: Set<string | undefined>): void {
  const valueType = p.params.get('VALUE')?.[0]?.value.toUpperCase();
  const tzid = p.params.get('TZID')?.[0]?.value;
  for (const v of p.value.split(',')) {
    if (valueType === 'DATE') {
      if (!DATE.test(v)) at(`${p.name} is not a DATE: "${v}"`);
      continue;
    }
    if (valueType === 'PERIOD') continue;
    if (!DATE_TIME.test(v)) {
      at(`${p.name} is not a DATE-TIME: "${v}"`);
      continue;
    }
    const utc = v.endsWith('Z');
    if (UTC_ONLY.has(p.name) && !utc) at(`${p.name} must be in UTC (…Z)`);
    // RFC 5545 §3.2.19: TZID never with UTC; quirks Q6/Q7: never floating, never a TZID without its VTIMEZONE.
    if (utc && tzid !== undefined) at(`${p.name} has both TZID and a UTC value`);
    if (!utc && tzid === undefined) at(`${p.name} is a floating time ("${v}"): use UTC or a TZID`);
    if (tzid !== undefined && !tzids.has(tzid)) at(`${p.name} uses TZID=${tzid} but the file has no VTIMEZONE with that TZID`);
  }
}

/** RFC 5545 §3.3.11: in TEXT, `;` and `,` are always escaped and a backslash only starts `\\ \; \, \n \N`. */
function isEscapedText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      if (!'\\;,nN'.includes(value[i + 1] ?? '')) return false;
      i++;
    } else if (c === ';' || c === ',') return false;
  }
  return true;
}

/** The first VEVENT's UID, SEQUENCE, DTSTAMP and ORGANIZER address, read from the unfolded lines. */
function head(text: string): { uid?: string; sequence: number; stamp?: string; organizer?: string } {
  const lines = unfold(text)
    .split('\r\n')
    .map(readContentLine)
    .filter((l): l is ContentLine => typeof l !== 'string');
  const start = lines.findIndex((l) => l.name === 'BEGIN' && l.value.toUpperCase() === 'VEVENT');
  const event = lines.slice(start + 1);
  const value = (name: string) => event.find((l) => l.name === name)?.value;
  return { uid: value('UID'), sequence: Number(value('SEQUENCE') ?? 0), stamp: value('DTSTAMP'), organizer: value('ORGANIZER')?.toLowerCase() };
}

function lintContinuity(previousText: string, text: string): string[] {
  const before = head(previousText);
  const after = head(text);
  if (!before.uid || before.uid !== after.uid) return [`--previous: not the same UID (${before.uid} then ${after.uid})`];
  const findings: string[] = [];
  if (before.organizer !== after.organizer)
    findings.push(`--previous: the ORGANIZER changed under UID ${after.uid} (${before.organizer} then ${after.organizer})`);
  if (!(after.sequence > before.sequence)) findings.push(`--previous: SEQUENCE ${after.sequence} is not above the previous message's ${before.sequence}`);
  if (!before.stamp || !after.stamp || !(after.stamp > before.stamp))
    findings.push(`--previous: DTSTAMP ${after.stamp} is not after the previous message's ${before.stamp}`);
  return findings;
}
