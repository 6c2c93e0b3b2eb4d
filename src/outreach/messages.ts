/** The members' link e-mail and their reminder before each session, French then English, and the outreach refusals. */
import { defineMessages, type Lang, type MessageParams } from '../i18n';
import { clock, date, span } from '../i18n/when';

const s = (p: MessageParams, k: string) => String(p[k] ?? '');
/** « vendredi 22 janvier » / "Friday 22 January": the year is known. */
const day = (p: MessageParams, lang: Lang) => date(Number(p.at), s(p, 'zone'), lang).replace(/ \d{4}$/, '');
const at = (p: MessageParams, lang: Lang) => clock(Number(p.at), s(p, 'zone'), lang);
const stop = (p: MessageParams, lang: Lang) =>
  `${span(Number(p.start), Number(p.end), s(p, 'zone'), lang)}${lang === 'fr' ? '\u00a0:' : ':'} ${s(p, 'expert')}, ${s(p, 'table')}${p.location ? ` (${s(p, 'location')})` : ''}`;

export const OUTREACH_MESSAGES = defineMessages({
  fr: {
    'links.subject': (p) => `${p.test ? '[Essai] ' : ''}Votre page personnelle : ${s(p, 'event')}`,
    'links.greeting': 'Bonjour {name},',
    'links.intro':
      'Voici votre page personnelle pour « {event} » (groupe « {group} ») : où aller, quand, avec quel expert, et les changements du jour en direct.',
    'links.url': 'Votre page : {url}',
    'links.calendar':
      'Votre agenda peut suivre votre parcours tout seul : sur votre page, touchez « Ajouter mon parcours à mon agenda », ou abonnez-vous à cette adresse (télécharger le fichier ne suit pas les changements) : {url}',
    'links.keep': 'Gardez ce message : ce lien est le vôtre, il ne demande pas de mot de passe. Ne le transmettez pas.',
    'links.test': 'Ceci est un essai envoyé aux organisateurs : les membres recevront le même message, chacun avec son lien.',
    'links.noOrganizer':
      'l’événement n’a pas d’adresse d’organisateur : réglez-la avant d’envoyer, dans « Préparer », « Nom, fuseau, lieu et réglages du calcul »',
    'links.stale': 'la liste à envoyer a changé depuis l’aperçu ({before} → {after} messages) : relisez l’aperçu, puis envoyez',
    'links.noMembers': 'aucun membre n’a d’adresse : rien à essayer',
    'links.csv.name': 'Nom',
    'links.csv.group': 'Groupe',
    'links.csv.email': 'Courriel',
    'links.csv.phone': 'Téléphone',
    'links.csv.link': 'Lien',
    'links.csv.feed': 'Agenda',
    'memberReminder.subject': (p, l) => `Rappel : ${s(p, 'event')}, ${day(p, l)} à ${at(p, l)}`,
    'memberReminder.greeting': 'Bonjour {name},',
    'memberReminder.intro': (p, l) =>
      `Votre groupe « ${s(p, 'group')} » a rendez-vous le ${day(p, l)} pour « ${s(p, 'event')} ». Votre parcours de cette séance :`,
    'memberReminder.only': (p, l) => stop(p, l),
    'memberReminder.first': (p, l) => `d’abord, ${stop(p, l)}`,
    'memberReminder.next': (p, l) => `ensuite, ${stop(p, l)}`,
    'memberReminder.link': 'Votre page, qui suit les changements en direct : {url}',
    'memberReminder.why': 'Les organisateurs vous envoient ce rappel une fois avant chaque séance.',
  },
  en: {
    'links.subject': (p) => `${p.test ? '[Test] ' : ''}Your personal page: ${s(p, 'event')}`,
    'links.greeting': 'Hello {name},',
    'links.intro': 'Here is your personal page for "{event}" (group "{group}"): where to go, when, with which expert, and the changes on the day, live.',
    'links.url': 'Your page: {url}',
    'links.calendar':
      'Your calendar can follow your itinerary by itself: on your page, tap "Add my itinerary to my calendar", or subscribe to this address (downloading the file does not follow changes): {url}',
    'links.keep': 'Keep this e-mail: this link is yours and needs no password. Do not pass it on.',
    'links.test': 'This is a test sent to the organizers: the members will get the same message, each with their own link.',
    'links.noOrganizer': 'the event has no organizer address: set it before sending, in "Set up", "Name, time zone, place and solver settings"',
    'links.stale': 'the list to send changed since the preview ({before} → {after} messages): read the preview again, then send',
    'links.noMembers': 'no member has an address: nothing to test',
    'links.csv.name': 'Name',
    'links.csv.group': 'Group',
    'links.csv.email': 'Email',
    'links.csv.phone': 'Phone',
    'links.csv.link': 'Link',
    'links.csv.feed': 'Calendar',
    'memberReminder.subject': (p, l) => `Reminder: ${s(p, 'event')}, ${day(p, l)} at ${at(p, l)}`,
    'memberReminder.greeting': 'Hello {name},',
    'memberReminder.intro': (p, l) => `Your group "${s(p, 'group')}" meets on ${day(p, l)} for "${s(p, 'event')}". Your itinerary for this session:`,
    'memberReminder.only': (p, l) => stop(p, l),
    'memberReminder.first': (p, l) => `first, ${stop(p, l)}`,
    'memberReminder.next': (p, l) => `then, ${stop(p, l)}`,
    'memberReminder.link': 'Your page, which follows the changes live: {url}',
    'memberReminder.why': 'The organizers send you this reminder once before each session.',
  },
});
