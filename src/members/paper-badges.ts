/**
 * Badges at the usual holder size, 90 × 55 mm, ten to an A4 sheet (2 × 5, no gap, so one cut
 * makes two edges), with crop marks in the margins at every cut line. Each badge: the role as a
 * band (Membre · Member / Expert·e · Expert), the name large, the group or organization.
 * No QR code: a badge is worn where anyone can photograph it, and a personal link is a key (an
 * expert's answers its invitation); the member's QR code is on their itinerary card, kept in hand.
 */
import { esc } from './html';
import { both, pages, sheetDocument } from './paper';

export interface Badge {
  name: string;
  /** The group, or the expert's organization. */
  detail: string;
}

const W = 90;
const H = 55;
const COLS = 2;
const ROWS = 5;
const LEFT = (210 - COLS * W) / 2;
const TOP = (297 - ROWS * H) / 2;
/** Crop marks: 6 mm long, 2 mm off the badges' edge. */
const MARK = 6;
const GAP = 2;

const STYLE =
  `.badge p{margin:0}.badge{position:absolute;width:${W}mm;height:${H}mm;padding:0;overflow:hidden;display:grid;grid-template-rows:8mm 1fr}` +
  '.role{background:#0b4f8a;color:#fff;font:700 10pt/8mm sans-serif;padding:0 4mm;letter-spacing:.04em;text-transform:uppercase}' +
  '.badge.expert .role{background:#6a1b9a}' +
  '.who{padding:3mm 5mm 3mm;display:flex;flex-direction:column;justify-content:center;min-width:0}' +
  '.name{font-weight:700;font-size:22pt;line-height:1.1;margin:0;overflow-wrap:anywhere}.name.long{font-size:17pt}.name.longer{font-size:13pt}' +
  '.detail{margin:2mm 0 0;font-size:11pt;overflow-wrap:anywhere}' +
  '.marks{position:absolute;left:0;top:0}' +
  // Places as classes, not style attributes: the sheet's only style is its stylesheet.
  Array.from({ length: COLS }, (_, c) => `.c${c}{left:${LEFT + c * W}mm}`).join('') +
  Array.from({ length: ROWS }, (_, r) => `.r${r}{top:${TOP + r * H}mm}`).join('');

function nameClass(name: string): string {
  return name.length > 44 ? 'name longer' : name.length > 26 ? 'name long' : 'name';
}

function cropMarks(): string {
  const xs = Array.from({ length: COLS + 1 }, (_, i) => LEFT + i * W);
  const ys = Array.from({ length: ROWS + 1 }, (_, i) => TOP + i * H);
  const line = (x1: number, y1: number, x2: number, y2: number) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
  const bottom = TOP + ROWS * H;
  const right = LEFT + COLS * W;
  const lines = [
    ...xs.flatMap((x) => [line(x, TOP - GAP - MARK, x, TOP - GAP), line(x, bottom + GAP, x, bottom + GAP + MARK)]),
    ...ys.flatMap((y) => [line(LEFT - GAP - MARK, y, LEFT - GAP, y), line(right + GAP, y, right + GAP + MARK, y)]),
  ];
  return `<svg class="marks" width="210mm" height="297mm" viewBox="0 0 210 297" aria-hidden="true"><g stroke="#000" stroke-width="0.2">${lines.join('')}</g></svg>`;
}

export function badgesSheet(title: string, role: 'member' | 'expert', badges: readonly Badge[]): string {
  const sheets = pages(badges, COLS * ROWS).map(
    (page) =>
      cropMarks() +
      page
        .map((b, i) => {
          return (
            `<div class="badge ${role} c${i % COLS} r${Math.floor(i / COLS)}"><p class="role">${esc(both(`paper.role.${role}`))}</p>` +
            `<div class="who"><p class="${nameClass(b.name)}">${esc(b.name)}</p>${b.detail ? `<p class="detail">${esc(b.detail)}</p>` : ''}</div></div>`
          );
        })
        .join(''),
  );
  return sheetDocument({ title }, STYLE, sheets);
}
