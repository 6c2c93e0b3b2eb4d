// A round's wall time ("2027-01-22T18:25", as the API gives it) in the app's language: « 18 h 25 »,
// "6:25 PM"; with its day when it is not `today` (a "YYYY-MM-DD"): « samedi 23 janvier, 9 h 30 », « sam. 9 h 30 ».
import { getLang } from './i18n.js';

export function clock(wall) {
  const [h, m] = wall.slice(11, 16).split(':').map(Number);
  if (getLang() === 'fr') return `${h} h ${String(m).padStart(2, '0')}`;
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

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
