import ICAL from 'ical.js';
import { escapeText, paramValue } from '../../src/invitations/calendar/text';
import { foldLine, unfold } from '../../src/invitations/calendar/fold';
import { lintCalendar } from '../../src/invitations/calendar';
import { NASTY } from './fixtures';

describe('TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and newlines, and leaves colons alone', () => {
    expect(escapeText(NASTY)).toBe('Dupont\\, Marie\\; "la" <b>\\nX');
    expect(escapeText('a\\b:c\r\nd\re')).toBe('a\\\\b:c\\nd\\ne');
  });
  it('drops control characters the RFC forbids in TEXT', () => {
    expect(escapeText('a\u0000b\u001bc\u007fd\te')).toBe('abcd\te');
  });
});

describe('parameter values', () => {
  it('quotes only when ; : or , require it, and never lets a DQUOTE or a newline in', () => {
    expect(paramValue('Hélène Dupré')).toBe('Hélène Dupré');
    expect(paramValue('Secrétariat: Nantes')).toBe('"Secrétariat: Nantes"');
    expect(paramValue(NASTY)).toBe(`"Dupont, Marie; 'la' <b> X"`);
  });
});

describe('folding at 75 octets', () => {
  const text = 'é'.repeat(800) + '’ et un émoji 🎙️ puis la fin — ' + 'œ'.repeat(77);
  const line = `DESCRIPTION:${escapeText(text)}`;

  it('keeps every physical line within 75 octets, without empty continuations', () => {
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(20);
    for (const l of physical) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l.trim()).not.toBe('');
    }
    physical.slice(1).forEach((l) => expect(l.startsWith(' ')).toBe(true));
  });

  it('never splits a character: each physical line is valid UTF-8 on its own, and unfolding gives the line back', () => {
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      const bytes = Buffer.from(l, 'utf8');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
      expect(l).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('leaves short lines alone and folds a 76-octet ASCII line in two', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });

  it('round-trips through ical.js', () => {
    const cal = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//FR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270101T000000Z\r\n${foldLine(line)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect(lintCalendar(cal)).toEqual([]);
    const ev = new ICAL.Component(ICAL.parse(cal)).getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('description')).toBe(text);
  });
});
