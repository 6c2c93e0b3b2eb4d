/**
 * The printed sheets as Chromium prints them (page.pdf, A4): itinerary cards at the smallest size
 * that holds every itinerary (A6 four to a sheet, A5 two, A4 one; a second card « suite » only past
 * A4), badges ten to a sheet, nothing spilling out of its card or badge, a two-day itinerary under
 * both dates, and the banner when the links are not public. With SHOTS_DIR set, the PDFs are kept there to look at
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

  const sizes = (html: string) => [...new Set([...html.matchAll(/data-size="(A\d)"/g)].map((m) => m[1]))];
  const cardCount = (html: string) => (html.match(/class="card"/g) ?? []).length;

  it('prints short itineraries on A6 cards, four to a sheet, each day under its date', async () => {
    const qr = await qrSvg('https://auditions.example.org/m/abcdefghijklmnopqrstuvwx');
    const cards = ['Léa Martin', 'Zoé Lune', 'Ali Ben', 'Jean-Baptiste de Saint-Exupéry-Lafontaine', 'Inès Roy'].map((name, i) => ({
      name,
      group: 'Mobilités',
      stops: stops(2 + i),
      qr,
    }));
    const html = itineraryCards('Convention citoyenne — auditions', ZONE, cards);
    expect(html).toContain('vendredi 22 janvier 2027');
    expect(html).toContain('samedi 23 janvier 2027');
    expect(html).toContain('18\u00a0h\u00a000\u00a0– 18\u00a0h\u00a020');
    expect(sizes(html)).toEqual(['A6']);
    expect(cardCount(html)).toBe(5);
    const { pages, overflowing } = await print(html, 'cards-a6');
    expect(overflowing).toEqual([]);
    expect(pages).toBe(2);
  });

  it('prints a two-day, thirteen-round itinerary on one card, larger, two to a landscape sheet', async () => {
    const qr = await qrSvg('https://auditions.example.org/m/abcdefghijklmnopqrstuvwx');
    const cards = Array.from({ length: 5 }, (_, i) => ({ name: `Membre ${i + 1}`, group: 'Groupe Santé', stops: stops(13), qr }));
    const html = itineraryCards('Démo — Convention citoyenne de Nantes — auditions, 22–23 janvier 2027', ZONE, cards);
    expect(sizes(html)).toEqual(['A5']);
    expect(cardCount(html)).toBe(5);
    expect(html).not.toContain('suite · continued');
    const { pages, overflowing } = await print(html, 'cards-a5');
    expect(overflowing).toEqual([]);
    expect(pages).toBe(3);
    expect(await page.$eval('.sheet', (e) => [e.clientWidth, e.clientHeight].map((px) => Math.round((px * 25.4) / 96)))).toEqual([297, 210]);
  });

  it('goes on to a second card only past a whole A4 page', async () => {
    const qr = await qrSvg('https://auditions.example.org/m/abcdefghijklmnopqrstuvwx');
    const cards = [
      { name: 'Léa Martin', group: 'Mobilités', stops: stops(6), qr },
      { name: 'Jean-Baptiste de Saint-Exupéry-Lafontaine', group: 'Énergie et climat', stops: stops(40, true), qr },
    ];
    const html = itineraryCards('Convention citoyenne — auditions', ZONE, cards);
    expect(sizes(html)).toEqual(['A4']);
    expect(cardCount(html)).toBeGreaterThan(2);
    expect(html).toContain('(suite · continued, 2/');
    const { pages, overflowing } = await print(html, 'cards-a4');
    expect(overflowing).toEqual([]);
    expect(pages).toBe(cardCount(html));
  });

  it('prints ten 90 × 55 mm badges to a sheet with crop marks, role and a large name, and no personal link', async () => {
    const badges = Array.from({ length: 12 }, (_, i) => ({
      name: i === 3 ? 'Marie-Hélène de La Tour-Dupont du Château-Rouge' : `Membre ${i + 1}`,
      detail: 'Groupe Mobilités',
    }));
    const html = badgesSheet('Badges', 'member', badges);
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
    expect(await page.$eval('.badge .role', (e) => e.textContent)).toBe('Membre · Member');
    // Worn where anyone can photograph it: no QR code, no address.
    expect(await page.$$eval('.badge svg', (s) => s.length)).toBe(0);
    expect(parseFloat(await page.$eval('.badge .name', (e) => getComputedStyle(e).fontSize))).toBeGreaterThan(24);
  });

  it('prints the banner on every sheet of cards when the address is not public', async () => {
    expect(isPublicAddress('http://localhost:3000')).toBe(false);
    expect(isPublicAddress('http://127.0.0.1:8080')).toBe(false);
    expect(isPublicAddress('https://auditions.nantes.fr')).toBe(true);
    const qr = await qrSvg('http://localhost:3000/m/abcdefghijklmnopqrstuvwx');
    const cards = Array.from({ length: 5 }, (_, i) => ({ name: `Membre ${i + 1}`, group: 'Mobilités', stops: stops(4), qr }));
    const html = itineraryCards('Convention', ZONE, cards, 'http://localhost:3000');
    const { pages, overflowing } = await print(html, 'cards-not-public');
    expect(overflowing).toEqual([]);
    expect(pages).toBe(2);
    expect(await page.$$eval('.banner', (b) => b.map((e) => e.textContent?.includes('ADRESSE NON PUBLIQUE')))).toEqual([true, true]);
  });
});
