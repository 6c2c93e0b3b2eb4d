/**
 * Printed fallbacks, for members less at ease with phones: badges with a QR code of the personal
 * link, and one itinerary card per member. A4, printed from the browser.
 */
import { esc } from './html';
import { clockTime, dayDate } from './i18n';
import type { GroupStop } from './itinerary';

export interface Badge {
  name: string;
  /** The group, or the expert's organization. */
  detail: string;
  url: string;
  /** Inline SVG of the QR code of `url`. */
  qr: string;
}

export interface Card {
  name: string;
  group: string;
  stops: GroupStop[];
  qr: string;
}

const STYLE = '@page{size:A4;margin:10mm}body{font:12pt/1.35 system-ui,Arial,sans-serif;margin:0;color:#000}'
  + 'h1{font-size:14pt;margin:0 0 4mm}.sheet{display:grid;grid-template-columns:1fr 1fr;gap:4mm}'
  + '.badge{border:1px dashed #666;height:64mm;padding:4mm;display:flex;gap:3mm;align-items:center;break-inside:avoid}'
  + '.badge svg{width:38mm;height:38mm;flex:none}.badge .name{font-size:16pt;font-weight:700;margin:0}.badge p{margin:1mm 0}.url{font-size:7pt;word-break:break-all}'
  + '.card{border:1px solid #000;padding:5mm;margin-bottom:5mm;break-inside:avoid}.card table{border-collapse:collapse;width:100%}'
  + '.card th,.card td{border:1px solid #444;padding:1.5mm;text-align:left;vertical-align:top}.card .head{display:flex;justify-content:space-between;gap:4mm}'
  + '.card svg{width:28mm;height:28mm;flex:none}.card h2{font-size:15pt;margin:0}';

function sheet(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function badgesSheet(title: string, badges: Badge[]): string {
  return sheet(title, `<h1>${esc(title)}</h1><div class="sheet">${badges.map((b) => `<div class="badge">${b.qr}<div><p class="name">${esc(b.name)}</p><p>${esc(b.detail)}</p>`
    + `<p>Scannez pour ouvrir votre page / scan to open your page</p><p class="url">${esc(b.url)}</p></div></div>`).join('')}</div>`);
}

export function itineraryCards(eventName: string, zone: string, cards: Card[]): string {
  return sheet(`${eventName} — programmes`, cards.map((c) => {
    const rows = c.stops.map((s) => `<tr><td>${esc(clockTime(s.start, zone, 'fr'))} – ${esc(clockTime(s.end, zone, 'fr'))}</td><td>${esc(s.table.name)}${s.table.location ? `<br>${esc(s.table.location)}` : ''}</td>`
      + `<td>${esc(s.expert.name)}${s.expert.organization ? `<br>${esc(s.expert.organization)}` : ''}</td></tr>`).join('');
    const day = c.stops.length ? esc(dayDate(c.stops[0].start, zone, 'fr')) : '';
    return `<section class="card"><div class="head"><div><h2>${esc(c.name)}</h2><p>${esc(c.group)} — ${esc(eventName)}</p><p>${day}</p></div>${c.qr}</div>`
      + `<table><thead><tr><th>Heure / time</th><th>Table</th><th>Expert</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  }).join(''));
}
