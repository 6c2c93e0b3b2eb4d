/**
 * The pages' words, French first and English second, and times written in the event's zone (never
 * the server's or the phone's): people read the clock on the wall where the event is.
 */
import { DateTime } from 'luxon';
import { type Lang, requestLang } from '../i18n';
import { clock, day } from '../i18n/when';

export type { Lang };

/** `?lang=` wins; otherwise the browser's first preference between French and English; French by default. */
export function pickLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'fr' || query === 'en') return query;
  const header = acceptLanguage ?? '';
  let lang = preferred.get(header);
  if (lang === undefined) {
    // Phones send a handful of distinct headers, each on every load: read each once (the pages are the hot path).
    if (preferred.size >= 1_000) preferred.clear();
    preferred.set(header, (lang = requestLang(undefined, header)));
  }
  return lang;
}

const preferred = new Map<string, Lang>();

/**
 * Formatting with time zones is the costliest part of a page; an event has few distinct instants
 * (its rounds' starts and ends), so each is formatted once.
 */
const formatted = new Map<string, string>();
function memo(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear();
    text = format();
    formatted.set(key, text);
  }
  return text;
}

/** « 18 h 05 » / "18:05", as every e-mail and sheet says it (src/i18n/when.ts). */
export function clockTime(ms: number, zone: string, lang: Lang): string {
  return memo(`t${ms}${zone}${lang}`, () => clock(ms, zone, lang));
}

/** « vendredi 22 janvier » / "Friday 22 January". */
export function dayDate(ms: number, zone: string, lang: Lang): string {
  return memo(`d${ms}${zone}${lang}`, () => day(ms, zone, lang));
}

