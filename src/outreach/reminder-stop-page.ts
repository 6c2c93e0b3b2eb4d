/**
 * The page a member reaches from « Ne plus recevoir ces rappels » in a reminder, or from their own
 * page: in the member's language (the link says which; a switch to the other), one question and
 * one button. GET shows (a mail scanner following the link stops nothing); the button POSTs.
 */
import { type Lang, message, type MessageParams, word } from '../i18n';
import { esc, page } from '../members/html';
import { stopRemindersPath } from './page-links';
import type { Stopping } from './reminder-stops.service';
import './stop-messages';

export interface StopView {
  who: Stopping;
  token: string;
  lang: Lang;
  /** The member's own page. */
  pageUrl: string;
  /** After a POST: what was just done. */
  done?: 'stopped' | 'resumed';
  css: string;
}

const say = (code: string, lang: Lang, params?: MessageParams) => esc(word(message(code, params), lang));

export function stopPage(v: StopView): string {
  const { who, lang } = v;
  const names = { name: who.memberName, event: who.eventName };
  const action = (resume: boolean) => esc(`${stopRemindersPath(v.token, lang)}${resume ? '&resume=1' : ''}`);
  const form = (resume: boolean, code: string, secondary: boolean) =>
    `<form method="post" action="${action(resume)}"><button class="btn${secondary ? ' secondary' : ''}" type="submit">${say(code, lang)}</button></form>`;
  const body =
    v.done === 'stopped'
      ? `<p class="ok" role="status">${say('reminderStop.done', lang, names)}</p>${form(true, 'reminderStop.again', true)}`
      : v.done === 'resumed'
        ? `<p class="ok" role="status">${say('reminderStop.resumed', lang)}</p>`
        : who.stoppedAt
          ? `<p>${say('reminderStop.stopped', lang, names)}</p>${form(true, 'reminderStop.again', true)}`
          : `<p>${say('reminderStop.ask', lang, names)}</p>${form(false, 'reminderStop.button', false)}`;
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return page({
    lang,
    title: `${word(message('reminderStop.title'), lang)} — Carrousel`,
    css: v.css,
    body:
      `<header><p class="lang"><a href="${esc(stopRemindersPath(v.token, other))}" lang="${other}" hreflang="${other}">${say('reminderStop.switch', lang)}</a></p></header>` +
      `<main id="main"><p class="event">${esc(who.eventName)}</p><h1>${say('reminderStop.title', lang)}</h1>${body}` +
      `<p><a href="${esc(v.pageUrl)}">${say('reminderStop.page', lang)}</a></p></main>`,
  });
}

export function invalidStopPage(lang: Lang, css: string): string {
  return page({ lang, title: 'Carrousel', css, body: `<main id="main"><p>${say('reminderStop.invalid', lang)}</p></main>` });
}
