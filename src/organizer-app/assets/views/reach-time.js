// Instants as the event's people read them: in the event's zone, whatever the organizer's computer says.
// Written by wall-time.js's rule, as every time of the app: « 18 h 00 », "18:00", no-break spaces.
import { dayClock, dayTime, wallSpan } from '../wall-time.js';

/** The instant as a wall time in `zone` ("2027-01-22T16:00"), as the API gives rounds. */
const wallIn = (iso, zone) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
};

/** « vendredi 22 janvier, 16 h 00 » / "Friday 22 January, 4:00 PM", as the app says rounds' times. */
export const dayTimeIn = (iso, zone) => dayClock(wallIn(iso, zone), '');

/** « mer. 20 janv. 11 h 00 », "Wed 20 Jan 11:00": when something happened (an answer came). */
export const dateTimeIn = (iso, zone) => dayTime(wallIn(iso, zone));

/** « sam. 23 janv. 9 h 30 – 9 h 50 », "Sat 23 Jan 09:30–09:50": a slot, its end's day said when it is another. */
export const slotIn = (start, end, zone) => wallSpan(wallIn(start, zone), wallIn(end, zone));
