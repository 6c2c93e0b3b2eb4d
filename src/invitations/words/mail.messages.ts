/**
 * The words of the experts' e-mails, French and English. Parameters are names and instants (epoch
 * ms, worded in the event's `zone`), never ids, so each language writes its own dates and times.
 */
import { defineMessages, type MessageParams } from '../../i18n';
import type { Lang } from '../../i18n';
import { clock, slot, span } from '../../i18n/when';

const n = (p: MessageParams, k: string) => Number(p[k]);
const s = (p: MessageParams, k: string) => String(p[k] ?? '');
const when = (p: MessageParams, lang: Lang) => slot(n(p, 'start'), n(p, 'end'), s(p, 'zone'), lang);
const at = (p: MessageParams, lang: Lang) => clock(n(p, 'at'), s(p, 'zone'), lang);

export const MAIL = defineMessages({
  fr: {
    'mail.subject.new': (p, l) => `Invitation : ${s(p, 'event')} — ${when(p, l)}`,
    'mail.subject.changed': (p, l) => `Mise à jour : ${s(p, 'event')} — ${when(p, l)}`,
    'mail.subject.cancelled': (p, l) => `Annulé : ${s(p, 'event')} — ${when(p, l)}`,
    'mail.subject.readdressed': (p, l) => `Annulé à cette adresse : ${s(p, 'event')} — ${when(p, l)}`,
    'mail.subject.reorganized': (p, l) => `Remplacée : ${s(p, 'event')} — ${when(p, l)}`,
    'mail.greeting': 'Bonjour {name},',
    'mail.new': (p, l) => `Vous êtes invité·e aux auditions d’experts « ${s(p, 'event')} » : ${when(p, l)}, table « ${s(p, 'table')} ».`,
    'mail.restored': (p, l) => `Le créneau du ${when(p, l)} (table « ${s(p, 'table')} ») est de nouveau prévu pour vous.`,
    'mail.changed': (p, l) => `Votre créneau d’auditions « ${s(p, 'event')} » change : ${when(p, l)}, table « ${s(p, 'table')} ». Ce qui change :`,
    'mail.change.times': (p, l) =>
      `désormais ${span(n(p, 'start'), n(p, 'end'), s(p, 'zone'), l)} (au lieu de ${span(n(p, 'oldStart'), n(p, 'oldEnd'), s(p, 'zone'), l)})`,
    'mail.change.table': 'table « {after} » au lieu de « {before} »',
    'mail.change.place': (p) => (p.after ? `lieu ou lien : ${s(p, 'after')}` : 'le lieu n’est plus précisé'),
    'mail.change.replaced': (p, l) => `à ${at(p, l)}, le groupe « ${s(p, 'after')} » remplace le groupe « ${s(p, 'before')} »`,
    'mail.change.added': (p, l) => `à ${at(p, l)}, le groupe « ${s(p, 'group')} » s’ajoute`,
    'mail.change.removed': (p, l) => `à ${at(p, l)}, le groupe « ${s(p, 'group')} » ne vient plus`,
    'mail.agenda': 'Le programme, tour par tour :',
    'mail.agenda.break': 'pause',
    'mail.agenda.group': (p) => `groupe « ${s(p, 'name')} » (${n(p, 'size')} ${n(p, 'size') === 1 ? 'personne' : 'personnes'})`,
    'mail.place.link': 'Lien de la salle : {url}',
    'mail.place.where': 'Lieu : {where}',
    'mail.answer': 'Votre réponse, d’un clic (les boutons « Oui » ou « Non » de votre agenda ne mettent pas le programme à jour) :',
    'mail.confirm': 'Je confirme ma venue : {url}',
    'mail.decline': 'Je ne pourrai pas venir : {url}',
    'mail.page': 'Votre page (les questions des groupes, les changements du jour) : {url}',
    'mail.feed': 'Votre agenda, toujours à jour (abonnement) : {url}',
    'mail.reply': 'Pour toute question, répondez simplement à ce message.',
    'mail.cancelled': (p, l) => `Le créneau d’auditions du ${when(p, l)} (table « ${s(p, 'table')} ») est annulé : votre présence n’y est plus requise.`,
    'mail.cancelled.others': (p) =>
      n(p, 'count') === 1 ? `Votre autre créneau reste prévu : ${p.slots}.` : `Vos ${n(p, 'count')} autres créneaux restent prévus : ${p.slots}.`,
    'mail.cancelled.none': 'Vous n’avez plus de créneau à cet événement.',
    'mail.cancelled.declined': 'Vous nous avez dit ne pas pouvoir venir : merci de nous avoir prévenus.',
    'mail.readdressed': (p, l) =>
      `Les organisateurs vous écrivent désormais à une autre adresse. Le créneau du ${when(p, l)} (table « ${s(p, 'table')} ») est retiré de l’agenda de cette adresse-ci ; l’invitation a été envoyée à la nouvelle.`,
    'mail.reorganized': (p, l) =>
      `Les organisateurs changent d’adresse. Cette invitation du ${when(p, l)} est remplacée par une nouvelle, envoyée par ${s(p, 'organizer')} ; l’horaire ne change pas.`,
  },
  en: {
    'mail.subject.new': (p, l) => `Invitation: ${s(p, 'event')}, ${when(p, l)}`,
    'mail.subject.changed': (p, l) => `Update: ${s(p, 'event')}, ${when(p, l)}`,
    'mail.subject.cancelled': (p, l) => `Cancelled: ${s(p, 'event')}, ${when(p, l)}`,
    'mail.subject.readdressed': (p, l) => `Cancelled at this address: ${s(p, 'event')}, ${when(p, l)}`,
    'mail.subject.reorganized': (p, l) => `Replaced: ${s(p, 'event')}, ${when(p, l)}`,
    'mail.greeting': 'Hello {name},',
    'mail.new': (p, l) => `You are invited to the expert hearings "${s(p, 'event')}": ${when(p, l)}, table "${s(p, 'table')}".`,
    'mail.restored': (p, l) => `The slot of ${when(p, l)} (table "${s(p, 'table')}") is planned for you again.`,
    'mail.changed': (p, l) => `Your hearing slot "${s(p, 'event')}" changes: ${when(p, l)}, table "${s(p, 'table')}". What changes:`,
    'mail.change.times': (p, l) =>
      `now ${span(n(p, 'start'), n(p, 'end'), s(p, 'zone'), l)} (instead of ${span(n(p, 'oldStart'), n(p, 'oldEnd'), s(p, 'zone'), l)})`,
    'mail.change.table': 'table "{after}" instead of "{before}"',
    'mail.change.place': (p) => (p.after ? `place or link: ${s(p, 'after')}` : 'the place is no longer given'),
    'mail.change.replaced': (p, l) => `at ${at(p, l)}, group "${s(p, 'after')}" comes instead of group "${s(p, 'before')}"`,
    'mail.change.added': (p, l) => `at ${at(p, l)}, group "${s(p, 'group')}" joins`,
    'mail.change.removed': (p, l) => `at ${at(p, l)}, group "${s(p, 'group')}" no longer comes`,
    'mail.agenda': 'The programme, round by round:',
    'mail.agenda.break': 'break',
    'mail.agenda.group': (p) => `group "${s(p, 'name')}" (${n(p, 'size')} ${n(p, 'size') === 1 ? 'person' : 'people'})`,
    'mail.place.link': 'Room link: {url}',
    'mail.place.where': 'Place: {where}',
    'mail.answer': 'Your answer, in one click (your calendar’s Yes or No buttons do not update the programme):',
    'mail.confirm': 'I confirm I will come: {url}',
    'mail.decline': 'I will not be able to come: {url}',
    'mail.page': "Your page (the groups' questions, changes on the day): {url}",
    'mail.feed': 'Your calendar, always up to date (subscription): {url}',
    'mail.reply': 'For any question, simply reply to this e-mail.',
    'mail.cancelled': (p, l) => `The hearing slot of ${when(p, l)} (table "${s(p, 'table')}") is cancelled: you are no longer expected then.`,
    'mail.cancelled.others': (p) =>
      n(p, 'count') === 1 ? `Your other slot still stands: ${p.slots}.` : `Your ${n(p, 'count')} other slots still stand: ${p.slots}.`,
    'mail.cancelled.none': 'You have no slot left at this event.',
    'mail.cancelled.declined': 'You told us you cannot come: thank you for letting us know.',
    'mail.readdressed': (p, l) =>
      `The organizers now write to you at another address. The slot of ${when(p, l)} (table "${s(p, 'table')}") is removed from this address's calendar; the invitation went to the new one.`,
    'mail.reorganized': (p, l) =>
      `The organizers change their address. This invitation of ${when(p, l)} is replaced by a new one, sent by ${s(p, 'organizer')}; the time does not change.`,
  },
});
