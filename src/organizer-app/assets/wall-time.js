// A round's wall time ("2027-01-22T18:25", as the API gives it) in the app's language, by the rule of
// the server's one formatter (src/i18n/when.ts): « 18 h 25 », "18:25", the spaces inside a time and
// before a range's dash no-break spaces, so that « 18 h 00 – 18 h 20 » never wraps inside a time; with
// its day when it is not `today` (a "YYYY-MM-DD"): « samedi 23 janvier, 9 h 30 », « sam. 9 h 30 ».
import { getLang } from './i18n.js';

const NBSP = '\u00a0';

export function clock(wall) {
  const [h, m] = wall.slice(11, 16).split(':');
  return getLang() === 'fr' ? `${Number(h)}${NBSP}h${NBSP}${m}` : `${h}:${m}`;
}

/** « 18 h 00 – 18 h 20 », "18:00–18:20": a round's hours, on one day. */
export const clockSpan = (start, end) => `${clock(start)}${getLang() === 'fr' ? `${NBSP}– ` : '–'}${clock(end)}`;

export function dayClock(wall, today) {
  if (wall.slice(0, 10) === today) return clock(wall);
  // The date alone, read as UTC: no zone can move it to another day.
  const day = new Date(`${wall.slice(0, 10)}T12:00:00Z`).toLocaleDateString(getLang() === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return `${day}, ${clock(wall)}`;
}

/** « ven. 22 janv. », "Fri 22 Jan": a wall time's day, short. */
export function shortDay(wall) {
  return new Date(`${wall.slice(0, 10)}T12:00:00Z`)
    .toLocaleDateString(getLang() === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .replace(',', '');
}

/** « ven. 22 janv. 18 h 00 », "Fri 22 Jan 18:00": a round's start as people say it. */
export const dayTime = (wall) => `${shortDay(wall)} ${clock(wall)}`;

/**
 * « ven. 22 janv. 18 h 00 – 18 h 20 », "Fri 22 Jan 18:00–18:20": a round from its start to its end,
 * the end's day said too when it is another (a round past midnight).
 */
export function wallSpan(start, end) {
  if (end.slice(0, 10) === start.slice(0, 10)) return `${shortDay(start)} ${clockSpan(start, end)}`;
  return `${dayTime(start)}${NBSP}– ${dayTime(end)}`;
}

/** « 22/01/2027 »: a round's day as it is typed, in both languages (day first). */
export const typedDay = (wall) => `${wall.slice(8, 10)}/${wall.slice(5, 7)}/${wall.slice(0, 4)}`;

/** "22/01/2027", "22/1/2027" or "2027-01-22" → "2027-01-22"; null when it is no day of the calendar. */
export function parseDay(text) {
  const value = String(text ?? '').trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  // No 31 February: the calendar gives the same day back.
  const at = new Date(`${day}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day ? day : null;
}

/** « 18 h 00 », "18h", "18:00", "6:00 PM", "6 pm" → "18:00"; null when it is no time of day. */
export function parseClock(text) {
  const value = String(text ?? '')
    .trim()
    .toLowerCase();
  const match = /^(\d{1,2})\s*(?:(?:h|:)\s*(\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(value);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.[0];
  if (half && (hours < 1 || hours > 12)) return null;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
