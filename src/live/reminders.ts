/**
 * Reminders to experts (pure): the day before their first meeting, and 15 minutes before it. Each
 * reminder has a dedupe key, so the job that runs every few seconds, on any instance, enqueues it
 * once; a reminder whose moment has passed by more than its grace is not sent late.
 */
import { DateTime } from 'luxon';
import type { InstanceFile, MeetingFile } from '../engine/format';
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
  beforeMs: number;
  /** How late it may still go out (a service restarted a little after the moment). */
  graceMs: number;
}

const WINDOWS: Window[] = [
  { name: 'day-before', beforeMs: 24 * 3600_000, graceMs: 12 * 3600_000 },
  { name: '15-min', beforeMs: 15 * 60_000, graceMs: 10 * 60_000 },
];

export function dueReminders(eventId: string, instance: InstanceFile, meetings: MeetingFile[], now: number): ReminderDraft[] {
  const zone = instance.event.timezone ?? 'Europe/Paris';
  const rounds = new Map(roundTimes(instance).map((r) => [r.id, r]));
  const out: ReminderDraft[] = [];
  for (const expert of instance.experts) {
    if (!expert.email) continue;
    const mine = meetings.filter((m) => m.expert === expert.id && rounds.has(m.round));
    if (!mine.length) continue;
    const first = mine.map((m) => ({ m, at: rounds.get(m.round)!.startsAt })).sort((a, b) => a.at - b.at)[0];
    const table = instance.tables.find((t) => t.id === first.m.table);
    for (const w of WINDOWS) {
      const moment = first.at - w.beforeMs;
      if (now < moment || now > moment + w.graceMs || now >= first.at) continue;
      const when = DateTime.fromMillis(first.at, { zone });
      const place = `${table?.name ?? first.m.table}${table?.location ? ` (${table.location})` : ''}`;
      const lead = w.name === '15-min' ? 'dans 15 minutes / in 15 minutes' : `demain / tomorrow, ${when.setLocale('fr').toFormat("cccc d LLLL")}`;
      out.push({
        dedupeKey: `reminder:${w.name}:${eventId}:${expert.id}`,
        expertKey: expert.id,
        recipient: expert.email,
        recipientName: expert.name,
        subject: `${w.name === '15-min' ? 'Rappel, dans 15 min / reminder, in 15 min' : 'Rappel, demain / reminder, tomorrow'} : ${instance.event.name} — ${when.toFormat('HH:mm')}, ${table?.name ?? first.m.table}`,
        body: [
          `Bonjour ${expert.name},`, '',
          `Rappel : votre première audition commence ${lead.split(' / ')[0]} à ${when.toFormat("HH'h'mm")}, ${place}.`, '',
          '—', '',
          `Hello ${expert.name},`, '',
          `Reminder: your first hearing starts ${lead.split(' / ')[1]} at ${when.setLocale('en-GB').toFormat('HH:mm')}, ${place}.`,
        ].join('\n'),
      });
    }
  }
  return out;
}
