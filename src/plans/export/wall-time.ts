/** Rounds are written as wall times of the event's zone; exports show them in that zone, never in UTC. */
import { DateTime } from 'luxon';
import type { Lang } from '../../i18n';

export interface WallTime {
  /** "2021-01-22 18:00": sorts as text and Excel reads it as a date. */
  stamp: string;
  /** "2021-01-22" */
  day: string;
  /** "vendredi 22 janvier 2021", "Friday 22 January 2021" */
  dayLabel: string;
  /** "18:00" */
  clock: string;
}

export function wallTime(text: string, zone: string, lang: Lang): WallTime {
  const time = DateTime.fromISO(text, { zone, locale: lang === 'fr' ? 'fr' : 'en-GB' });
  // A broken time is the instance's problem, reported elsewhere: show what was written rather than fail.
  if (!time.isValid) return { stamp: text.replace('T', ' '), day: text.slice(0, 10), dayLabel: text.slice(0, 10), clock: text.slice(11, 16) };
  return {
    stamp: time.toFormat('yyyy-MM-dd HH:mm'),
    day: time.toFormat('yyyy-MM-dd'),
    dayLabel: time.toFormat('cccc d LLLL yyyy'),
    clock: time.toFormat('HH:mm'),
  };
}
