/**
 * Itinerary cards, cut from A4 sheets along dashed lines. One size for the whole run, so that the
 * sheets cut the same way: the smallest of A6 (four to a sheet), A5 (two, on a landscape sheet)
 * and A4 (one) that holds every member's itinerary on a single card. Only an itinerary longer than
 * a whole A4 page goes on to a second card, « suite », with the name again.
 * Each card: the member's name, group and event, the QR code of their page with its caption, then
 * their meetings grouped by day, each day under its date (a two-day event reads right on both).
 * Times use no-break spaces (« 18 h 00 – 18 h 20 » never wraps).
 */
import { LANGS, message, word } from '../i18n';
import { esc } from './html';
import type { GroupStop } from './itinerary';
import { both, pages, sheetDocument } from './paper';
import { date, dayKey, span } from '../i18n/when';

export interface Card {
  name: string;
  group: string;
  stops: GroupStop[];
  qr: string;
}

interface CardSize {
  name: 'A6' | 'A5' | 'A4';
  /** The card, in millimetres. */
  width: number;
  height: number;
  columns: number;
  rows: number;
  landscape: boolean;
  /** Type and QR code grow with the card: paper is for those who read it more easily large. */
  scale: number;
}

const SIZES: readonly CardSize[] = [
  { name: 'A6', width: 105, height: 148.5, columns: 2, rows: 2, landscape: false, scale: 1 },
  { name: 'A5', width: 148.5, height: 210, columns: 2, rows: 1, landscape: true, scale: 1.2 },
  { name: 'A4', width: 210, height: 297, columns: 1, rows: 1, landscape: false, scale: 1.4 },
];

const PAD = { top: 7, side: 7, bottom: 6 };
const QR_MM = 24;
/**
 * How much a card holds, in millimetres of height, at scale 1 (an A6 card). Text is measured by
 * its length against the column widths at the type sizes of style(), rounded up, with 4 mm to
 * spare: a card may end with some space left, never with a row cut off (the browser test prints
 * it and checks).
 */
const SPARE = 4;
const LINE = { name: 5.7, head: 4, row: 3.75, small: 3.3, heading: 7.8, rowPad: 1.3 };
/** The caption under the QR code: three lines of 6.5 pt and its margin. */
const QR_CAPTION_MM = 9.5;
/** Characters per line of an A6 card's text columns, each 64 mm wide (beside the QR code, beside the times). */
const CHARS = { name: 21, head: 34, table: 40, expert: 46 };
/** What sits beside either text column: the QR code and its gap, or the times' column. */
const BESIDE_MM = 28;
const A6_TEXT_MM = 105 - 2 * PAD.side - BESIDE_MM;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

function measure(size: CardSize) {
  const k = size.scale;
  const factor = (size.width - 2 * PAD.side - BESIDE_MM * k) / (A6_TEXT_MM * k);
  const per = (n: number) => Math.floor(n * factor);
  const chars = { name: per(CHARS.name), head: per(CHARS.head), table: per(CHARS.table), expert: per(CHARS.expert) };
  const head = (c: Card, eventName: string) => {
    const text = lines(c.name, chars.name) * LINE.name + (lines(`${c.group} — ${eventName}`, chars.head) + 1) * LINE.head + 2;
    return k * (Math.max(text, QR_MM + QR_CAPTION_MM) + 2);
  };
  const row = (s: GroupStop) => k * (LINE.rowPad + lines(tableText(s), chars.table) * LINE.row + lines(expertText(s), chars.expert) * LINE.small);
  return { head, row, heading: k * LINE.heading, room: size.height - PAD.top - PAD.bottom - SPARE };
}

const tableText = (s: GroupStop) => s.table.name + (s.table.location && !s.table.isLink ? ` — ${s.table.location}` : '');
const expertText = (s: GroupStop) => `${s.expert.name}${s.expert.organization ? `, ${s.expert.organization}` : ''}`;

