/**
 * The « Diffuser » screen's answers and members' reminders, in a real headless Chromium against the
 * real service: an expert declines from her own answer page; the organizer sees it in the tally and
 * reaches the replan in one tap, on « Jour J », with her marked absent; the members' reminders are
 * turned on and the screen says what comes next; with the service on a loopback address (PUBLIC_URL
 * not public) the screen says so loudly and sends the links only once the organizer ticks it; the
 * itinerary cards open in a tab of their own.
 * Screenshots go to /tmp/reach/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/axe';
import { launchChromium } from '../support/browser';
import { useMailService } from '../support/mail-service';
import { CHROMIUM, describeIf } from '../support/requirements';
import { AUTH, ORGANIZER_KEY, type TestApp } from '../support/test-app';
import { convention, experts, JANUARY, member } from '../support/convention';

const SHOTS = '/tmp/reach';
const EVENT = convention({
  rounds: JANUARY.slice(0, 3),
  experts: experts(['Hélène Dupré', 'Anne Roux', 'Paul Remplaçant']),
  groups: [
    { id: 'g1', name: 'Mobilités', size: 2, members: [member('m1', 'Léa Martin', 'lea@example.org'), member('m2', 'Sans Adresse')] },
    { id: 'g2', name: 'Énergie', size: 1, members: [member('m3', 'Jean Roy', 'jean@example.org')] },
  ],
});
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r3', table: 't2', expert: 'e3', group: 'g1' },
];

describeIf(CHROMIUM, 'the « Diffuser » screen in a browser', () => {
  const s = useMailService({ clock: '2027-01-20T10:00:00Z' });
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let id: string;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    t = s.t;
    id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function openShare() {
    await page.goto(`${t.url}/#/events/${id}/share`);
    if (await page.getByLabel("Clé d'organisateur").isVisible()) {
      await page.getByLabel("Clé d'organisateur").fill(ORGANIZER_KEY);
      await page.getByRole('button', { name: 'Se connecter' }).click();
    }
    await page.getByRole('heading', { name: 'Réponses des experts' }).waitFor();
  }

  it('a decline shows in the tally with one tap to the replan on « Jour J », the expert marked absent there', async () => {
    const anne = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body.find((l: any) => l.kind === 'expert' && l.key === 'e2');
    // The expert, from the link of her invitation: the page asks, the button answers.
    const hers = await browser.newPage({ locale: 'fr-FR' });
    await hers.goto(`${t.url}/r/${anne.token}/no`);
    await hers.getByRole('button', { name: 'Je ne pourrai venir à aucune séance' }).click();
    await hers.getByText('Merci de nous avoir prévenus').first().waitFor();
    await hers.close();

    await openShare();
    // The invitations about to go name their slots in the event's zone (Paris), not the browser's (UTC here).
    await page
      .getByRole('row', { name: /Paul Remplaçant paul@example.org invitation/ })
      .getByText('sam. 23 janv. 9\u00a0h\u00a030\u00a0– 9\u00a0h\u00a050')
      .waitFor();
    await page.getByText('0 confirmé(s), 1 décliné(s), 2 sans réponse.').waitFor();
    const row = page.getByRole('row', { name: /Anne Roux/ });
    await row.getByText('ne viendra pas — marqué absent —').waitFor();
    // She answered at 10:00Z on the rehearsal clock: 11:00 in Paris, whatever the browser's zone (UTC here).
    await row.getByRole('cell', { name: 'mer. 20 janv. 11\u00a0h\u00a000' }).waitFor();
    await page.getByRole('heading', { name: 'Réponses des experts' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'answers-declined.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    const oneTap = page.getByRole('link', { name: 'Replanifier dans « Jour J »' });
    expect(await oneTap.getAttribute('href')).toBe(`#/events/${id}/day`);
    expect(await row.getByRole('link', { name: 'replanifier sans Anne Roux' }).getAttribute('href')).toBe(`#/events/${id}/day`);

    await oneTap.click();
    await page.waitForURL(new RegExp(`#/events/${id}/day$`));
    const onDay = page.getByRole('row', { name: /Anne Roux/ });
    await onDay.getByRole('cell', { name: /^absent/ }).waitFor();
    await page.getByRole('button', { name: 'Replanifier', exact: true }).click();
    await page.locator('#replan-preview').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'day-replan-after-decline.png'), fullPage: true });
    // The preview takes her out of what was still to come (both her Friday meetings).
    expect(await page.locator('#replan-preview').innerText()).toContain('Anne Roux');
  });

  it('an expert who misses Friday only says so on her phone; the tally and « Jour J » say which session', async () => {
    const helene = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body.find((l: any) => l.kind === 'expert' && l.key === 'e1');
    const phone = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    await phone.goto(`${t.url}/r/${helene.token}/no`);
    await phone.screenshot({ path: path.join(SHOTS, 'answer-sessions-phone.png'), fullPage: true });
    await phone.getByRole('button', { name: 'Je ne pourrai pas venir le vendredi 22 janvier, 18\u00a0h\u00a000\u00a0– 18\u00a0h\u00a045' }).click();
    await phone.getByText('vous ne venez pas le vendredi 22 janvier').first().waitFor();
    expect(await accessibilityProblems(phone)).toEqual([]);
    await phone.close();

    await openShare();
    const row = page.getByRole('row', { name: /Hélène Dupré/ });
    await row.getByText('ne viendra pas à la séance du ven. 22 janv. 18\u00a0h\u00a000\u00a0– 18\u00a0h\u00a045, vient aux autres').waitFor();
    await page.goto(`${t.url}/#/events/${id}/day`);
    const onDay = page.locator('#people-lists').getByRole('row', { name: /Hélène Dupré/ });
    await onDay
      .getByRole('cell', { name: /^absent à partir du tour de vendredi 22 janvier, 18\sh\s00\s;\sde retour pour celui de samedi 23 janvier, 9\sh\s30/ })
      .waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'day-session-declined.png'), fullPage: true });
  });

  it('turns the members’ reminders on, and says what comes next', async () => {
    await openShare();
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Rappels aux membres' }) });
    await section.getByText('Désactivés : aucun rappel ne part.').waitFor();
    await section.getByText('2 membre(s) sur 3 ont une adresse.').waitFor();
    await section.getByLabel('Envoyer un rappel aux membres avant chaque séance').check();
    await section.getByLabel('Combien d’heures avant la première rencontre (1 à 72)').fill('2');
    // The test service's address is loopback: the reminders' links would open nothing on a phone.
    const save = section.getByRole('button', { name: 'Enregistrer' });
    expect(await save.isDisabled()).toBe(true);
    await section.getByRole('alert').getByText('ADRESSE NON PUBLIQUE', { exact: false }).waitFor();
    await section.getByLabel(/J’envoie quand même des liens vers/).check();
    await save.click();
    // Léa: Friday and Saturday; Jean: Friday. The first goes 2 hours before 18:00 on Friday.
    await section.getByText('Activés : 3 rappel(s) à venir ; prochain envoi vendredi 22 janvier, 16 h 00 (2 message(s)).').waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'reminders-on.png') });
    expect((await t.http.get(`/api/events/${id}/member-reminders`).set(AUTH).expect(200)).body).toMatchObject({ enabled: true, leadHours: 2 });
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('opens the itinerary cards in a tab of their own, ready to print, the banner saying the links are local', async () => {
    await openShare();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Cartes de parcours' }).click()]);
    await tab.waitForURL(/\/print\/[\w-]+$/);
    await tab.locator('.card').first().waitFor();
    // Léa, « Sans Adresse » and Jean: one card each, all on one A6 sheet.
    expect(await tab.locator('.card').count()).toBe(3);
    expect(await tab.locator('.sheet').count()).toBe(1);
    expect(await tab.locator('.banner').innerText()).toContain('ADRESSE NON PUBLIQUE');
    await tab.screenshot({ path: path.join(SHOTS, 'cards-tab.png') });
    // What the click did is shown, not only said to screen readers.
    await page.getByText('Feuille ouverte dans un nouvel onglet.').waitFor();
    expect((await page.locator('#announcer').boundingBox())!.width).toBeGreaterThan(150);
    await page.screenshot({ path: path.join(SHOTS, 'cards-opened.png') });
    await tab.close();
  });

  it.each([
    ['fr', 'Invitations des experts', 'Envoyer (3)', 'J’envoie quand même des liens vers', 'ADRESSE NON PUBLIQUE', 3],
    ['en', "Members' links by e-mail", 'Send the links (2)', 'Send links to', 'NOT A PUBLIC ADDRESS', 2],
  ])('(%s) « %s »: says loudly that the links lead to a loopback address, sends only once ticked', async (lang, heading, button, tick, loud, count) => {
    await openShare();
    await page.evaluate((l) => localStorage.setItem('carrousel.lang', l), lang);
    await page.reload(); // the language is read when the app starts
    await page.getByRole('heading', { name: lang === 'fr' ? 'Réponses des experts' : "Experts' answers" }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { name: heading }) });
    const alert = section.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`${loud}`);
    expect(await alert.innerText()).toContain(t.url);
    const send = section.getByRole('button', { name: button });
    expect(await send.isDisabled()).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `local-links-${lang}.png`) });
    expect(await accessibilityProblems(page)).toEqual([]);
    const before = s.inbox.messages.length;
    await section.getByRole('checkbox', { name: new RegExp(`^${tick}`) }).check();
    await send.click();
    for (const m of await s.settle(before, count)) expect(m.text).toContain(`${t.url}/`);
  });
});
