/**
 * HTML for the personal pages: every piece of data goes through `esc` (names, questions and
 * addresses come from organizers' spreadsheets and members' keyboards).
 */
import { type Lang, texts } from './i18n';

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only http(s) addresses become links: a `javascript:` location stays text. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

export interface Shell {
  lang: Lang;
  title: string;
  /** Asset names already fingerprinted (`/p/page.css?v=…`). */
  css: string;
  script?: string;
  manifest?: string;
  bodyAttrs?: Record<string, string>;
  body: string;
}

export function page(s: Shell): string {
  const attrs = Object.entries(s.bodyAttrs ?? {})
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return (
    `<!doctype html><html lang="${s.lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    '<meta name="theme-color" content="#0b4f8a">' +
    `<title>${esc(s.title)}</title><link rel="stylesheet" href="${esc(s.css)}">` +
    (s.manifest ? `<link rel="manifest" href="${esc(s.manifest)}">` : '') +
    '<link rel="icon" href="/p/icon.svg" type="image/svg+xml">' +
    (s.script ? `<script src="${esc(s.script)}" defer></script>` : '') +
    `</head><body${attrs}>${s.body}</body></html>`
  );
}

export function notFoundPage(lang: Lang, css: string): string {
  const t = texts(lang);
  const other = texts(lang === 'fr' ? 'en' : 'fr');
  return page({
    lang,
    title: `${t.notValid} / ${other.notValid}`,
    css,
    body:
      `<main id="main"><h1>${esc(t.notValid)}</h1><p>${esc(t.notValidText)}</p>` +
      `<p lang="${lang === 'fr' ? 'en' : 'fr'}">${esc(other.notValid)}. ${esc(other.notValidText)}</p></main>`,
  });
}
