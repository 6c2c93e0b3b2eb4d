/**
 * A member's page open on a phone, under its offline worker, when the service stalls right after a
 * publish (its process paused 4.5 s, as a busy machine or a weak network would): the page says it
 * is updating meanwhile and shows the new version once the service answers, without a reload by
 * hand. Before, the worker handed back the saved copy after 3 s and the page stayed on the old
 * version for good. Screenshots go to /tmp/shots-day/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { CHROMIUM, describeIf } from '../support/requirements';
import { rehearseDay } from '../support/rehearsal';
import { AUTH, sample, type TestApp } from '../support/test-app';

const SHOTS = '/tmp/shots-day';
const PHONE = { viewport: { width: 360, height: 640 }, locale: 'fr-FR' };

describeIf(CHROMIUM, 'a member page when the service stalls after a publish', () => {
  let t: TestApp;
  let browser: Browser;
  let id: string;
  const instance = sample('nantes-1.json') as any;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    ({ t, id } = await rehearseDay());
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the new version once the service answers again, saying it is updating meanwhile', async () => {
    const member = instance.groups[0].members[0].id;
    const link = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.find((l: any) => l.kind === 'member' && l.key === member);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(link.url);
    // The offline worker in control, the page saved: as on a phone that opened the link before.
    await page.waitForFunction(async () => (await (await caches.open('carrousel-pages')).keys()).length > 0, undefined, { timeout: 15_000 });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => ((window as any).notReloaded = true));

    const v1 = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH)).body;
    const next = v1.meetings.filter((m: any) => m.group === instance.groups[0].id && Number(m.round.slice(1)) > 2)[0];
    const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
    await t.http
      .post(`/api/events/${id}/versions/${copy.number}/adjustments`)
      .set(AUTH)
      .send({ revision: copy.revision, op: 'remove', from: { round: next.round, group: instance.groups[0].id } })
      .expect(201);
    await t.http.post(`/api/events/${id}/versions/${copy.number}/publish`).set(AUTH).send({}).expect(201);
    process.kill(t.pid, 'SIGSTOP');
    let resumed = false;
    try {
      await page.waitForFunction(() => document.getElementById('status')!.textContent === 'Mise à jour en cours…', undefined, { timeout: 4000 });
      await new Promise((r) => setTimeout(r, 4500 - 500));
      expect(await page.getAttribute('#live', 'data-version')).toBe('1');
      await page.screenshot({ path: path.join(SHOTS, 'member-stalled.png') });
    } finally {
      process.kill(t.pid, 'SIGCONT');
      resumed = true;
    }
    const answered = Date.now();
    await page.waitForFunction((n) => document.getElementById('live')!.getAttribute('data-version') === String(n), copy.number, { timeout: 10_000 });
    const after = Date.now() - answered;
    expect(resumed).toBe(true);
    expect(after).toBeLessThan(10_000);
    expect(await page.evaluate(() => (window as any).notReloaded)).toBe(true);
    expect(await page.locator('#status').innerText()).toBe('');
    expect(await page.locator('#changes li').allInnerTexts()).toEqual([expect.stringMatching(/ est annulée\.$/)]);
    await page.screenshot({ path: path.join(SHOTS, 'member-after-stall.png') });
    await context.close();
  }, 60_000);
});
