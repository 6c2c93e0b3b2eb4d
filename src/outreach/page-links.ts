/**
 * The small blocks the personal pages carry for reaching people: on an expert's page, « Je
 * confirme » / « Je ne pourrai pas venir » (the answer links of the invitation), or the answer
 * already given and the way to change it; on a member's page,
 * « Ajouter à mon agenda » (their group's itinerary as a subscribed calendar) and « Ne plus
 * recevoir de rappels ». All are built from the page's own path (`/x/<token>`, `/m/<token>`): the
 * token is the proof, no other lookup.
 */
import { defineMessages, type Lang, message, word } from '../i18n';
import { memberFeedPath } from '../access/feed-paths';
import { answeredAt } from '../confirmations/answer-page';
import { type Answer, answerPath } from '../confirmations/paths';
import { esc } from '../members/html';
import '../confirmations/messages';

defineMessages({
  fr: {
    'reach.answer': 'Votre venue',
    'reach.calendar': 'Ajouter mon parcours à mon agenda',
    'reach.calendarHint': 'Un abonnement : votre agenda suit les changements tout seul.',
    'reach.stopReminders': 'Ne plus recevoir de rappels par courriel',
  },
  en: {
    'reach.answer': 'Your coming',
    'reach.calendar': 'Add my itinerary to my calendar',
    'reach.calendarHint': 'A subscription: your calendar follows the changes by itself.',
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
}

export function answerLinks(expertPagePath: string, lang: Lang, current?: PageAnswer): string {
  const token = tokenOf(expertPagePath);
  const head = `<section id="answer" aria-labelledby="answer-h"><h2 id="answer-h">${say('reach.answer', lang)}</h2>`;
  if (current) {
    const other: Answer = current.answer === 'yes' ? 'no' : 'yes';
    const at = answeredAt(current.answeredAt, current.zone, lang);
    return (
      `${head}<p role="status">${esc(word(message(`answer.current.${current.answer}`, { at }), lang))}</p>` +
      `<p><a class="btn secondary" href="${esc(answerPath(token, other))}">${say(`answer.other.${other}`, lang)}</a></p></section>`
    );
  }
  return (
    `${head}<p>` +
    `<a class="btn" href="${esc(answerPath(token, 'yes'))}">${say('answer.button.yes', lang)}</a> ` +
    `<a class="btn secondary" href="${esc(answerPath(token, 'no'))}">${say('answer.button.no', lang)}</a></p></section>`
  );
}

/** The member page's ways to be reached: « Ajouter à mon agenda », then the way out of the reminder e-mails. */
export function memberReachLinks(memberPagePath: string, lang: Lang): string {
  const token = tokenOf(memberPagePath);
  return (
    `<p><a class="btn secondary" href="${esc(memberFeedPath(token))}">${say('reach.calendar', lang)}</a></p>` +
    `<p class="hint">${say('reach.calendarHint', lang)}</p>` +
    `<p class="hint"><a href="${esc(stopRemindersPath(token, lang))}">${say('reach.stopReminders', lang)}</a></p>`
  );
}
