/**
 * « Ne plus recevoir de rappels » as a member uses it, in a real headless Chromium against the real
 * service: from their own page (French), and from the link of an English reminder; the page asks,
 * the button stops them, the organizer's count says so, and « Recevoir de nouveau » takes it back.
 * Axe-clean; screenshots go to /tmp/reach/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { accessibilityProblems } from '../support/axe';
import { launchChromium } from '../support/browser';
import { useMailService } from '../support/mail-service';
import { CHROMIUM, describeIf } from '../support/requirements';
import { AUTH } from '../support/test-app';

const SHOTS = '/tmp/reach';
const EVENT = {
  format: 'audition-plan/1',
  event: { name: 'Convention citoyenne', timezone: 'Europe/Paris', organizer: { email: 'orga@example.org' } },
  rounds: [{ id: 'r1', start: '2027-01-22T18:00', end: '2027-01-22T18:20' }],
  tables: [{ id: 't1', name: 'Salle 1', seats: 6 }],
  experts: [{ id: 'e1', name: 'Hélène Dupré' }],
  groups: [{ id: 'g1', name: 'Mobilités', size: 1, members: [{ id: 'm1', name: 'Léa Martin', email: 'lea@example.org' }] }],
};

describeIf(CHROMIUM, '« Ne plus recevoir de rappels » in a browser', () => {
  const s = useMailService({ clock: '2027-01-20T10:00:00Z' });
  let browser: Browser;
  let id: string;
  let lea: { token: string; url: string };
  const stopped = async () => (await s.t.http.get(`/api/events/${id}/member-reminders`).set(AUTH).expect(200)).body.stopped;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    id = await s.createEvent(EVENT);
    await s.publish(id, [{ round: 'r1', table: 't1', expert: 'e1', group: 'g1' }]);
    lea = (await s.t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body.find((l: any) => l.kind === 'member' && l.key === 'm1');
    // Reminders on (the page offers to stop them only then); the first would go two hours before Friday's 18:00.
    await s.t.http.put(`/api/events/${id}/member-reminders`).set(AUTH).send({ enabled: true, leadHours: 2, confirmLocalLinks: true }).expect(200);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('from the member’s own page, in French: asks, stops, and can take it back', async () => {
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 400, height: 800 } });
    await page.goto(lea.url);
    await page.getByRole('link', { name: 'Ne plus recevoir de rappels par courriel' }).click();
    await page.getByRole('heading', { name: 'Ne plus recevoir de rappels' }).waitFor();
    await page
      .getByText('Bonjour Léa Martin, vous recevez un courriel de rappel avant chaque séance de « Convention citoyenne ». Ne plus en recevoir ?')
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'stop-ask-fr.png') });
    expect(await stopped()).toBe(0);
    await page.getByRole('button', { name: 'Ne plus recevoir de rappels' }).click();
    await page.getByRole('status').getByText('C’est noté : vous ne recevrez plus de rappels pour « Convention citoyenne ».').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stop-done-fr.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await stopped()).toBe(1);
    await page.getByRole('button', { name: 'Recevoir de nouveau les rappels' }).click();
    await page.getByRole('status').getByText('C’est noté : vous recevrez de nouveau un rappel avant chaque séance').waitFor();
    expect(await stopped()).toBe(0);
    await page.close();
  });

  it('from an English reminder’s link: the page is English, with a switch to French', async () => {
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 400, height: 800 } });
    await page.goto(`${s.t.url}/u/${lea.token}?lang=en`);
    await page.getByRole('heading', { name: 'Stop reminders' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Stop reminders' }).click();
    await page.getByRole('status').getByText('Done: you will get no more reminders for "Convention citoyenne".').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'stop-done-en.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await stopped()).toBe(1);
    await page.getByRole('link', { name: 'Français' }).click();
    await page.getByText('Vous ne recevez plus de rappels pour « Convention citoyenne ».').waitFor();
    await page.close();
  });
});
