/**
 * The words of the e-mails around the invitations: French first, then English. The agenda is in
 * the body too (the same text as the invitation's description), so an expert whose mail client
 * does not show calendar parts still reads when and where to come.
 */
import { DateTime } from 'luxon';
import type { ExpertBlock } from './calendar';
import { blockDescription, frenchDate, frenchTime } from './calendar/wording';

export interface MailText {
  subject: string;
  body: string;
}

export type RequestReason = 'new' | 'changed' | 'restored';

function when(block: Pick<ExpertBlock, 'start' | 'end' | 'timezone'>): { fr: string; en: string } {
  const zone = block.timezone;
  const en = (ms: number) => DateTime.fromMillis(ms, { zone }).setLocale('en-GB');
  return {
    fr: `${frenchDate(block.start, zone)}, ${frenchTime(block.start, zone)} – ${frenchTime(block.end, zone)}`,
    en: `${en(block.start).toFormat('cccc d LLLL yyyy, HH:mm')}–${en(block.end).toFormat('HH:mm')} (${zone})`,
  };
}

export function invitationMail(eventName: string, block: ExpertBlock, reason: RequestReason): MailText {
  const w = when(block);
  const update = reason === 'changed';
  const subject = `${update ? 'Mise à jour' : 'Invitation'} : ${eventName} — ${w.fr}`;
  const body = [
    `Bonjour ${block.expert.name},`,
    '',
    update
      ? `Votre créneau d’auditions a changé. Il remplace celui de l’invitation précédente : ${w.fr}, table « ${block.table.name} ».`
      : `Vous êtes invité·e aux auditions d’experts : ${w.fr}, table « ${block.table.name} ».`,
    '',
    blockDescription(eventName, block),
    '',
    'Pour toute question, répondez simplement à ce message.',
    '',
    '—',
    '',
    `Hello ${block.expert.name},`,
    '',
    update
      ? `Your hearing slot has changed and replaces the previous invitation: ${w.en}, table "${block.table.name}".`
      : `You are invited to the expert hearings "${eventName}": ${w.en}, table "${block.table.name}".`,
    'The agenda above lists, round by round, the citizen groups you will meet. Please accept the attached invitation to confirm; reply to this e-mail with any question.',
  ];
  return { subject, body: body.join('\n') };
}

export function cancellationMail(eventName: string, expertName: string, previous: ExpertBlock): MailText {
  const w = when(previous);
  return {
    subject: `Annulé : ${eventName} — ${w.fr}`,
    body: [
      `Bonjour ${expertName},`,
      '',
      `Le créneau d’auditions du ${w.fr} (table « ${previous.table.name} ») est annulé : votre présence n’y est plus requise. Les autres invitations que vous avez reçues restent valables.`,
      '',
      '—',
      '',
      `Hello ${expertName},`,
      '',
      `The hearing slot of ${w.en} (table "${previous.table.name}") is cancelled: you are no longer expected then. Any other invitation you received still stands.`,
    ].join('\n'),
  };
}

/**
 * To the address an expert's invitation was sent to before the organizers changed it. The new
 * address is not given: the old one may be a mistyped stranger's.
 */
export function addressChangedMail(eventName: string, expertName: string, previous: ExpertBlock): MailText {
  const w = when(previous);
  return {
    subject: `Annulé à cette adresse : ${eventName} — ${w.fr}`,
    body: [
      `Bonjour ${expertName},`,
      '',
      `Les organisateurs vous écrivent désormais à une autre adresse. Le créneau d’auditions du ${w.fr} (table « ${previous.table.name} ») est retiré de l’agenda de cette adresse-ci ; l’invitation à jour a été envoyée à la nouvelle.`,
      '',
      '—',
      '',
      `Hello ${expertName},`,
      '',
      `The organizers now write to you at another address. The hearing slot of ${w.en} (table "${previous.table.name}") is removed from this address's calendar; the up-to-date invitation was sent to the new one.`,
    ].join('\n'),
  };
}
