// Instants as the event's people read them: in the event's zone, whatever the organizer's computer says.
import { getLang } from '../i18n.js';
import { dayClock } from '../wall-time.js';

const locale = () => (getLang() === 'en' ? 'en-GB' : 'fr-FR');

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

/** « 20/01/2027 10:00 »: when something happened (an answer came). */
export const dateTimeIn = (iso, zone) => new Date(iso).toLocaleString(locale(), { timeZone: zone, dateStyle: 'short', timeStyle: 'short' });

/** « 22/01/2027 18:00 – 18:45 »: a slot, its end on the same day. */
export const slotIn = (start, end, zone) => {
  const short = { timeZone: zone, dateStyle: 'short', timeStyle: 'short' };
  return `${new Date(start).toLocaleString(locale(), short)} – ${new Date(end).toLocaleTimeString(locale(), { timeZone: zone, hour: '2-digit', minute: '2-digit' })}`;
};
