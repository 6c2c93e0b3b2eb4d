/**
 * The page an expert reaches from « Je confirme » / « Je ne pourrai pas venir »: French, then
 * English. GET shows the question and one button (a mail scanner following the link records
 * nothing); the button POSTs to the same address, and the page then says what was recorded.
 */
import { LANGS, type Lang, message, word } from '../i18n';
import { clock, day } from '../i18n/when';
import { esc, page } from '../members/html';
import type { Answering } from './confirmations.service';
import { type Answer, answerPath } from './paths';
import './messages';

export interface AnswerView {
  who: Answering;
  answer: Answer;
  token: string;
  /** The expert's own page. */
  pageUrl: string;
  /** After a POST: the answer just recorded. */
  recorded: boolean;
  css: string;
  zone: string;
}

const say = (code: string, lang: Lang, params?: Record<string, string>) => esc(word(message(code, params), lang));

/** « mercredi 20 janvier, 11 h 00 » / "Wednesday 20 January, 11:00": when the answer came, as every time is written. */
export function answeredAt(iso: string, zone: string, lang: Lang): string {
  const ms = Date.parse(iso);
  return `${day(ms, zone, lang)}, ${clock(ms, zone, lang)}`;
}

function part(v: AnswerView, lang: Lang): string {
  const { who, answer } = v;
  const names = { name: who.expertName, event: who.eventName };
  const current =
    who.current && !v.recorded ? `<p>${say(`answer.current.${who.current.answer}`, lang, { at: answeredAt(who.current.answeredAt, v.zone, lang) })}</p>` : '';
  const other: Answer = answer === 'yes' ? 'no' : 'yes';
  const body = v.recorded
    ? `<p class="ok" role="status">${say(`answer.done.${answer}`, lang)}</p>` +
      `<form method="post" action="${esc(answerPath(v.token, other))}"><button class="btn secondary" type="submit">${say(`answer.other.${other}`, lang)}</button></form>`
    : `<p>${say(`answer.ask.${answer}`, lang, names)}</p>${current}` +
      `<form method="post" action="${esc(answerPath(v.token, answer))}"><button class="btn" type="submit">${say(`answer.button.${answer}`, lang)}</button></form>`;
  const title = say(`answer.title.${answer}`, lang);
  return (
    `<section lang="${lang}" aria-labelledby="h-${lang}"><h${lang === 'fr' ? 1 : 2} id="h-${lang}">${title}</h${lang === 'fr' ? 1 : 2}>${body}` +
    `<p><a href="${esc(v.pageUrl)}">${say('answer.page', lang)}</a></p></section>`
  );
}

export function answerPage(v: AnswerView): string {
  return page({
    lang: 'fr',
    title: `${word(message(`answer.title.${v.answer}`), 'fr')} — Carrousel`,
    css: v.css,
    body: `<main id="main"><p class="event">${esc(v.who.eventName)}</p>${LANGS.map((lang) => part(v, lang)).join('<hr>')}</main>`,
  });
}

export function invalidAnswerPage(css: string): string {
  return page({
    lang: 'fr',
    title: 'Carrousel',
    css,
    body: `<main id="main">${LANGS.map((lang) => `<p lang="${lang}">${say('answer.invalid', lang)}</p>`).join('')}</main>`,
  });
}
