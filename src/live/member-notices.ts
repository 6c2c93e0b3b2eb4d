/**
 * E-mails to members whose itinerary changed between two versions in force (pure): a delay moves
 * their times, a replan their tables or experts. Only members with an e-mail address, and only
 * those whose own itinerary differs; what changed, the new itinerary and their personal link,
 * French first then English.
 */
import type { InstanceFile, MeetingFile } from '../engine';
import { type Lang, type Message, word } from '../i18n';
import { said } from './messages';
import { sessionAt, sessions } from './sessions';

export interface MemberNotice {
  dedupeKey: string;
  memberKey: string;
  recipient: string;
  recipientName: string;
  subject: string;
  body: string;
}

export interface Stop {
  round: string;
  start: string;
  end: string;
  expert: string;
  table: string;
}

/** Changes listed in a notice before « and N more »: the itinerary below says the rest. */
const LISTED = 5;

/** A group's meetings in time order, with names and wall times. */
export function stops(instance: InstanceFile, meetings: MeetingFile[], group: string): Stop[] {
  const rounds = new Map(instance.rounds.map((r, i) => [r.id, { ...r, i }]));
  const name = <T extends { id: string; name?: string }>(list: T[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  return meetings
    .filter((m) => m.group === group && rounds.has(m.round))
    .sort((a, b) => rounds.get(a.round)!.i - rounds.get(b.round)!.i)
    .map((m) => ({
      round: m.round,
      start: rounds.get(m.round)!.start,
      end: rounds.get(m.round)!.end,
      expert: name(instance.experts, m.expert),
      table: name(instance.tables, m.table),
    }));
}

/** What changed for one group, meeting by meeting (rounds matched by id), in time order. */
export function itineraryChanges(before: Stop[], after: Stop[]): Message[] {
  const was = new Map(before.map((s) => [s.round, s]));
  const is = new Set(after.map((s) => s.round));
  const out: { at: string; msg: Message }[] = [];
  for (const s of after) {
    const b = was.get(s.round);
    const where = { start: s.start, expert: s.expert, table: s.table };
    if (!b) out.push({ at: s.start, msg: said('notice.added', where) });
    else if (b.expert !== s.expert) out.push({ at: s.start, msg: said('notice.newExpert', where) });
    else if (b.start !== s.start) out.push({ at: s.start, msg: said('notice.moved', { ...where, was: b.start }) });
    else if (b.table !== s.table) out.push({ at: s.start, msg: said('notice.newTable', where) });
  }
  for (const b of before) if (!is.has(b.round)) out.push({ at: b.start, msg: said('notice.cancelled', { start: b.start, expert: b.expert }) });
  return out.sort((x, y) => x.at.localeCompare(y.at)).map((x) => x.msg);
}

/** A member's reminder already sent: the session it told the times of, by its first round. */
export interface SentReminder {
  member: string;
  firstRound: string;
}

/**
 * The members whose reminder already told them the times of a session this change touches: they
 * get the notice even when the organizer did not ask for notices, so that nobody goes by a time
 * Carrousel gave them and then changed. A change to another session is not a correction.
 */
export function remindedOfChange(
  before: { instance: InstanceFile; meetings: MeetingFile[] },
  after: { instance: InstanceFile; meetings: MeetingFile[] },
  sent: readonly SentReminder[],
): Set<string> {
  const all = sessions(before.instance);
  const position = new Map(before.instance.rounds.map((r, i) => [r.id, i]));
  const groupOf = new Map(after.instance.groups.flatMap((g) => (g.members ?? []).map((m) => [m.id, g.id])));
  const out = new Set<string>();
  for (const { member, firstRound } of sent) {
    const at = position.get(firstRound);
    const group = groupOf.get(member);
    if (at === undefined || group === undefined) continue;
    const rounds = new Set(sessionAt(all, at).rounds.map((r) => r.id));
    const within = (list: Stop[]) => list.filter((x) => rounds.has(x.round));
    if (itineraryChanges(within(stops(before.instance, before.meetings, group)), within(stops(after.instance, after.meetings, group))).length) out.add(member);
  }
  return out;
}

function body(lang: Lang, who: { name: string; group: string; link?: string }, changes: Message[], next: Stop[]): string[] {
  const w = (msg: Message) => word(msg, lang);
  return [
    w(said('notice.hello', { name: who.name })),
    '',
    w(said('notice.intro', { group: who.group })),
    ...changes.slice(0, LISTED).map((c) => `  - ${w(c)}`),
    ...(changes.length > LISTED ? [`  - ${w(said('notice.more', { count: changes.length - LISTED }))}`] : []),
    '',
    w(said('notice.itinerary')),
    ...next.map((s) => `  ${w(said('notice.stop', { start: s.start, end: s.end, expert: s.expert, table: s.table }))}`),
    '',
    ...(who.link ? [w(said('notice.link', { url: who.link })), ''] : []),
  ];
}

export function memberNotices(
  eventId: string,
  version: number,
  before: { instance: InstanceFile; meetings: MeetingFile[] },
  after: { instance: InstanceFile; meetings: MeetingFile[] },
  links: Map<string, string>,
): MemberNotice[] {
  const out: MemberNotice[] = [];
  for (const group of after.instance.groups) {
    const next = stops(after.instance, after.meetings, group.id);
    const changes = itineraryChanges(stops(before.instance, before.meetings, group.id), next);
    if (!changes.length) continue;
    for (const member of group.members ?? []) {
      if (!member.email) continue;
      const who = { name: member.name, group: group.name, link: links.get(member.id) };
      const subject = (lang: Lang) => word(said('notice.subject', { event: after.instance.event.name }), lang);
      out.push({
        dedupeKey: `notice:${eventId}:v${version}:${member.id}`,
        memberKey: member.id,
        recipient: member.email,
        recipientName: member.name,
        // One e-mail for both languages: French first, the English after a rule.
        subject: `${subject('fr')} — ${subject('en')}`,
        body: [...body('fr', who, changes, next), '—', '', ...body('en', who, changes, next)].join('\n'),
      });
    }
  }
  return out;
}
