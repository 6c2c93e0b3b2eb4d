/**
 * The members' reminder before each session (pure), when the organizer turned it on: every member
 * with an address whose group meets in a session gets one e-mail, `leadHours` before the group's
 * first meeting of that session (or as soon as the job runs after that moment, never once the
 * meeting has started). It says the group's meetings of that session — first, then next — and the
 * member's page, French then English. Its dedupe key names the session by its first round's id,
 * which a delay keeps (it moves times, not rounds): a delay sends nothing twice, even one that
 * pushes the session past midnight, and a clock change inside a session (sessions.ts compares
 * instants) does not make it two.
 */
import type { InstanceFile, MeetingFile } from '../engine';
import { LANGS, type Lang, message, type MessageParams, word } from '../i18n';
import type { NoticeDraft } from '../invitations/invitations.repository';
import { withCurrentDetails } from '../invitations/reconciliation';
import { sessions } from '../live/sessions';
import './messages';
import './stop-messages';

export interface MemberReminderSettings {
  enabled: boolean;
  /** How long before the group's first meeting of a session the reminder goes. */
  leadHours: number;
}

export const DEFAULT_MEMBER_REMINDERS: MemberReminderSettings = { enabled: false, leadHours: 24 };
export const LEAD_HOURS = { min: 1, max: 72 };

export interface MemberReminderInput {
  eventId: string;
  /** The version in force: its rounds, tables and meetings. */
  published: { instance: InstanceFile; meetings: MeetingFile[] };
  /** The event as it is now: members' names and addresses, tables' places and links. */
  current: InstanceFile;
  /** Member id → personal page, and the page that stops their reminders, in each language. */
  links: ReadonlyMap<string, MemberReminderLinks>;
  /** The members who stopped their reminders: none is planned for them. */
  stopped: ReadonlySet<string>;
  leadHours: number;
  now: number;
}

export interface MemberReminderLinks {
  page: string;
  stop: Record<Lang, string>;
}

export const memberReminderPrefix = (eventId: string) => `member-reminder:${eventId}:`;

/** Whom a reminder went to and which session it spoke of (its first round), read back from its dedupe key. */
export function memberReminderOf(eventId: string, dedupeKey: string): { member: string; firstRound: string } | undefined {
  const prefix = memberReminderPrefix(eventId);
  const rest = dedupeKey.startsWith(prefix) ? dedupeKey.slice(prefix.length) : '';
  const cut = rest.lastIndexOf(':');
  return cut > 0 ? { member: rest.slice(0, cut), firstRound: rest.slice(cut + 1) } : undefined;
}

interface Stop {
  start: number;
  end: number;
  expert: string;
  table: string;
  location?: string;
}

export interface PlannedReminder extends NoticeDraft {
  /** When it goes: `leadHours` before the group's first meeting of the session. */
  sendAt: number;
  /** That first meeting's start: after it, the reminder is not sent any more. */
  startsAt: number;
}

/** The reminders due at `now`, one per member and session; the outbox ignores one already made. */
export function dueMemberReminders(input: MemberReminderInput): NoticeDraft[] {
  return dueAt(plannedMemberReminders(input), input.now);
}

/** Of the reminders planned, those due at `now`: from their moment until the first meeting starts. */
export function dueAt(planned: readonly PlannedReminder[], now: number): NoticeDraft[] {
  return planned.filter((r) => r.sendAt <= now && now < r.startsAt).map(({ sendAt: _s, startsAt: _a, ...draft }) => draft);
}

/**
 * The reminders still waiting in the outbox (a mail server down) whose words a change made untrue
 * (a delay, a replan): worded again; withdrawn once their meeting started, or when the plan has no
 * such reminder any more (the member's group no longer meets in that session).
 */
export function stalePendingMemberReminders(
  planned: readonly PlannedReminder[],
  pending: readonly { dedupeKey: string; subject: string; body: string }[],
  now: number,
): { reworded: NoticeDraft[]; withdrawn: string[] } {
  const byKey = new Map(planned.map((r) => [r.dedupeKey, r]));
  const reworded: NoticeDraft[] = [];
  const withdrawn: string[] = [];
  for (const p of pending) {
    const fresh = byKey.get(p.dedupeKey);
    if (!fresh || now >= fresh.startsAt) withdrawn.push(p.dedupeKey);
    else if (fresh.subject !== p.subject || fresh.body !== p.body) reworded.push(fresh);
  }
  return { reworded, withdrawn };
}

/** Every member's reminder of every session, due or not (the settings screen says what comes next). */
export function plannedMemberReminders(input: Omit<MemberReminderInput, 'now'>): PlannedReminder[] {
  const plan = withCurrentDetails(input.published.instance, input.current);
  const zone = plan.event.timezone ?? 'Europe/Paris';
  const leadMs = input.leadHours * 3600_000;
  const experts = new Map(plan.experts.map((e) => [e.id, e.name]));
  const tables = new Map(plan.tables.map((t) => [t.id, t]));
  const members = new Map(input.current.groups.map((g) => [g.id, g.members ?? []]));
  const out: PlannedReminder[] = [];
  for (const session of sessions(plan)) {
    const rounds = new Map(session.rounds.map((r) => [r.id, r]));
    for (const group of plan.groups) {
      const stops: Stop[] = input.published.meetings
        .filter((m) => m.group === group.id && rounds.has(m.round))
        .map((m) => {
          const table = tables.get(m.table);
          return {
            start: rounds.get(m.round)!.startsAt,
            end: rounds.get(m.round)!.endsAt,
            expert: experts.get(m.expert) ?? m.expert,
            table: table?.name ?? m.table,
            location: table?.location ?? plan.event.location,
          };
        })
        .sort((a, b) => a.start - b.start);
      if (!stops.length) continue;
      const first = stops[0].start;
      for (const member of members.get(group.id) ?? []) {
        const email = member.email?.trim();
        if (!email || input.stopped.has(member.id)) continue;
        const link = input.links.get(member.id);
        const params = { event: plan.event.name, name: member.name, group: group.name, at: first, zone };
        out.push({
          dedupeKey: `${memberReminderPrefix(input.eventId)}${member.id}:${session.rounds[0].id}`,
          subjectKey: member.id,
          recipient: email,
          recipientName: member.name,
          // One e-mail for both languages, each worded by its catalogue: French first.
          subject: LANGS.map((lang) => word(message('memberReminder.subject', params), lang)).join(' — '),
          body: LANGS.map((lang) => body(lang, params, stops, link)).join('\n\n—\n\n'),
          sendAt: first - leadMs,
          startsAt: first,
        });
      }
    }
  }
  return out;
}

function body(lang: Lang, params: MessageParams, stops: Stop[], link: MemberReminderLinks | undefined): string {
  const w = (code: string, p: MessageParams = {}) => word(message(code, { ...params, ...p }), lang);
  const line = (s: Stop, i: number) =>
    `  - ${w(stops.length === 1 ? 'memberReminder.only' : i === 0 ? 'memberReminder.first' : 'memberReminder.next', { start: s.start, end: s.end, expert: s.expert, table: s.table, location: s.location })}`;
  return [
    w('memberReminder.greeting'),
    '',
    w('memberReminder.intro'),
    ...stops.map(line),
    '',
    ...(link ? [w('memberReminder.link', { url: link.page }), ''] : []),
    w('memberReminder.why'),
    ...(link ? [w('memberReminder.stop', { url: link.stop[lang] })] : []),
  ].join('\n');
}
