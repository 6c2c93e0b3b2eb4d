/**
 * Instants as iCalendar DATE-TIME in UTC (`20270328T080000Z`). We never write local times: no
 * VTIMEZONE to get wrong, no floating time for Outlook to refuse, same output whatever the
 * server's TZ (see docs/calendar.md).
 */
import { CalendarError } from './errors';

/** `now` is passed in by the caller (the core never reads a clock), as a Date or epoch ms. */
export type Instant = Date | number;

export function toMillis(at: Instant): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new CalendarError(`not a valid instant: ${String(at)}`);
  return ms;
}

export function utcDateTime(at: Instant): string {
  // Seconds are kept, milliseconds dropped: DATE-TIME has no fraction.
  const iso = new Date(Math.floor(toMillis(at) / 1000) * 1000).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