function style(size: CardSize): string {
  const [w, h, k] = [size.width, size.height, size.scale];
  const pt = (n: number) => `${+(n * k).toFixed(2)}pt`;
  const mm = (n: number) => `${+(n * k).toFixed(2)}mm`;
  return (
    `.cards{display:grid;grid-template-columns:repeat(${size.columns},${w}mm);grid-template-rows:repeat(${size.rows},${h}mm)}` +
    `.card{position:relative;height:${h}mm;padding:${PAD.top}mm ${PAD.side}mm ${PAD.bottom}mm;overflow:hidden;border:0 dashed #888}` +
    (size.columns > 1 ? '.card:nth-child(odd){border-right-width:.2mm}' : '') +
    (size.rows > 1 ? `.card:nth-child(-n+${size.columns}){border-bottom-width:.2mm}` : '') +
    '.card p,.card h2,.card h3{margin:0}' +
    `.head{display:grid;grid-template-columns:1fr ${mm(QR_MM + 2)};gap:${mm(3)};margin-bottom:${mm(2)}}` +
    `.head h2{font-size:${pt(14)};line-height:1.15;overflow-wrap:anywhere}.head p{margin-top:${mm(1)};font-size:${pt(9)};line-height:1.25}` +
    `.head svg{width:${mm(QR_MM)};height:${mm(QR_MM)};margin-left:auto}.caption{font-size:${pt(6.5)};line-height:1.2;text-align:center}` +
    `.card h3{font-size:${pt(8.5)};line-height:1.3;margin:${mm(2.5)} 0 ${mm(1)};border-bottom:.2mm solid #000;white-space:nowrap;overflow:hidden}` +
    `.card table{border-collapse:collapse;table-layout:fixed;width:100%;font-size:${pt(8.5)};line-height:1.25}.card td{padding:${mm(0.65)} ${mm(1)} ${mm(0.65)} 0;vertical-align:top}` +
    `.card td.when{white-space:nowrap;width:${mm(BESIDE_MM)}}.card .what{display:block;font-size:${pt(7.5)};line-height:1.25;color:#333}`
  );
}

function rowHtml(s: GroupStop, zone: string): string {
  const where = s.table.location && !s.table.isLink ? ` — ${esc(s.table.location)}` : '';
  return (
    `<tr><td class="when">${esc(span(s.start, s.end, zone, 'fr'))}</td><td><strong>${esc(s.table.name)}</strong>${where}` +
    `<span class="what">${esc(s.expert.name)}${s.expert.organization ? `, ${esc(s.expert.organization)}` : ''}</span></td></tr>`
  );
}

/** The meetings under their dates, cut into as many cards as they need (one, unless even A4 is too small). */
function bodies(stops: readonly GroupStop[], zone: string, room: number, m: { row: (s: GroupStop) => number; heading: number }): string[] {
  const cards: string[] = [];
  let html = '';
  let used = 0;
  let day = '';
  let open = false;
  const close = () => {
    if (open) html += '</table>';
    open = false;
  };
  for (const s of stops) {
    const key = dayKey(s.start, zone);
    const heading = key !== day || !open;
    // A date never ends a card: it goes with its first meeting.
    if (used + m.row(s) + (heading ? m.heading : 0) > room && html) {
      close();
      cards.push(html);
      html = '';
      used = 0;
    }
    if (key !== day || !open) {
      close();
      html += `<h3>${esc(date(s.start, zone, 'fr'))} <span lang="en">· ${esc(date(s.start, zone, 'en').replace(/ \d{4}$/, ''))}</span></h3><table>`;
      used += m.heading;
      open = true;
      day = key;
    }
    html += rowHtml(s, zone);
    used += m.row(s);
  }
  close();
  if (html) cards.push(html);
  return cards.length ? cards : [''];
}

/** Every card's meetings at one size: null when some itinerary would need a second card at it. */
function layout(size: CardSize, eventName: string, zone: string, cards: readonly Card[], last: boolean): string[][] | null {
  const m = measure(size);
  const laid: string[][] = [];
  for (const c of cards) {
    const parts = bodies(c.stops, zone, m.room - m.head(c, eventName), m);
    if (parts.length > 1 && !last) return null;
    laid.push(parts);
  }
  return laid;
}

/** The smallest size at which every itinerary holds on one card, and the cards laid out at it. */
export function cardSize(eventName: string, zone: string, cards: readonly Card[]): { size: CardSize; laid: string[][] } {
  for (const [i, size] of SIZES.entries()) {
    const laid = layout(size, eventName, zone, cards, i === SIZES.length - 1);
    if (laid) return { size, laid };
  }
  throw new Error('unreachable: the last size always lays out');
}

export function itineraryCards(eventName: string, zone: string, cards: readonly Card[], notPublicUrl?: string): string {
  const { size, laid } = cardSize(eventName, zone, cards);
  const all = cards.flatMap((c, n) => {
    const parts = laid[n];
    return parts.map(
      (body, i) =>
        `<article class="card"><div class="head"><div><h2>${esc(c.name)}</h2>` +
        `<p>${esc(c.group)} — ${esc(eventName)}</p><p>${esc(both('paper.itinerary'))}${parts.length > 1 ? ` (${i ? `${esc(both('paper.continued'))}, ` : ''}${i + 1}/${parts.length})` : ''}</p></div>` +
        `<div>${c.qr}${c.qr ? `<p class="caption">${LANGS.map((l) => esc(word(message('paper.scan'), l))).join('<br>')}</p>` : ''}</div></div>${body}</article>`,
    );
  });
  return sheetDocument(
    { title: `${eventName} — ${both('paper.cards')}`, notPublicUrl, landscape: size.landscape },
    style(size),
    pages(all, size.columns * size.rows).map((p) => `<div class="cards" data-size="${size.name}">${p.join('')}</div>`),
  );
}
