/**
 * What the expert reads, in French: SUMMARY, LOCATION and DESCRIPTION. Plain text only; the
 * serializer escapes it. Times are written in the event's zone because that is where people are,
 * while DTSTART/DTEND stay in UTC for the clients.
 */
import { date, span } from '../../i18n/when';
import type { BlockGroup, BlockTable, ExpertBlock } from './blocks';
import type { GroupMeeting } from './itinerary';

const LINK = /^https?:\/\/\S+$/i;

export function isLink(location: string | undefined): location is string {
  return location !== undefined && LINK.test(location.trim());
}

/** "Dimanche 28 mars 2027": a line of its own, so it starts with a capital. */
function frenchDate(ms: number, zone: string): string {
  const s = date(ms, zone, 'fr');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** « 10 h 00 – 10 h 20 », as every page and e-mail says it. */
const frenchSpan = (start: number, end: number, zone: string) => span(start, end, zone, 'fr');

function zoneNote(zone: string): string {
  return zone === 'Europe/Paris' ? 'Heures de Paris.' : `Heures du fuseau ${zone}.`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function meetingCount(block: ExpertBlock): number {
  return block.rounds.reduce((n, r) => n + r.groups.length, 0);
}

export function blockSummary(eventName: string, block: ExpertBlock): string {
  return `Auditions — ${eventName} : vous recevez ${plural(meetingCount(block), 'groupe', 'groupes')}`;
}

/** "Salle 1 — https://…": the table's name first, because that is what people look for on site. */
export function tableLocation(table: BlockTable): string {
  return table.location ? `${table.name} — ${table.location}` : table.name;
}

function groupLine(g: BlockGroup): string {
  const themes = g.themes.length ? `, thèmes : ${g.themes.join(', ')}` : '';
  return `groupe « ${g.name} » (${plural(g.size, 'personne', 'personnes')}${themes})`;
}

/**
 * The agenda of a block. `invited`: the text of an invitation, which asks to accept it; a feed
 * shows the same agenda without that request (nothing to accept in a subscribed calendar).
 */
export function blockDescription(eventName: string, block: ExpertBlock, invited: boolean): string {
  const zone = block.timezone;
  const lines = [eventName, `Vous recevez ${plural(meetingCount(block), 'groupe', 'groupes')} de citoyens à la table « ${block.table.name} ».`];
  if (isLink(block.table.location)) lines.push(`Lien : ${block.table.location.trim()}`);
  else if (block.table.location) lines.push(`Lieu : ${block.table.location}`);
  lines.push(zoneNote(zone));
  let day = '';
  for (const r of block.rounds) {
    const date = frenchDate(r.start, zone);
    if (date !== day) lines.push('', date);
    day = date;
    const what = r.groups.length ? r.groups.map(groupLine).join(' et ') : 'pause';
    lines.push(`${frenchSpan(r.start, r.end, zone)} : ${what}`);
  }
  // « Accepter » in a calendar goes to the organizer's mailbox, which Carrousel does not read: the
  // answer that counts is the e-mail's « Je confirme » / « Je ne pourrai pas venir ».
  if (invited)
    lines.push(
      '',
      'Pour confirmer votre venue, ou nous dire que vous ne pourrez pas venir, ouvrez les liens « Je confirme ma venue » et « Je ne pourrai pas venir » du courriel de cette invitation : la réponse « Oui » ou « Non » de votre agenda ne met pas le programme à jour.',
    );
  return lines.join('\n');
}

export function cancelledSummary(summary: string): string {
  return `Annulé : ${summary}`;
}

export function cancellationDescription(eventName: string): string {
  // Whether other slots remain is said in the e-mail, which knows them; this file is one slot's.
  return `${eventName}\nCe créneau d’auditions est annulé : votre présence n’y est plus requise.`;
}

export function meetingSummary(m: GroupMeeting): string {
  const org = m.expert.organization ? ` (${m.expert.organization})` : '';
  return `Audition : ${m.expert.name}${org} — ${m.table.name}`;
}

export function meetingDescription(eventName: string, groupName: string, m: GroupMeeting, zone: string): string {
  const lines = [eventName, `Groupe « ${groupName} »`, `Expert : ${m.expert.name}${m.expert.organization ? `, ${m.expert.organization}` : ''}`];
  if (m.expert.themes.length) lines.push(`Thèmes : ${m.expert.themes.join(', ')}`);
  lines.push(`Table : ${m.table.name}`);
  if (isLink(m.table.location)) lines.push(`Lien : ${m.table.location.trim()}`);
  else if (m.table.location) lines.push(`Lieu : ${m.table.location}`);
  lines.push(`${frenchDate(m.start, zone)}, ${frenchSpan(m.start, m.end, zone)}. ${zoneNote(zone)}`);
  return lines.join('\n');
}
