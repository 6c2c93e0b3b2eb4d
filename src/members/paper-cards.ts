/**
 * Itinerary cards, four A6 cards (105 × 148.5 mm) to an A4 sheet, cut along the dashed lines.
 * Each card: the member's name, group and event, the QR code of their page with its caption, then
 * their meetings grouped by day, each day under its date (a two-day event reads right on both).
 * Times use no-break spaces (« 18 h 00 – 18 h 20 » never wraps). A card never spills: a member
 * with more meetings than one card holds gets a second card, « suite », with the name again.
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

/**
 * How much one card holds, in millimetres of height (A6: 148.5 mm less 13 mm of padding). Text is
 * measured by its length against the column widths at the type sizes of STYLE, rounded up: a card
 * may end with some space left, never with a row cut off (the browser test prints it and checks).
 */
const CARD_MM = 148.5 - 13 - 4;
const LINE = { name: 5.7, head: 4, row: 3.75, small: 3.3, heading: 7.5, rowPad: 1.3 };
const CHARS = { name: 21, head: 34, table: 40, expert: 46 };
const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

const STYLE =
  '.cards{display:grid;grid-template-columns:105mm 105mm;grid-template-rows:148.5mm 148.5mm}' +
  '.card{position:relative;height:148.5mm;padding:7mm 7mm 6mm;overflow:hidden;border:0 dashed #888}' +
  '.card:nth-child(odd){border-right-width:.2mm}.card:nth-child(-n+2){border-bottom-width:.2mm}' +
  '.card p,.card h2,.card h3{margin:0}' +
  '.head{display:grid;grid-template-columns:1fr 26mm;gap:3mm;margin-bottom:2mm}' +
  '.head h2{font-size:14pt;line-height:1.15;overflow-wrap:anywhere}.head p{margin-top:1mm;font-size:9pt;line-height:1.25}' +
  '.head svg{width:24mm;height:24mm;margin-left:auto}.caption{font-size:6.5pt;line-height:1.2;text-align:center}' +
  '.card h3{font-size:8.5pt;line-height:1.3;margin:2.5mm 0 1mm;border-bottom:.2mm solid #000;white-space:nowrap;overflow:hidden}' +
  '.card table{border-collapse:collapse;width:100%;font-size:8.5pt;line-height:1.25}.card td{padding:.65mm 1mm .65mm 0;vertical-align:top}' +
  '.card td.when{white-space:nowrap;width:27mm}.card .what{font-size:7.5pt;color:#333}';

function headHeight(c: Card, eventName: string): number {
  const text = lines(c.name, CHARS.name) * LINE.name + (lines(`${c.group} — ${eventName}`, CHARS.head) + 1) * LINE.head + 2;
  return Math.max(text, 24 + 2 * 3) + 2;
}

function rowHeight(s: GroupStop): number {
  const where = s.table.location && !s.table.isLink ? ` — ${s.table.location}` : '';
  const who = `${s.expert.name}${s.expert.organization ? `, ${s.expert.organization}` : ''}`;
  return LINE.rowPad + lines(s.table.name + where, CHARS.table) * LINE.row + lines(who, CHARS.expert) * LINE.small;
}

function rowHtml(s: GroupStop, zone: string): string {
  const where = s.table.location && !s.table.isLink ? ` — ${esc(s.table.location)}` : '';
  return (
    `<tr><td class="when">${esc(span(s.start, s.end, zone, 'fr'))}</td><td><strong>${esc(s.table.name)}</strong>${where}<br>` +
    `<span class="what">${esc(s.expert.name)}${s.expert.organization ? `, ${esc(s.expert.organization)}` : ''}</span></td></tr>`
  );
}

/** The card's meetings under their dates, cut into as many cards as they need. */
function bodies(stops: readonly GroupStop[], zone: string, room: number): string[] {
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
    if (used + rowHeight(s) + (heading ? LINE.heading : 0) > room && html) {
      close();
      cards.push(html);
      html = '';
      used = 0;
    }
    if (key !== day || !open) {
      close();
      html += `<h3>${esc(date(s.start, zone, 'fr'))} <span lang="en">· ${esc(date(s.start, zone, 'en').replace(/ \d{4}$/, ''))}</span></h3><table>`;
      used += LINE.heading;
      open = true;
      day = key;
    }
    html += rowHtml(s, zone);
    used += rowHeight(s);
  }
  close();
  if (html) cards.push(html);
  return cards.length ? cards : [''];
}

export function itineraryCards(eventName: string, zone: string, cards: readonly Card[], notPublicUrl?: string): string {
  const all = cards.flatMap((c) => {
    const parts = bodies(c.stops, zone, CARD_MM - headHeight(c, eventName));
    return parts.map(
      (body, i) =>
        `<article class="card"><div class="head"><div><h2>${esc(c.name)}</h2>` +
        `<p>${esc(c.group)} — ${esc(eventName)}</p><p>${esc(both('paper.itinerary'))}${parts.length > 1 ? ` (${i ? `${esc(both('paper.continued'))}, ` : ''}${i + 1}/${parts.length})` : ''}</p></div>` +
        `<div>${c.qr}${c.qr ? `<p class="caption">${LANGS.map((l) => esc(word(message('paper.scan'), l))).join('<br>')}</p>` : ''}</div></div>${body}</article>`,
    );
  });
  return sheetDocument(
    { title: `${eventName} — ${both('paper.cards')}`, notPublicUrl },
    STYLE,
    pages(all, 4).map((p) => `<div class="cards">${p.join('')}</div>`),
  );
}
