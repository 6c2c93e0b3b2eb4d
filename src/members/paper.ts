/**
 * Printed fallbacks, for members less at ease with phones and for the day's badges: the sheets'
 * shell (A4, no page margin: the layouts place everything in millimetres), their style, and the
 * banner every page carries when the printed links cannot work (paper-address.ts).
 */
import { LANGS, message, word } from '../i18n';
import { esc } from './html';
import './paper.messages';

export interface SheetOptions {
  title: string;
  /** Set when the links are not public: the warning printed at the top of every sheet. */
  notPublicUrl?: string;
  /** A4 turned sideways (two A5 cards side by side). */
  landscape?: boolean;
}

const STYLE =
  '*{box-sizing:border-box}' +
  'body{margin:0;font:10pt/1.3 "DejaVu Sans",Arial,sans-serif;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}' +
  '.sheet{position:relative;overflow:hidden;break-after:page}.sheet:last-child{break-after:auto}' +
  '.banner{position:absolute;left:0;right:0;top:0;z-index:2;background:#b00020;color:#fff;font:700 6pt/1.2 sans-serif;padding:.5mm 6mm;text-align:center}' +
  'svg{display:block}';

/** Both languages of one message, French first (plain text: escape it where it goes into HTML). */
export function both(code: string, params?: Record<string, string>): string {
  return LANGS.map((lang) => word(message(code, params), lang)).join(' · ');
}

function pageStyle(landscape: boolean): string {
  const [w, h] = landscape ? [297, 210] : [210, 297];
  return `@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:0}.sheet{width:${w}mm;height:${h}mm}`;
}

export function sheetDocument(o: SheetOptions, style: string, sheets: string[]): string {
  const banner = o.notPublicUrl
    ? `<div class="banner" role="alert">${LANGS.map((l) => esc(word(message('paper.notPublic', { url: o.notPublicUrl! }), l))).join('<br>')}</div>`
    : '';
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${esc(o.title)}</title>` +
    `<style>${STYLE}${pageStyle(o.landscape ?? false)}${style}</style></head><body>${sheets.map((s) => `<section class="sheet">${banner}${s}</section>`).join('')}</body></html>`
  );
}

/** Items in pages of `size`. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
