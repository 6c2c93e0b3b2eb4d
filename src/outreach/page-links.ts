/**
 * The small blocks the personal pages carry for reaching people: on an expert's page, « Je
 * confirme » / « Je ne pourrai pas venir » (the answer links of the invitation); on a member's page,
 * « Ajouter à mon agenda » (their group's itinerary as a subscribed calendar). Both are built from
 * the page's own path (`/x/<token>`, `/m/<token>`): the token is the proof, no other lookup.
 */
import { defineMessages, type Lang, message, word } from '../i18n';
import { answerPath } from '../confirmations/paths';
import { esc } from '../members/html';
import '../confirmations/messages';

defineMessages({
  fr: {
    'reach.answer': 'Votre venue',
    'reach.calendar': 'Ajouter mon parcours à mon agenda',
    'reach.calendarHint': 'Un abonnement : votre agenda suit les changements tout seul.',
  },
  en: {
    'reach.answer': 'Your coming',
    'reach.calendar': 'Add my itinerary to my calendar',
    'reach.calendarHint': 'A subscription: your calendar follows the changes by itself.',
  },
});

const tokenOf = (path: string) => path.split('/')[2] ?? '';
const say = (code: string, lang: Lang) => esc(word(message(code), lang));

export function answerLinks(expertPagePath: string, lang: Lang): string {
  const token = tokenOf(expertPagePath);
  return (
    `<section id="answer" aria-labelledby="answer-h"><h2 id="answer-h">${say('reach.answer', lang)}</h2><p>` +
    `<a class="btn" href="${esc(answerPath(token, 'yes'))}">${say('answer.button.yes', lang)}</a> ` +
    `<a class="btn secondary" href="${esc(answerPath(token, 'no'))}">${say('answer.button.no', lang)}</a></p></section>`
  );
}

export function memberCalendarLink(memberPagePath: string, lang: Lang): string {
  return (
    `<p><a class="btn secondary" href="/cal/m/${esc(tokenOf(memberPagePath))}.ics">${say('reach.calendar', lang)}</a></p>` +
    `<p class="hint">${say('reach.calendarHint', lang)}</p>`
  );
}
