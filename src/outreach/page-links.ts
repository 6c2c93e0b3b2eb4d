/**
 * The small blocks the personal pages carry for reaching people: on an expert's page, « Je
 * confirme » / « Je ne pourrai pas venir » (the answer links of the invitation), or the answer
 * already given and the way to change it; on both, « Ajouter à mon agenda » (their meetings as a
 * subscribed calendar); on a member's page, « Ne plus recevoir de rappels ». All are built from
 * the page's own path (`/x/<token>`, `/m/<token>`): the token is the proof, no other lookup.
 */
import { defineMessages, type Lang, message, word } from '../i18n';
import { expertFeedPath, memberFeedPath } from '../access/feed-paths';
import { answeredAt } from '../confirmations/answer-page';
import { sessionSaid } from '../confirmations/answer-sessions';
import { type Answer, answerPath } from '../confirmations/paths';
import { esc } from '../members/html';
import '../confirmations/messages';

defineMessages({
  fr: {
    'reach.answer': 'Votre venue',
    'reach.calendar.member': 'Ajouter mon parcours à mon agenda',
    'reach.calendar.expert': 'Ajouter mes rencontres à mon agenda',
    'reach.subscribe': 'S’abonner (Apple, Outlook, Thunderbird)',
    'reach.google': 'S’abonner dans Google Agenda',
    'reach.download': 'Télécharger le fichier (.ics)',
    'reach.calendarHint':
      'Un abonnement suit les changements tout seul ; un fichier téléchargé, non. Pour un autre agenda, copiez cette adresse d’abonnement :',
    'reach.stopReminders': 'Ne plus recevoir de rappels par courriel',
  },
  en: {
    'reach.answer': 'Will you come?',
    'reach.calendar.member': 'Add my itinerary to my calendar',
    'reach.calendar.expert': 'Add my meetings to my calendar',
    'reach.subscribe': 'Subscribe (Apple, Outlook, Thunderbird)',
    'reach.google': 'Subscribe in Google Calendar',
    'reach.download': 'Download the file (.ics)',
    'reach.calendarHint': 'A subscription follows the changes by itself; a downloaded file does not. For another calendar, copy this subscription address:',
    'reach.stopReminders': 'Stop reminder e-mails',
  },
});

const tokenOf = (path: string) => path.split('/')[2] ?? '';

/** « Ne plus recevoir de rappels », in the member's language (reminder-stop.controller.ts). */
export const stopRemindersPath = (token: string, lang: Lang) => `/u/${token}?lang=${lang}`;
const say = (code: string, lang: Lang) => esc(word(message(code), lang));

/** The expert's answer as their page says it: what they answered and when, then the way to change it. */
export interface PageAnswer {
  answer: Answer;
  answeredAt: string;
  zone: string;
  /** A decline of one session: its times. */
  missed?: { startsAt: number; endsAt: number };
}

export function answerLinks(expertPagePath: string, lang: Lang, current?: PageAnswer): string {
  const token = tokenOf(expertPagePath);
  const head = `<section id="answer" aria-labelledby="answer-h"><h2 id="answer-h">${say('reach.answer', lang)}</h2>`;
  if (current) {
    const other: Answer = current.answer === 'yes' ? 'no' : 'yes';
    const at = answeredAt(current.answeredAt, current.zone, lang);
    const said = current.missed
      ? message('answer.current.noSession', { at, session: sessionSaid(current.missed, current.zone, lang) })
      : message(`answer.current.${current.answer}`, { at });
    // After one session declined, the expert may still decline none or another: the choice again.
    const change = current.missed ? ` <a class="btn secondary" href="${esc(answerPath(token, 'no'))}">${say('answer.change', lang)}</a>` : '';
    return (
      `${head}<p role="status">${esc(word(said, lang))}</p>` +
      `<p><a class="btn secondary" href="${esc(answerPath(token, other))}">${say(`answer.other.${other}`, lang)}</a>${change}</p></section>`
    );
  }
  return (
    `${head}<p>` +
    `<a class="btn" href="${esc(answerPath(token, 'yes'))}">${say('answer.button.yes', lang)}</a> ` +
    `<a class="btn secondary" href="${esc(answerPath(token, 'no'))}">${say('answer.button.no', lang)}</a></p></section>`
  );
}

/**
 * « Ajouter à mon agenda »: a subscription, which follows every change, before a one-off file.
 * webcal: opens the subscribe dialog of Apple Calendar, Outlook and Thunderbird; Google Calendar
 * subscribes through its own page (cid=), from a public address only; any other calendar takes
 * the https address, shown to copy.
 */
export function calendarLinks(kind: 'member' | 'expert', pagePath: string, publicUrl: string, lang: Lang): string {
  const token = tokenOf(pagePath);
  const path = kind === 'member' ? memberFeedPath(token) : expertFeedPath(token);
  const https = `${publicUrl}${path}`;
  const webcal = https.replace(/^https?:/, 'webcal:');
  const google = `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`;
  const id = `feed-${kind}`;
  return (
    `<section id="calendar" aria-labelledby="calendar-h"><h2 id="calendar-h">${say(`reach.calendar.${kind}`, lang)}</h2><p>` +
    `<a class="btn secondary" href="${esc(webcal)}">${say('reach.subscribe', lang)}</a> ` +
    `<a class="btn secondary" href="${esc(google)}" rel="noopener noreferrer">${say('reach.google', lang)}</a> ` +
    `<a class="btn secondary" href="${esc(path)}" download>${say('reach.download', lang)}</a></p>` +
    `<p class="hint"><label for="${id}">${say('reach.calendarHint', lang)}</label><br>` +
    `<input id="${id}" class="copy" type="text" readonly value="${esc(https)}" spellcheck="false"></p></section>`
  );
}

/** The member page's way out of the reminder e-mails. */
export function stopRemindersLink(memberPagePath: string, lang: Lang): string {
  return `<p class="hint"><a href="${esc(stopRemindersPath(tokenOf(memberPagePath), lang))}">${say('reach.stopReminders', lang)}</a></p>`;
}
