/**
 * The page an expert reaches from « Je confirme » / « Je ne pourrai pas venir »: French, then
 * English. GET shows the question and one button (a mail scanner following the link records
 * nothing); the button POSTs to the same address, and the page then says what was recorded.
 */
import { LANGS, type Lang, message, word } from '../i18n';
import { clock, day } from '../i18n/when';
import { esc, page } from '../members/html';
import { sessionSaid } from './answer-sessions';
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
  /** The round of the invitation the expert came from (`?round=`): its session's decline comes first. */
  round?: string;
  css: string;
}

const say = (code: string, lang: Lang, params?: Record<string, string>) => esc(word(message(code, params), lang));

/** « mercredi 20 janvier, 11 h 00 » / "Wednesday 20 January, 11:00": when the answer came, as every time is written. */
export function answeredAt(iso: string, zone: string, lang: Lang): string {
  const ms = Date.parse(iso);
  return `${day(ms, zone, lang)}, ${clock(ms, zone, lang)}`;
}

/** The session a recorded decline names, in words; undefined for the whole event. */
function declined(who: Answering, lang: Lang): string | undefined {
  const session = who.current?.answer === 'no' && who.current.session ? who.sessions.find((s) => s.first === who.current!.session) : undefined;
  return session && sessionSaid(session, who.zone, lang);
}

const button = (v: AnswerView, answer: Answer, text: string, kind = 'btn', session?: string) =>
  `<form method="post" action="${esc(answerPath(v.token, answer))}">` +
  (session ? `<input type="hidden" name="session" value="${esc(session)}">` : '') +
  `<button class="${kind}" type="submit">${text}</button></form>`;

function part(v: AnswerView, lang: Lang): string {
  const { who, answer } = v;
  const names = { name: who.expertName, event: who.eventName };
  const missed = declined(who, lang);
  const at = who.current && answeredAt(who.current.answeredAt, who.zone, lang);
  const current =
    who.current && !v.recorded
      ? `<p>${missed ? say('answer.current.noSession', lang, { session: missed, at: at! }) : say(`answer.current.${who.current.answer}`, lang, { at: at! })}</p>`
      : '';
  const other: Answer = answer === 'yes' ? 'no' : 'yes';
  // In an event of several sessions, a decline may name the one the expert will miss; coming from
  // one session's invitation, that session's decline is the first button, and the main one.
  const from = answer === 'no' && v.round !== undefined ? who.sessions.find((s) => s.rounds.includes(v.round!)) : undefined;
  const sessions = from ? [from, ...who.sessions.filter((s) => s !== from)] : who.sessions;
  const bySession =
    answer === 'no' && who.sessions.length > 0
      ? `<p>${say('answer.ask.sessions', lang)}</p>` +
        sessions
          .map((s) =>
            button(v, 'no', say('answer.button.noSession', lang, { session: sessionSaid(s, who.zone, lang) }), s === from ? 'btn' : 'btn secondary', s.first),
          )
          .join('')
      : '';
  const all = button(
    v,
    answer,
    say(answer === 'no' && who.sessions.length > 0 ? 'answer.button.noAll' : `answer.button.${answer}`, lang),
    from ? 'btn secondary' : 'btn',
  );
  const body = v.recorded
    ? `<p class="ok" role="status">${missed ? say('answer.done.noSession', lang, { session: missed }) : say(`answer.done.${answer}`, lang)}</p>` +
      button(v, other, say(`answer.other.${other}`, lang), 'btn secondary') +
      (missed ? `<p><a href="${esc(answerPath(v.token, 'no'))}">${say('answer.change', lang)}</a></p>` : '')
    : `<p>${say(`answer.ask.${answer}`, lang, names)}</p>${current}` + (from ? bySession + all : all + bySession);
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
