/**
 * The member's and expert's pages in a real headless Chromium at a phone's size, against the real
 * service with a frozen clock: now/next, live update on publish, offline reload, JavaScript off,
 * revoked link, questions from a member to the expert (live on the expert's open page); axe-core finds no WCAG 2.2 AA problem on the
 * member's and the expert's pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/axe';
import { launchChromium } from '../support/browser';
import { CHROMIUM, describeIf } from '../support/requirements';
import { AUTH, ROOT, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const PHONE = { viewport: { width: 360, height: 640 }, locale: 'fr-FR' };
/** Inside round r2 of nantes-1 (18:25–18:45 Paris, 17:25–17:45 UTC). */
const IN_R2 = '2027-01-22T17:30:00Z';

describeIf(CHROMIUM, 'members’ and experts’ pages in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let id: string;
  let member: { key: string; token: string };
  let links: { kind: string; key: string; token: string }[];
  let meetings: { round: string; table: string; expert: string; group: string }[];
  const instance = sample('nantes-1.json') as any;
  const expertName = (key: string) => instance.experts.find((e: any) => e.id === key).name as string;
  const groupMeetings = () => meetings.filter((m) => m.group === 'g1').sort((a, b) => Number(a.round.slice(1)) - Number(b.round.slice(1)));
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const clock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-clock-')), 'now');
    fs.writeFileSync(clock, IN_R2);
    t = await startApp(undefined, { CARROUSEL_CLOCK_FILE: clock });
    id = (await t.http.post('/api/events').set(AUTH).send(instance).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 2000 }).expect(202)).body;
    expect((await waitForJob(t, id, job.id)).status).toBe('done');
    meetings = (await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201)).body.meetings;
    links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
    member = links.find((l) => l.kind === 'member' && l.key === instance.groups[0].members[0].id)!;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows now and next for the frozen clock, updates live on publish, and still shows the itinerary offline', async () => {
    const mine = groupMeetings();
    const now = mine.find((m) => m.round === 'r2');
    const next = mine.find((m) => Number(m.round.slice(1)) > 2)!;
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${t.url}/m/${member.token}`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    if (now) {
      await expect(page.locator('#now').innerText()).resolves.toContain(expertName(now.expert));
      expect(await page.locator('#now .left').innerText()).toMatch(/^reste \d+ min$/);
    } else {
      expect(await page.locator('#now').innerText()).toMatch(/pause/i);
    }
    // « Ensuite » is r3: the group's meeting there, or free time.
    if (next.round === 'r3') expect(await page.locator('#next').innerText()).toContain(expertName(next.expert));
    else expect(await page.locator('#next').innerText()).toContain('Pause : temps libre');
    expect(await page.locator('#day li[data-round]').count()).toBe(mine.length);
    // Every round of the evening and the morning is on the list: a meeting, or free time.
    expect(await page.locator('#day li').count()).toBe(instance.rounds.length);
    // The room button is a real tap target (WCAG 2.5.8, and our 44 px rule).
    const button = await page.locator('#now a.btn, #next a.btn').first().boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);
    await shot(page, 'member-r2');
    expect(await accessibilityProblems(page)).toEqual([]);
    // The calendar address copies in one tap, and says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    await page.getByRole('button', { name: 'Copier l’adresse' }).click();
    await page.locator('#calendar [role=status]').getByText('Adresse copiée').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#calendar input.copy').inputValue());

    // Offline needs the service worker in control and the page saved.
    await page.waitForFunction(async () => (await (await caches.open('carrousel-pages')).keys()).length > 0, undefined, { timeout: 15_000 });

    // A changed version is published while the page is open: the next meeting is dropped.
    const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
    await t.http
      .post(`/api/events/${id}/versions/${copy.number}/adjustments`)
      .set(AUTH)
      .send({ revision: copy.revision, op: 'remove', from: { round: next.round, group: 'g1' } })
      .expect(201);
    // A member of another group, whose itinerary does not change, has the page open too.
    const otherPage = await context.newPage();
    const otherMember = links.find((l) => l.kind === 'member' && l.key === instance.groups[1].members[0].id)!;
    await otherPage.goto(`${t.url}/m/${otherMember.token}`);
    const published = Date.now();
    await t.http.post(`/api/events/${id}/versions/${copy.number}/publish`).set(AUTH).expect(201);
    await page.waitForFunction(() => document.querySelector('#changes .banner') !== null, undefined, { timeout: 2000 });
    expect(Date.now() - published).toBeLessThan(2000);
    // The banner says what changed for this member, in words: the meeting dropped, with its time and expert.
    expect(await page.locator('#changes li').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^Votre rencontre de \\d+\\sh\\s\\d\\d avec ${expertName(next.expert)} est annulée\\.$`)),
    ]);
    // r3 is free time now, whether its meeting was the one dropped or it had none: « Ensuite » says so, not a gap.
    expect(await page.locator('#next').innerText()).toMatch(
      /^Ensuite\s+18\sh\s50\s–\s19\sh\s10\s+Pause : temps libre, pas de rencontre pour votre groupe\.\s+Puis : \d+\sh\s\d\d, [^\n]+$/,
    );
    expect(await page.locator('#day li[data-round]').count()).toBe(mine.length - 1);
    expect(await page.locator('#day li.free', { hasText: 'Pause : temps libre' }).count()).toBe(instance.rounds.length - mine.length + 1);
    await otherPage.waitForFunction((n) => document.getElementById('live')!.getAttribute('data-version') === String(n), copy.number, { timeout: 5000 });
    expect(await otherPage.locator('#changes').innerText()).toBe('');
    await otherPage.close();
    await shot(page, 'member-updated');
    await page.getByRole('button', { name: 'Fermer' }).click();
    expect(await page.locator('#changes').innerText()).toBe('');

    // Offline a while later: the saved page's clock has moved on by that while, not stopped when it was saved.
    const savedNow = await page.evaluate(async () => {
      const copy = await (await caches.open('carrousel-pages')).match(location.href);
      return Number(/data-server-now="(\d+)"/.exec(await copy!.text())![1]);
    });
    await new Promise((r) => setTimeout(r, 2500));
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#saved').innerText()).resolves.toMatch(/^Données enregistrées à \d+\sh\s\d\d/);
    const moved = Number(await page.getAttribute('body', 'data-server-now')) - savedNow;
    expect(moved).toBeGreaterThanOrEqual(1500);
    expect(moved).toBeLessThan(30_000);
    expect(await page.locator('#day li[data-round]').count()).toBe(mine.length - 1);
    await shot(page, 'member-offline');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('works with JavaScript off, in English on request, and a revoked link is a plain 404', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/m/${member.token}?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#now h2').innerText()).toBe('Now');
    expect(await page.locator('#next h2').innerText()).toBe('Next');
    // The next round, a meeting or (since the first test) free time, in English.
    expect(await page.locator('#next').innerText()).toMatch(/\nwith |\nBreak: free time, no meeting for your group\.\s+Then: /);
    const body = await page.locator('body').innerText();
    // Never another member's contact details (nor their names).
    for (const m of instance.groups[0].members) {
      expect(body).not.toContain(m.email);
      expect(body).not.toContain(m.phone);
    }
    const other = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.find(
      (l: any) => l.kind === 'member' && l.key === instance.groups[1].members[0].id,
    );
    await t.http.post(`/api/events/${id}/links/member/${other.key}/reissue`).set(AUTH).expect(201);
    const res = await page.goto(`${t.url}/m/${other.token}`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Lien non valide');
    await context.close();
  }, 60_000);

  it('without JavaScript, a question is posted, redirected to the page and said sent; a refused one shows the page with the problem and the text', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const asker = links.find((l) => l.kind === 'member' && l.key === instance.groups[0].members[1].id)!;
    await page.goto(`${t.url}/m/${asker.token}?lang=en`);
    await page.fill('#q-text', '   ');
    const refused = await Promise.all([page.waitForNavigation(), page.click('#questions button[type=submit]')]);
    expect(refused[0]!.status()).toBe(200);
    // On the page's own address (a reload does not post again), the problem said where the form is.
    expect(page.url()).toBe(`${t.url}/m/${asker.token}?lang=en&sent=no#questions`);
    expect(await page.locator('#q-error').innerText()).toBe('Write your question before sending it.');
    await page.screenshot({ path: '/tmp/day/nojs-refused.png', fullPage: true });
    await page.reload();
    expect(await page.locator('#q-error').count()).toBe(0);

    await page.fill('#q-text', 'Who pays for the tram?');
    await Promise.all([page.waitForNavigation(), page.click('#questions button[type=submit]')]);
    expect(page.url()).toBe(`${t.url}/m/${asker.token}?lang=en&sent=1#questions`);
    expect(await page.locator('#questions .ok').innerText()).toBe('Question sent. Thank you!');
    expect(await page.locator('#questions .questions').innerText()).toContain('Who pays for the tram?');
    await page.screenshot({ path: '/tmp/day/nojs-sent.png', fullPage: true });
    await context.close();
  }, 60_000);

  it('an open page whose link is replaced says so by itself, and its stream ends', async () => {
    const key = instance.groups[2].members[0].id;
    const link = links.find((l) => l.kind === 'member' && l.key === key)!;
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${t.url}/m/${link.token}`);
    await page.locator('#now').waitFor();
    await page.waitForFunction(async () => (await (await caches.open('carrousel-pages')).keys()).length > 0, undefined, { timeout: 15_000 });
    const reissued = Date.now();
    await t.http.post(`/api/events/${id}/links/member/${key}/reissue`).set(AUTH).expect(201);
    // At once, not after a heartbeat of the live streams (15 s): the stream says so, then ends.
    await page.getByRole('heading', { level: 2, name: 'Lien remplacé' }).waitFor({ timeout: 2000 });
    expect(Date.now() - reissued).toBeLessThan(2000);
    expect(await page.locator('main').innerText()).toContain('Ce lien personnel a été remplacé par un nouveau');
    expect(await page.locator('#live').count()).toBe(0);
    await page.screenshot({ path: '/tmp/day/member-replaced.png' });
    // Its saved copy is gone: the page offline is not the old plan.
    await page.waitForFunction(async () => !(await (await caches.open('carrousel-pages')).match(location.href, { ignoreSearch: true })));
    const res = await page.reload();
    expect(res!.status()).toBe(404);
    await context.close();
  }, 60_000);

  it('carries a member’s question to the expert’s page, escaped, in the round the group comes', async () => {
    const v = (await t.http.get(`/api/events/${id}/versions`).set(AUTH)).body.find((x: any) => x.status === 'published');
    meetings = (await t.http.get(`/api/events/${id}/versions/${v.number}`).set(AUTH)).body.meetings;
    const coming = groupMeetings().find((m) => Number(m.round.slice(1)) > 2)!;
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    // The expert has their page open already: the question appears there by itself.
    const expert = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.find((l: any) => l.kind === 'expert' && l.key === coming.expert);
    const expertPage = await context.newPage();
    await expertPage.goto(`${t.url}/x/${expert.token}`);
    await expertPage.evaluate(() => ((window as any).notReloaded = true));
    await page.goto(`${t.url}/m/${member.token}`);
    await page.selectOption('#q-expert', coming.expert);
    const question = 'Quelle place pour les jeunes ? <script>alert(1)</script>';
    await page.fill('#q-text', question);
    await page.click('#questions button[type=submit]');
    await page.waitForURL(/sent=1/);
    expect(await page.locator('#questions .ok').innerText()).toBe('Question envoyée. Merci !');
    expect(await page.locator('#questions .questions').innerText()).toContain(question);
    expect(await accessibilityProblems(page)).toEqual([]);
    await expertPage.locator('#day li .questions li', { hasText: 'Quelle place pour les jeunes' }).waitFor({ timeout: 3000 });
    expect(await expertPage.evaluate(() => (window as any).notReloaded)).toBe(true);
    await expertPage.close();

    await page.goto(`${t.url}/x/${expert.token}`);
    const row = page.locator('#day li', { hasText: instance.groups[0].name });
    expect(await row.locator('.questions li').innerText()).toBe(question);
    expect(await page.getByRole('link', { name: 'Télécharger le fichier (.ics)' }).getAttribute('href')).toBe(`/cal/x/${expert.token}.ics`);
    expect(await page.getByRole('link', { name: 'S’abonner (Apple, Outlook, Thunderbird)' }).getAttribute('href')).toMatch(
      new RegExp(`^webcal://[^/]+/cal/x/${expert.token}\\.ics$`),
    );
    await shot(page, 'expert');
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
