// Instants as the event's people read them: in the event's zone, whatever the organizer's computer says.
import { getLang } from '../i18n.js';

const locale = () => (getLang() === 'en' ? 'en-GB' : 'fr-FR');

/** « vendredi 22 janvier à 16:00 » / "Friday 22 January at 16:00". */
export const dayTimeIn = (iso, zone) =>
  new Date(iso).toLocaleString(locale(), { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** « 20/01/2027 10:00 »: when something happened (an answer came). */
export const dateTimeIn = (iso, zone) => new Date(iso).toLocaleString(locale(), { timeZone: zone, dateStyle: 'short', timeStyle: 'short' });

/** « 22/01/2027 18:00 – 18:45 »: a slot, its end on the same day. */
export const slotIn = (start, end, zone) => {
  const short = { timeZone: zone, dateStyle: 'short', timeStyle: 'short' };
  return `${new Date(start).toLocaleString(locale(), short)} – ${new Date(end).toLocaleTimeString(locale(), { timeZone: zone, hour: '2-digit', minute: '2-digit' })}`;
};
