/**
 * Dates and times as people read them, in the event's zone: the one formatter of the pages, the
 * e-mails, the calendar files' words, the printed sheets and the live day's messages (the
 * organizer app's browser code follows the same rule in its wall-time.js). French « 18 h 05 »,
 * English 24 h "18:05". The spaces inside a time and before the dash are no-break spaces (U+00A0):
 * « 18 h 00 – 18 h 20 » must never wrap into « 18 h 00 – 18 / h 20 » on a phone, a card or in a
 * narrow mail client.
 */
import { DateTime } from 'luxon';
import type { Lang } from './message';

export const NBSP = '\u00a0';

const at = (ms: number, zone: string, lang: Lang) => DateTime.fromMillis(ms, { zone }).setLocale(lang === 'fr' ? 'fr' : 'en-GB');

/** « 18 h 05 » / "18:05". */
export function clock(ms: number, zone: string, lang: Lang): string {
  return lang === 'fr' ? at(ms, zone, lang).toFormat(`H'${NBSP}h${NBSP}'mm`) : at(ms, zone, lang).toFormat('HH:mm');
}

/** What stands between a range's two times: « 18 h 00 – 18 h 20 » (may break after the dash only) / "18:00–18:20". */
export function dash(lang: Lang): string {
  return lang === 'fr' ? `${NBSP}– ` : '–';
}

/** « 18 h 00 – 18 h 20 » / "18:00–18:20". */
export function span(start: number, end: number, zone: string, lang: Lang): string {
  return `${clock(start, zone, lang)}${dash(lang)}${clock(end, zone, lang)}`;
}

/** « vendredi 22 janvier 2027 » / "Friday 22 January 2027". */
export function date(ms: number, zone: string, lang: Lang): string {
  return at(ms, zone, lang).toFormat('cccc d LLLL yyyy');
}

/** « vendredi 22 janvier » / "Friday 22 January": a day of the event, its year understood. */
export function day(ms: number, zone: string, lang: Lang): string {
  return at(ms, zone, lang).toFormat('cccc d LLLL');
}

/** The local calendar day, to group by day: `2027-01-22`. */
export function dayKey(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

/** « vendredi 22 janvier 2027, 18 h 00 – 18 h 45 » / "Friday 22 January 2027, 18:00–18:45". */
export function slot(start: number, end: number, zone: string, lang: Lang): string {
  return `${date(start, zone, lang)}, ${span(start, end, zone, lang)}`;
}

/** The zone to format `wallMs`'s instants in: none moves them again. */
export const WALL_ZONE = 'UTC';

/** A wall time of the exchange format ("2027-01-22T18:05", already in the event's zone) as an instant to format in `WALL_ZONE`. */
export const wallMs = (wall: string): number => DateTime.fromISO(wall, { zone: WALL_ZONE }).toMillis();

/** An instant as the exchange format writes a wall time in `zone`: "2027-01-22T18:05". */
export const toWall = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
