/**
 * Reminders to experts (pure): for each day they come, the day before their first meeting of that
 * day (at the same wall time, so 23 or 25 hours before across a change of time) and 15 minutes
 * before it (a two-day event reminds them on both days). Each reminder has a dedupe key, so the job
 * that runs every few seconds, on any instance, enqueues it once; a reminder whose moment has passed
 * by more than its grace is not sent late, and none once the meeting has begun.
 *
 * It says what is true when it goes: « demain » only while the meeting is tomorrow in the event's
 * zone, « aujourd'hui » once it is today (a reminder sent late, or a plan published after
 * midnight), and the minutes really left. Near midnight it waits for the day to turn rather than
 * say « demain » on the day itself. Worded by the catalogue of
 * src/invitations/words/reminder.messages.ts, French then English.
 */
import { DateTime } from 'luxon';
import type { InstanceFile, MeetingFile } from '../engine';
import { LANGS, message, word } from '../i18n';
import { dayKey } from '../i18n/when';
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

type Code = 'dayBefore' | 'today' | 'soon';

interface Window {
  name: 'day-before' | '15-min';
  /** Its moment, for a meeting starting at `at` in `zone`. */
  moment: (at: number, zone: string) => number;
  /** How late it may still go out (a service restarted a little after the moment). */
  graceMs: number;
  /** What it says when written at `now`. */
  code: (at: number, zone: string, now: number) => Code;
}

/** How long a reminder's words must stay true once it is queued: the outbox sends it within seconds. */
export const SENDING_MS = 5 * 60_000;

const dayOf = (at: number, zone: string, now: number): Code => (dayKey(now, zone) === dayKey(at, zone) ? 'today' : 'dayBefore');

const WINDOWS: Window[] = [
  { name: 'day-before', moment: (at, zone) => DateTime.fromMillis(at, { zone }).minus({ days: 1 }).toMillis(), graceMs: 12 * 3600_000, code: dayOf },
  { name: '15-min', moment: (at) => at - 15 * 60_000, graceMs: 10 * 60_000, code: () => 'soon' },
];

interface Candidate {
  dedupeKey: string;
  /** When the meeting starts, and when the reminder is due: from `moment` to `moment + graceMs`. */
  at: number;
  moment: number;
  graceMs: number;
  /** What it says when written at `now`. */
  draft: (now: number) => ReminderDraft;
  /** Whether its words, written at `now`, still hold for the minutes the outbox may take. */
  holds: (now: number) => boolean;
}

/** Every reminder the plan makes, due or not. */
function candidates(eventId: string, instance: InstanceFile, meetings: MeetingFile[]): Candidate[] {
  const zone = instance.event.timezone ?? 'Europe/Paris';
  const rounds = new Map(roundTimes(instance).map((r) => [r.id, r]));
  const out: Candidate[] = [];
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
      for (const w of WINDOWS) {
        // The first day keeps the key reminders had before there was one per day: none goes twice after an upgrade.
        const dedupeKey = `reminder:${w.name}:${eventId}:${expert.id}${dayIndex ? `:${dayKey(first.at, zone)}` : ''}`;
        const draft = (now: number): ReminderDraft => {
          const code = w.code(first.at, zone, now);
          const minutes = Math.max(1, Math.round((first.at - now) / 60_000));
          const params = {
            event: instance.event.name,
            name: expert.name,
            at: first.at,
            zone,
            minutes,
            table: table?.name ?? first.m.table,
            location: table?.location,
          };
          return {
            dedupeKey,
            expertKey: expert.id,
            recipient: email,
            recipientName: expert.name,
            subject: word(message(`reminder.subject.${code}`, params), 'fr'),
            body: LANGS.map((lang) => `${word(message('reminder.greeting', params), lang)}\n\n${word(message(`reminder.${code}`, params), lang)}`).join(
              '\n\n—\n\n',
            ),
          };
        };
        // Midnight comes before it would be sent: not queued until the day has turned, worded for then.
        const holds = (now: number) => w.code(first.at, zone, now) === w.code(first.at, zone, Math.min(now + SENDING_MS, first.at - 1));
        out.push({ dedupeKey, at: first.at, moment: w.moment(first.at, zone), graceMs: w.graceMs, draft, holds });
      }
    });
  }
  return out;
}

/** The reminders due at `now`, worded for `now`. */
export function dueReminders(eventId: string, instance: InstanceFile, meetings: MeetingFile[], now: number): ReminderDraft[] {
  return candidates(eventId, instance, meetings)
    .filter((c) => now >= c.moment && now <= c.moment + c.graceMs && now < c.at && c.holds(now))
    .map((c) => c.draft(now));
}

/**
 * Reminders queued earlier and not sent yet (the mail server was down, say), seen at `now`: those
 * whose words no longer hold, worded again for `now` (« demain » become « aujourd'hui », the minutes
 * left, the new time after a delay), and those to withdraw: past their grace (a reminder is not
 * sent that late), their meeting begun, or no longer in the plan. The job runs every few seconds,
 * and a publish rewords them in its own transaction, so what goes out is true then.
 */
export function stalePending(
  eventId: string,
  instance: InstanceFile,
  meetings: MeetingFile[],
  now: number,
  pending: { dedupeKey: string; subject: string; body: string }[],
): { reworded: ReminderDraft[]; withdrawn: string[] } {
  const byKey = new Map(candidates(eventId, instance, meetings).map((c) => [c.dedupeKey, c]));
  const reworded: ReminderDraft[] = [];
  const withdrawn: string[] = [];
  for (const p of pending) {
    const c = byKey.get(p.dedupeKey);
    // Past its grace, as a reminder never queued that late, or no longer in the plan: not sent at all.
    if (!c || now > c.moment + c.graceMs || now >= c.at) {
      withdrawn.push(p.dedupeKey);
      continue;
    }
    // Worded again when its words no longer hold, also when an earlier plan queued it and the
    // times moved since (before its new moment, then): the outbox may send it any moment.
    const fresh = c.draft(now);
    if (fresh.subject !== p.subject || fresh.body !== p.body) reworded.push(fresh);
  }
  return { reworded, withdrawn };
}
