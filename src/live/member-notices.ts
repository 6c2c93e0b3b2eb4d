/**
 * E-mails to members whose itinerary changed between two versions in force (pure): a delay moves
 * their times, a replan their tables or experts. Only members with an e-mail address, and only
 * those whose own itinerary differs; the new itinerary and their personal link in the message.
 */
import type { InstanceFile, MeetingFile } from '../engine/format';

export interface MemberNotice {
  dedupeKey: string;
  memberKey: string;
  recipient: string;
  recipientName: string;
  subject: string;
  body: string;
}

function itinerary(instance: InstanceFile, meetings: MeetingFile[], group: string): string[] {
  const rounds = new Map(instance.rounds.map((r, i) => [r.id, { ...r, i }]));
  const name = <T extends { id: string; name?: string }>(list: T[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  return meetings
    .filter((m) => m.group === group && rounds.has(m.round))
    .sort((a, b) => rounds.get(a.round)!.i - rounds.get(b.round)!.i)
    .map((m) => {
      const r = rounds.get(m.round)!;
      return `${r.start.slice(11)}–${r.end.slice(11)} (${r.start.slice(0, 10)}) : ${name(instance.experts, m.expert)}, ${name(instance.tables, m.table)}`;
    });
}

export function memberNotices(
  eventId: string, version: number,
  before: { instance: InstanceFile; meetings: MeetingFile[] }, after: { instance: InstanceFile; meetings: MeetingFile[] },
  links: Map<string, string>,
): MemberNotice[] {
  const out: MemberNotice[] = [];
  for (const group of after.instance.groups) {
    const next = itinerary(after.instance, after.meetings, group.id);
    const previous = itinerary(before.instance, before.meetings, group.id);
    if (next.join('\n') === previous.join('\n')) continue;
    for (const member of group.members ?? []) {
      if (!member.email) continue;
      const link = links.get(member.id);
      out.push({
        dedupeKey: `notice:${eventId}:v${version}:${member.id}`,
        memberKey: member.id,
        recipient: member.email,
        recipientName: member.name,
        subject: `Votre parcours a changé / your itinerary changed : ${after.instance.event.name}`,
        body: [
          `Bonjour ${member.name},`, '',
          `Le parcours du groupe « ${group.name} » a changé. Le voici à jour :`, '',
          ...next.map((line) => `  ${line}`), '',
          ...(link ? [`Votre page, toujours à jour : ${link}`, ''] : []),
          '—', '',
          `Hello ${member.name}, the itinerary of group "${group.name}" has changed; the updated one is above.`,
          ...(link ? [`Your page, always up to date: ${link}`] : []),
        ].join('\n'),
      });
    }
  }
  return out;
}
