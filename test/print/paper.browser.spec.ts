/**
 * The printed sheets as Chromium prints them (page.pdf, A4): itinerary cards four to a sheet and
 * badges ten to a sheet, nothing spilling out of its card or badge, a two-day itinerary under both
 * dates, a second card (« suite ») for a member with more meetings than one card holds, and the
 * banner when the links are not public. With SHOTS_DIR set, the PDFs are kept there to look at
 * (pdftoppm -png turns them into images).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { GroupStop } from '../../src/members/itinerary';
import { isPublicAddress } from '../../src/members/paper-address';
import { badgesSheet } from '../../src/members/paper-badges';
import { itineraryCards } from '../../src/members/paper-cards';
import { qrSvg } from '../../src/members/paper-qr';
import { launchChromium } from '../support/browser';
import { CHROMIUM, describeIf } from '../support/requirements';

const ZONE = 'Europe/Paris';
const at = (day: number, h: number, m: number) => Date.UTC(2027, 0, day, h - 1, m);

function stops(count: number, longNames = false): GroupStop[] {
  return Array.from({ length: count }, (_, i) => {
    const day = i < count / 2 ? 22 : 23;
    const start = day === 22 ? at(22, 18, 0) + i * 25 * 60_000 : at(23, 9, 30) + (i - Math.ceil(count / 2)) * 25 * 60_000;
    return {
      roundId: `r${i + 1}`,
      start,
      end: start + 20 * 60_000,
      table: {
        id: `t${i % 4}`,
        name: longNames ? `Salle ${i % 4} du conseil métropolitain` : `Salle ${i % 4}`,
        location: 'Hôtel de Métropole, 2e étage',
        isLink: false,
      },
      expert: {
        id: `e${i}`,
        name: longNames ? 'Marie-Hélène de La Tour-Dupont' : 'Hélène Dupré',
        organization: longNames ? 'Agence d’urbanisme de la région nantaise' : 'CHU',
        themes: [],
      },
    };
  });
}

describeIf(CHROMIUM, 'printed cards and badges', () => {
  let browser: Browser;
  let page: Page;
  const shots = process.env.SHOTS_DIR;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());

  async function print(html: string, name: string): Promise<{ pages: number; overflowing: string[] }> {
    await page.setContent(html);
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page.$$eval('.card, .badge, .sheet', (els) =>
      els.filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => `${e.className}: ${e.textContent?.slice(0, 60)}`),
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    if (shots) fs.writeFileSync(path.join(shots, `${name}.pdf`), pdf);
    return { pages: (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length, overflowing };
  }

  it('prints four cards to a sheet, each day under its date, with a second card where one would spill', async () => {
    const qr = await qrSvg('https://auditions.example.org/m/abcdefghijklmnopqrstuvwx');
    const cards = [
      { name: 'Léa Martin', group: 'Mobilités', stops: stops(6), qr },
      { name: 'Jean-Baptiste de Saint-Exupéry-Lafontaine', group: 'Énergie et climat', stops: stops(20, true), qr },
      { name: 'Zoé Lune', group: 'Santé', stops: stops(8), qr },
      { name: 'Ali Ben', group: 'Logement', stops: stops(2), qr },
    ];
    const html = itineraryCards('Convention citoyenne — auditions', ZONE, cards);
    expect(html).toContain('vendredi 22 janvier 2027');
    expect(html).toContain('samedi 23 janvier 2027');
    expect(html).toContain('18\u00a0h\u00a000\u00a0– 18\u00a0h\u00a020');
    const { pages, overflowing } = await print(html, 'cards');
    expect(overflowing).toEqual([]);
    // The long itinerary takes more than one card, each saying so; four cards to a sheet, no page of a card alone.
    const count = (html.match(/class="card"/g) ?? []).length;
    expect(count).toBeGreaterThan(4);
    expect(html).toContain('(suite · continued, 2/');
    expect(pages).toBe(Math.ceil(count / 4));
  });

  it('prints ten 90 × 55 mm badges to a sheet with crop marks, role and name, and the banner when the address is not public', async () => {
    const qr = await qrSvg('http://localhost:3000/m/abcdefghijklmnopqrstuvwx');
    const badges = Array.from({ length: 12 }, (_, i) => ({
      name: i === 3 ? 'Marie-Hélène de La Tour-Dupont du Château' : `Membre ${i + 1}`,
      detail: 'Groupe Mobilités',
      url: 'x',
      qr,
    }));
    expect(isPublicAddress('http://localhost:3000')).toBe(false);
    expect(isPublicAddress('http://127.0.0.1:8080')).toBe(false);
    expect(isPublicAddress('https://auditions.nantes.fr')).toBe(true);
    const html = badgesSheet('Badges', 'member', badges, 'http://localhost:3000');
    const { pages, overflowing } = await print(html, 'badges');
    expect(overflowing).toEqual([]);
    expect(pages).toBe(2);
    const box = await page.$eval('.badge', (e) => {
      const r = e.getBoundingClientRect();
      return [r.width, r.height];
    });
    // 96 px per inch: 90 × 55 mm.
    expect(box.map((px) => Math.round((px * 25.4) / 96))).toEqual([90, 55]);
    expect(await page.$$eval('.sheet:first-child .marks line', (l) => l.length)).toBe(2 * 3 + 2 * 6);
    expect(await page.$eval('.banner', (e) => e.textContent)).toContain('ADRESSE NON PUBLIQUE');
    expect(await page.$eval('.badge .role', (e) => e.textContent)).toBe('Membre · Member');
  });
});
