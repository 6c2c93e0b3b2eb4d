/**
 * A round's wall time ("2021-01-22T19:15", as the exchange format writes it) in a reader's words:
 * « 19 h 15 », "7:15 pm"; with its day when asked: « samedi 23 janvier, 9 h 40 ». Messages carry
 * wall times as parameters and are worded with these, in the reader's language.
 */
import { DateTime } from 'luxon';
import type { Lang } from '../i18n';

export function clockOf(wall: string, lang: Lang): string {
  return DateTime.fromISO(wall).toFormat(lang === 'fr' ? "H 'h' mm" : 'h:mm a');
}

export function dayOf(wall: string, lang: Lang): string {
  return DateTime.fromISO(wall)
    .setLocale(lang === 'fr' ? 'fr' : 'en-GB')
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });
}

export function dayAndClock(wall: string, lang: Lang): string {
  return `${dayOf(wall, lang)}, ${clockOf(wall, lang)}`;
}
