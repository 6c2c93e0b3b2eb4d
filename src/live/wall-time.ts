/**
 * A round's wall time ("2021-01-22T19:15", as the exchange format writes it) in a reader's words,
 * through the one formatter (src/i18n/when.ts): « 19 h 15 », "19:15"; with its day when asked:
 * « samedi 23 janvier, 9 h 40 ». Messages carry wall times as parameters and are worded with these,
 * in the reader's language.
 */
import type { Lang } from '../i18n';
import { clock, day, WALL_ZONE, wallMs } from '../i18n/when';

export function clockOf(wall: string, lang: Lang): string {
  return clock(wallMs(wall), WALL_ZONE, lang);
}

export function dayOf(wall: string, lang: Lang): string {
  return day(wallMs(wall), WALL_ZONE, lang);
}

export function dayAndClock(wall: string, lang: Lang): string {
  return `${dayOf(wall, lang)}, ${clockOf(wall, lang)}`;
}
