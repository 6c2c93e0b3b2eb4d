/**
 * Reminders to experts (pure): for each day they come, the day before their first meeting of that
 * day and 15 minutes before it (a two-day event reminds them on both days). Each reminder has a
 * dedupe key, so the job that runs every few seconds, on any instance, enqueues it once; a reminder
 * whose moment has passed by more than its grace is not sent late. Worded by the catalogue of
 * src/invitations/words/reminder.messages.ts, French then English.
 */
import type { InstanceFile, MeetingFile } from '../engine';
import { LANGS, message, word } from '../i18n';
import { dayKey } from '../invitations/words/when';
import '../invitations/words/reminder.messages';
import { roundTimes } from './live-state';

export interface ReminderDraft {
  dedupeKey: string;
  expertKey: string;
  recipient: string;
  recipientName: string;
  subject: string;
  body: string;
}

interface Window {
  name: 'day-before' | '15-min';
  code: 'dayBefore' | 'soon';
  beforeMs: number;
  /** How late it may still go out (a service restarted a little after the moment). */
  graceMs: number;
}

const WINDOWS: Window[] = [
  { name: 'day-before', code: 'dayBefore', beforeMs: 24 * 3600_000, graceMs: 12 * 3600_000 },
  { name: '15-min', code: 'soon', beforeMs: 15 * 60_000, graceMs: 10 * 60_000 },
];

export function dueReminders(eventId: string, instance: InstanceFile, meetings: MeetingFile[], now: number): ReminderDraft[] {
  const zone = instance.event.timezone ?? 'Europe/Paris';
  const rounds = new Map(roundTimes(instance).map((r) => [r.id, r]));
  const out: ReminderDraft[] = [];
  for (const expert of instance.experts) {
    const email = expert.email;
    if (!email) continue;
    const mine = meetings
      .filter((m) => m.expert === expert.id && rounds.has(m.round))
      .map((m) => ({ m, at: rounds.get(m.round)!.startsAt }))
      .sort((a, b) => a.at - b.at);
    // The first meeting of each day.
    const firsts = mine.filter((x, i) => i === 0 || dayKey(mine[i - 1].at, zone) !== dayKey(x.at, zone));
    firsts.forEach((first, dayIndex) => {
      const table = instance.tables.find((t) => t.id === first.m.table);
      const params = { event: instance.event.name, name: expert.name, at: first.at, zone, table: table?.name ?? first.m.table, location: table?.location };
      for (const w of WINDOWS) {
        const moment = first.at - w.beforeMs;
        if (now < moment || now > moment + w.graceMs || now >= first.at) continue;
        out.push({
          // The first day keeps the key reminders had before there was one per day: none goes twice after an upgrade.
          dedupeKey: `reminder:${w.name}:${eventId}:${expert.id}${dayIndex ? `:${dayKey(first.at, zone)}` : ''}`,
          expertKey: expert.id,
          recipient: email,
          recipientName: expert.name,
          subject: word(message(`reminder.subject.${w.code}`, params), 'fr'),
          body: LANGS.map((lang) => `${word(message('reminder.greeting', params), lang)}\n\n${word(message(`reminder.${w.code}`, params), lang)}`).join(
            '\n\n—\n\n',
          ),
        });
      }
    });
  }
  return out;
}
