/**
 * The experts' reminders, French and English: the first hearing of each day, the day before and 15
 * minutes before. Each says what is true when it is written: « demain » only while the hearing is
 * tomorrow in the event's zone, « aujourd'hui » once it is today, the minutes left before it.
 */
import { defineMessages, type MessageParams } from '../../i18n';
import type { Lang } from '../../i18n';
import { clock, date } from '../../i18n/when';

const s = (p: MessageParams, k: string) => String(p[k] ?? '');
const at = (p: MessageParams, lang: Lang) => clock(Number(p.at), s(p, 'zone'), lang);
/** « vendredi 22 janvier » / "Friday 22 January": the year is known. */
const day = (p: MessageParams, lang: Lang) => date(Number(p.at), s(p, 'zone'), lang).replace(/ \d{4}$/, '');
const place = (p: MessageParams) => `${s(p, 'table')}${p.location ? ` (${s(p, 'location')})` : ''}`;
const minutes = (p: MessageParams, one: string, many: string) => `${Number(p.minutes)} ${Number(p.minutes) > 1 ? many : one}`;

export const REMINDER_MESSAGES = defineMessages({
  fr: {
    'reminder.subject.dayBefore': (p, l) => `Rappel, demain : ${s(p, 'event')} — ${day(p, l)}, ${at(p, l)}, ${s(p, 'table')}`,
    'reminder.subject.today': (p, l) => `Rappel, aujourd’hui : ${s(p, 'event')} — ${day(p, l)}, ${at(p, l)}, ${s(p, 'table')}`,
    'reminder.subject.soon': (p, l) => `Rappel, dans ${minutes(p, 'minute', 'minutes')} : ${s(p, 'event')} — ${at(p, l)}, ${s(p, 'table')}`,
    'reminder.greeting': 'Bonjour {name},',
    'reminder.dayBefore': (p, l) => `Rappel : votre première audition de la journée commence demain, ${day(p, l)}, à ${at(p, l)}, ${place(p)}.`,
    'reminder.today': (p, l) => `Rappel : votre première audition de la journée commence aujourd’hui à ${at(p, l)}, ${place(p)}.`,
    'reminder.soon': (p, l) => `Rappel : votre première audition de la journée commence dans ${minutes(p, 'minute', 'minutes')}, à ${at(p, l)}, ${place(p)}.`,
  },
  en: {
    'reminder.subject.dayBefore': (p, l) => `Reminder, tomorrow: ${s(p, 'event')}, ${day(p, l)}, ${at(p, l)}, ${s(p, 'table')}`,
    'reminder.subject.today': (p, l) => `Reminder, today: ${s(p, 'event')}, ${day(p, l)}, ${at(p, l)}, ${s(p, 'table')}`,
    'reminder.subject.soon': (p, l) => `Reminder, in ${minutes(p, 'minute', 'minutes')}: ${s(p, 'event')}, ${at(p, l)}, ${s(p, 'table')}`,
    'reminder.greeting': 'Hello {name},',
    'reminder.dayBefore': (p, l) => `Reminder: your first hearing of the day starts tomorrow, ${day(p, l)}, at ${at(p, l)}, ${place(p)}.`,
    'reminder.today': (p, l) => `Reminder: your first hearing of the day starts today at ${at(p, l)}, ${place(p)}.`,
    'reminder.soon': (p, l) => `Reminder: your first hearing of the day starts in ${minutes(p, 'minute', 'minutes')}, at ${at(p, l)}, ${place(p)}.`,
  },
});
