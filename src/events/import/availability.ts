/**
 * An availability cell as organizers fill it: « vendredi », « samedi matin », « samedi uniquement »,
 * « vendredi + samedi », « tous », « jour 2 », « sauf vendredi soir », dates (« 23/01 »), or round ids (« r1, r2 »),
 * French or English. Day words are the event's own days (./event-days.ts).
 */
import type { MessageParams } from '../../i18n';
import { type DayPart, daysOf, type Session } from './event-days';
import { shown } from './problems';

export type Availability =
  | { ok: true; rounds: string[] | undefined }
  | { ok: false; code: 'import.unknownDay' | 'import.noRoundThen' | 'import.noRoundsYet' | 'import.notADate'; params: MessageParams };

const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  lun: 1,
  mar: 2,
  mer: 3,
  jeu: 4,
  ven: 5,
  sam: 6,
  dim: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
const PARTS: Record<string, DayPart> = {
  matin: 'morning',
  matinee: 'morning',
  morning: 'morning',
  am: 'morning',
  apresmidi: 'afternoon',
  aprem: 'afternoon',
  afternoon: 'afternoon',
  pm: 'afternoon',
  soir: 'evening',
  soiree: 'evening',
  evening: 'evening',
  night: 'evening',
};
/** Words that say nothing about which rounds: « samedi uniquement », « le vendredi », « Saturday only ». */
const FILLERS = new Set([
  'uniquement',
  'seulement',
  'only',
  'le',
  'la',
  'les',
  'l',
  'du',
  'de',
  'en',
  'on',
  'the',
  'journee',
  'entier',
  'entiere',
  'whole',
  'day',
]);
const ALL = new Set([
  'tous',
  'toutes',
  'tout',
  'all',
  'both',
  'every',
  'deux',
  'jours',
  'days',
  'sessions',
  'tours',
  'rounds',
  'convention',
  'evenement',
  'event',
  'disponible',
  'available',
]);
const EXCEPT = new Set(['sauf', 'except', 'pas', 'not', 'hors']);
const ORDINAL = new Set(['jour', 'day', 'session', 'seance', 'demijournee']);

/** The rounds of the cell, in the event's order; undefined when the cell is empty or means every round. */
export function readAvailability(text: string, sessions: Session[]): Availability {
  const allRounds = sessions.flatMap((s) => s.rounds);
  if (text.trim() === '') return { ok: true, rounds: undefined };
  if (allRounds.length === 0) return { ok: false, code: 'import.noRoundsYet', params: { value: shown(text) } };
  const chosen = new Set<string>();
  const excluded = new Set<string>();
  for (const piece of pieces(text)) {
    const words = piece.words;
    const except = words.length > 0 && EXCEPT.has(words[0]);
    const read = readPiece(except ? words.slice(1) : words, piece.raw, sessions, allRounds);
    if (read === 'unknown') return unknown(text, sessions);
    if (read === 'notADate') return { ok: false, code: 'import.notADate', params: { value: shown(piece.raw), dates: daysOf(sessions) } };
    if (read.length === 0) return { ok: false, code: 'import.noRoundThen', params: { value: shown(piece.raw), dates: daysOf(sessions) } };
    for (const round of read) (except ? excluded : chosen).add(round);
  }
  const base = chosen.size === 0 ? allRounds : allRounds.filter((r) => chosen.has(r));
  const rounds = base.filter((r) => !excluded.has(r));
  if (rounds.length === 0) return { ok: false, code: 'import.noRoundThen', params: { value: shown(text), dates: daysOf(sessions) } };
  return { ok: true, rounds: rounds.length === allRounds.length ? undefined : rounds };
}

/** « vendredi + samedi matin, r9 » → its pieces (a « / » splits too, except inside a date), each with its words folded (accents, case, hyphens). */
function pieces(text: string): { raw: string; words: string[] }[] {
  return text
    .split(/\s*(?:[+,;|&]|(?<!\d)\/|\/(?!\d)|\bet\b|\band\b|\bou\b|\bor\b)\s*/i)
    .filter((raw) => raw.trim() !== '')
    .map((raw) => ({
      raw: raw.trim(),
      words: fold(raw)
        .replace(/apres[\s-]*midi/g, 'apresmidi')
        .replace(/demi[\s-]*journee/g, 'demijournee')
        .split(/[\s'’.-]+/)
        .filter((w) => w !== '' && !FILLERS.has(w)),
    }));
}

function readPiece(words: string[], raw: string, sessions: Session[], allRounds: string[]): string[] | 'unknown' | 'notADate' {
  const roundId = allRounds.find((r) => r.toLowerCase() === raw.toLowerCase());
  if (roundId) return [roundId];
  const date = dateOf(raw);
  if (date === 'notADate') return date;
  if (date) return sessions.filter((s) => s.date.endsWith(date.monthDay) && (!date.year || s.date.startsWith(date.year))).flatMap((s) => s.rounds);
  if (words.length > 0 && words.every((w) => ALL.has(w))) return allRounds;
  if (words.length === 2 && ORDINAL.has(words[0]) && /^\d+$/.test(words[1])) return ordinal(words[0], Number(words[1]), sessions);
  const weekday = words.map((w) => WEEKDAYS[w]).filter((d) => d !== undefined);
  const parts = words.map((w) => PARTS[w]).filter((p) => p !== undefined);
  if (weekday.length + parts.length !== words.length || weekday.length > 1 || parts.length > 1 || words.length === 0) return 'unknown';
  return sessions.filter((s) => (weekday.length === 0 || s.weekday === weekday[0]) && (parts.length === 0 || s.part === parts[0])).flatMap((s) => s.rounds);
}

/** « 23/01 », « 23/01/2021 », « 2021-01-23 » (a date cell reads so): the month and day, maybe the year. */
function dateOf(raw: string): { monthDay: string; year?: string } | 'notADate' | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00)?$/.exec(raw);
  const french = iso ? undefined : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(raw);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], pad(french[2]), pad(french[1])] : [];
  if (!month || !day) return undefined;
  // « 31/02 » is no day of any year (a leap year stands in when none is written: « 29/02 » may be one).
  const y = Number(year ?? 2024);
  const at = new Date(Date.UTC(y, Number(month) - 1, Number(day)));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== Number(month) - 1 || at.getUTCDate() !== Number(day)) return 'notADate';
  return { monthDay: `-${month}-${day}`, year };
}

/** « jour 2 » is the event's second day; « session 3 » its third session. */
function ordinal(kind: string, n: number, sessions: Session[]): string[] {
  if (kind === 'session' || kind === 'seance' || kind === 'demijournee') return sessions[n - 1]?.rounds ?? [];
  const date = daysOf(sessions)[n - 1];
  return sessions.filter((s) => s.date === date).flatMap((s) => s.rounds);
}

function unknown(text: string, sessions: Session[]): Availability {
  return { ok: false, code: 'import.unknownDay', params: { value: shown(text), dates: daysOf(sessions), parts: sessions.map((s) => `${s.date} ${s.part}`) } };
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
