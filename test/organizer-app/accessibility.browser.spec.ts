/**
 * Every screen of the organizers' app checked by axe-core in a real Chromium against the real
 * service, for the WCAG 2.2 A and AA rules it can test (colour contrast, names and labels, label in
 * name, ARIA, language), in French and once in English.
 */
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/axe';
import { launchChromium } from '../support/browser';
import { CHROMIUM, describeIf } from '../support/requirements';
import { AUTH, ORGANIZER_KEY, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

describeIf(CHROMIUM, "the organizers' app against axe-core (WCAG 2.2 AA)", () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let id: string;

  beforeAll(async () => {
    t = await startApp();
    browser = await launchChromium();
    id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 500 }).expect(202)).body;
    await waitForJob(t, id, job.id);
    page = await (await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fr-FR' })).newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The app's own navigation to `hash`, then its level-one heading. */
  async function open(hash: string, heading: RegExp) {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  it('the sign-in screen', async () => {
    await page.goto(t.url);
    await page.getByLabel("Clé d'organisateur").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // A refused key, with its message.
    await page.getByLabel("Clé d'organisateur").fill('pas-la-bonne-cle');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText("clé d'organisateur invalide").waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel("Clé d'organisateur").fill(ORGANIZER_KEY);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Événements' }).waitFor();
  });

  // Each screen once its content is drawn (what the last request brings), with what is folded unfolded.
  it.each([
    ['the events', '#/', /^Événements$/, 'table.list a'],
    ['a new event', '#/new', /Nouvel événement/, 'form button[type=submit]'],
    ["the setup lists, a group's members unfolded", '#/events/ID', /Préparer/, 'details.members summary'],
    ['the wishes', '#/events/ID/wishes', /Souhaits/, 'table.matrix td'],
    ['the grid of a draft, editable', '#/events/ID/plan', /Grille/, 'table.grid button.group'],
    ['the links, badges and live view', '#/events/ID/share', /Diffuser/, 'button:has-text("Nouveau lien")'],
  ])('%s', async (_, hash, heading, drawn) => {
    await open(hash.replace('ID', id), heading);
    await page.locator(drawn).first().waitFor();
    if (drawn.startsWith('details')) await page.locator(drawn).first().click();
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('the grid in English, a group selected', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await open(`#/events/${id}/plan`, /Grid/);
    await page.locator('table.grid button.group').first().click();
    await page.locator('table.grid button.group[aria-pressed="true"]').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
