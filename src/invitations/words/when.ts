/**
 * Dates and times as people read them, in the event's zone, for e-mails and printed sheets. The
 * spaces inside a time and before the dash are no-break spaces (U+00A0): « 18 h 00 – 18 h 20 » must
 * never wrap into « 18 h 00 – 18 / h 20 » on a card or in a narrow mail client.
 */
import { DateTime } from 'luxon';
import type { Lang } from '../../i18n';

const NBSP = '\u00a0';

const at = (ms: number, zone: string, lang: Lang) => DateTime.fromMillis(ms, { zone }).setLocale(lang === 'fr' ? 'fr' : 'en-GB');

/** « 18 h 05 » / "18:05". */
export function clock(ms: number, zone: string, lang: Lang): string {
  return lang === 'fr' ? at(ms, zone, lang).toFormat(`H'${NBSP}h${NBSP}'mm`) : at(ms, zone, lang).toFormat('HH:mm');
}

/** « 18 h 00 – 18 h 20 » / "18:00–18:20". */
export function span(start: number, end: number, zone: string, lang: Lang): string {
  return lang === 'fr' ? `${clock(start, zone, lang)}${NBSP}– ${clock(end, zone, lang)}` : `${clock(start, zone, lang)}–${clock(end, zone, lang)}`;
}

/** « vendredi 22 janvier 2027 » / "Friday 22 January 2027". */
export function date(ms: number, zone: string, lang: Lang): string {
  return at(ms, zone, lang).toFormat('cccc d LLLL yyyy');
}

/** The local calendar day, to group by day: `2027-01-22`. */
export function dayKey(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

/** « vendredi 22 janvier 2027, 18 h 00 – 18 h 45 » / "Friday 22 January 2027, 18:00–18:45". */
export function slot(start: number, end: number, zone: string, lang: Lang): string {
  return `${date(start, zone, lang)}, ${span(start, end, zone, lang)}`;
}