/** An instant with the zone's offset, for `<time datetime>`. */
export function isoIn(ms: number, zone: string): string {
  return memo(`i${ms}${zone}`, () => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString());
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

const FR = {
  notValid: 'Lien non valide',
  notValidText: 'Ce lien personnel n’existe pas ou a été remplacé. Demandez votre nouveau lien à l’équipe d’organisation.',
  now: 'Maintenant',
  next: 'Ensuite',
  day: 'Votre programme',
  dayExpert: 'Vos tables, tour par tour',
  table: 'Table',
  join: (room: string) => `Rejoindre la salle «\u00a0${room}\u00a0»`,
  left: (min: number) => `reste ${min} min`,
  leftTemplate: 'reste {n} min',
  at: 'à',
  with: 'avec',
  noMeetingNow: 'Pas de rencontre en ce moment : pause.',
  beforeEvent: 'Vos rencontres n’ont pas encore commencé.',
  beforeFree: 'Le programme n’a pas encore commencé : votre groupe commence par un temps libre.',
  // The next card's heading before the event: what comes first, not « Ensuite » after nothing.
  first: 'Votre première rencontre',
  firstFree: 'Pour commencer',
  sep: ' : ',
  thanks: 'Merci ! Vos rencontres sont terminées. Merci pour votre participation.',
  lastMeeting: 'C’était votre dernière rencontre.',
  noMoreMeetings: 'Plus de rencontre ensuite.',
  freeRound: 'Pause : temps libre, pas de rencontre pour votre groupe.',
  then: 'Puis',
  noStops: 'Aucune rencontre prévue pour vous dans la version en vigueur.',
  notPublished: 'Le programme n’est pas encore publié. Cette page se mettra à jour dès qu’il le sera.',
  group: 'Groupe',
  people: (n: number) => `${n} personne${n > 1 ? 's' : ''}`,
  why: 'Pourquoi ce programme ?',
  wishMet: 'Souhait satisfait',
  wishUnmet: 'Souhait non satisfait',
  weight: 'poids',
  noWishes: 'Votre groupe n’a pas exprimé de souhait : les rencontres suivent vos thèmes.',
  unmet: {
    forbidden: 'l’équipe d’organisation a exclu cette rencontre.',
    absent: 'cet expert n’est présent à aucun tour.',
    noSharedRound: (held: boolean) => `aucun tour${held ? ' encore à venir' : ''} où votre groupe et cet expert sont tous deux présents.`,
    expertFull: (n: number) => `cet expert a déjà toutes les rencontres qu’il peut faire (${n}).`,
    groupFull: (n: number) => `votre groupe a déjà toutes les rencontres prévues pour lui (${n}).`,
    betterWishes: (slots: string[]) =>
      `${slots.length === 1 ? 'ce créneau est pris' : 'chacun de ces créneaux est pris'} par un souhait de votre groupe au moins aussi fort : ${slots.join(', ')}.`,
    expertBusy: (times: string[], elsewhere: boolean) =>
      `cet expert reçoit d’autres groupes ${times.length === 1 ? 'au seul créneau' : 'à chacun des créneaux'} encore libre${times.length === 1 ? '' : 's'} pour vous (${times.join(', ')})${elsewhere ? ' ; vos autres créneaux vont à des souhaits plus forts' : ''}.`,
    notChosen: 'pas de place sans réduire la part d’un autre groupe.',
    slot: (time: string, expert: string) => `${time} avec ${expert}`,
  },
  share: (s: string, min: string, med: string, n: number) =>
    `Votre groupe reçoit ${s} de ce qu’il pouvait espérer. Parmi les ${n} groupes : le moins bien servi reçoit ${min}, le groupe médian ${med}.`,
  questions: 'Vos questions aux experts',
  askLabel: 'Votre question',
  askExpert: 'Pour l’expert',
  askSend: 'Envoyer la question',
  askHint: '500 caractères au plus. Elle sera montrée à l’expert avant votre rencontre, sans votre nom.',
  asked: 'Question envoyée. Merci !',
  groupQuestions: 'Questions de votre groupe',
  noQuestions: 'Pas encore de question.',
  questionsComing: 'Questions du groupe',
  savedAt: (hhmm: string) => `Données enregistrées à ${hhmm} : vous êtes hors ligne, elles peuvent avoir changé.`,
  version: (n: number, day: string | undefined, clock: string) => `Version ${n} du programme, publiée ${day ? `le ${day} ` : ''}à ${clock}.`,
  switchLang: 'English',
  switchHref: 'en',
  themes: 'thèmes',
  yourTable: 'Votre table',
  tableVaries: 'Votre table change selon les tours : voir ci-dessous.',
  stillListed: (missed: string | undefined) =>
    `Vous avez dit ne pas venir${missed ? ` le ${missed}` : ''} : ${missed ? 'les rencontres de cette séance restent' : 'vos rencontres restent'} affichées ci-dessous jusqu’à ce que les organisateurs réorganisent les auditions ; vous n’avez rien d’autre à faire.`,
  badgesTitle: 'Badges',
  cardTitle: 'Votre programme',
  scan: 'Scannez pour voir votre programme en direct',
  errorTooLong: 'Votre question est trop longue (500 caractères au plus).',
  errorEmpty: 'Écrivez votre question avant de l’envoyer.',
  errorExpert: 'Choisissez un expert que votre groupe va rencontrer.',
  errorTooMany: 'Vous avez déjà envoyé beaucoup de questions.',
};

export type Texts = typeof FR;

const EN: Texts = {
  notValid: 'Link not valid',
  notValidText: 'This personal link does not exist or has been replaced. Ask the organizing team for your new link.',
  now: 'Now',
  next: 'Next',
  day: 'Your programme',
  dayExpert: 'Your tables, round by round',
  table: 'Table',
  join: (room: string) => `Join the room "${room}"`,
  left: (min: number) => `${min} min left`,
  leftTemplate: '{n} min left',
  at: 'at',
  with: 'with',
  noMeetingNow: 'No meeting right now: break.',
  beforeEvent: 'Your meetings have not started yet.',
  beforeFree: 'The programme has not started yet: your group begins with free time.',
  first: 'Your first meeting',
  firstFree: 'To begin',
  sep: ': ',
  thanks: 'Thank you! Your meetings are over. Thank you for taking part.',
  lastMeeting: 'That was your last meeting.',
  noMoreMeetings: 'No more meetings after this.',
  freeRound: 'Break: free time, no meeting for your group.',
  then: 'Then',
  noStops: 'No meeting planned for you in the version in force.',
  notPublished: 'The programme is not published yet. This page will update as soon as it is.',
  group: 'Group',
  people: (n: number) => `${n} ${n > 1 ? 'people' : 'person'}`,
  why: 'Why this plan?',
  wishMet: 'Wish met',
  wishUnmet: 'Wish not met',
  weight: 'weight',
  noWishes: 'Your group expressed no wishes: meetings follow your themes.',
  unmet: {
    forbidden: 'the organizers ruled this meeting out.',
    absent: 'this expert is not there in any round.',
    noSharedRound: (held: boolean) => `no round${held ? ' still to come' : ''} when both your group and this expert are there.`,
    expertFull: (n: number) => `this expert already has all the meetings they can hold (${n}).`,
    groupFull: (n: number) => `your group already has all the meetings planned for it (${n}).`,
    betterWishes: (slots: string[]) =>
      `${slots.length === 1 ? 'that slot goes' : 'each of those slots goes'} to a wish of your group at least as strong: ${slots.join(', ')}.`,
    expertBusy: (times: string[], elsewhere: boolean) =>
      `this expert meets other groups in ${times.length === 1 ? 'the one slot' : 'every slot'} still free for you (${times.join(', ')})${elsewhere ? '; your other slots go to stronger wishes' : ''}.`,
    notChosen: 'no room without lowering another group’s share.',
    slot: (time: string, expert: string) => `${time} with ${expert}`,
  },
  share: (s: string, min: string, med: string, n: number) =>
    `Your group receives ${s} of what it could hope for. Among the ${n} groups: the least served receives ${min}, the median group ${med}.`,
  questions: 'Your questions to the experts',
  askLabel: 'Your question',
  askExpert: 'For the expert',
  askSend: 'Send the question',
  askHint: 'At most 500 characters. The expert sees it before your meeting, without your name.',
  asked: 'Question sent. Thank you!',
  groupQuestions: 'Your group’s questions',
  noQuestions: 'No question yet.',
  questionsComing: 'The group’s questions',
  savedAt: (hhmm: string) => `Saved data from ${hhmm}: you are offline, it may have changed.`,
  version: (n: number, day: string | undefined, clock: string) => `Programme version ${n}, published ${day ? `on ${day} ` : ''}at ${clock}.`,
  switchLang: 'Français',
  switchHref: 'fr',
  themes: 'themes',
  yourTable: 'Your table',
  tableVaries: 'Your table changes between rounds: see below.',
  stillListed: (missed: string | undefined) =>
    `You told us you cannot come${missed ? ` on ${missed}` : ''}: ${missed ? "that session's meetings stay" : 'your meetings stay'} listed below until the organizers rearrange the hearings; there is nothing else for you to do.`,
  badgesTitle: 'Badges',
  cardTitle: 'Your programme',
  scan: 'Scan to see your programme live',
  errorTooLong: 'Your question is too long (500 characters at most).',
  errorEmpty: 'Write your question before sending it.',
  errorExpert: 'Choose an expert your group will meet.',
  errorTooMany: 'You have already sent many questions.',
};

export function texts(lang: Lang): Texts {
  return lang === 'en' ? EN : FR;
}
