/**
 * On the day, the experts' calendars follow a delay: in a real headless Chromium against the real
 * service, a real SMTP server on loopback, PUBLIC_URL a public address. The experts were invited
 * before the day; « Retard : +10 min » offers their updates, ticked, and publishing sends them:
 * each expert whose times moved gets one update (same UID, SEQUENCE 1, the new hour), the others
 * nothing, and the screen says how many went.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { useMailService } from '../support/mail-service';
import { CHROMIUM, describeIf } from '../support/requirements';
import { AUTH, ORGANIZER_KEY } from '../support/test-app';
import { convention, experts, JANUARY } from '../support/convention';

const EVENT = convention({
  name: 'Convention citoyenne',
  rounds: JANUARY.slice(0, 3),
  experts: experts(['Hélène Dupré', 'Anne Roux']),
  groups: [
    { id: 'g1', name: 'Mobilités', size: 1 },
    { id: 'g2', name: 'Énergie', size: 1 },
  ],
});
// Hélène: Friday 18:00 and 18:25; Anne: Saturday only.
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r3', table: 't2', expert: 'e2', group: 'g1' },
];

describeIf(CHROMIUM, 'a delay on the day, with the experts invited', () => {
  // Friday 18:10 in Paris, during the first round.
  const s = useMailService({ clock: '2027-01-22T17:10:00Z', env: { PUBLIC_URL: 'https://carrousel.example.org' } });
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('sends the updates of the experts whose times moved, once confirmed, and says so', async () => {
    const id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    const preview = (await s.t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body;
    await s.t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({ digest: preview.digest }).expect(200);
    const invited = await s.settle(0, 2);

    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    await page.goto(`${s.t.url}/#/events/${id}/day`);
    await page.getByLabel("Clé d'organisateur").fill(ORGANIZER_KEY);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('À partir du tour de', { exact: true }).selectOption({ label: '18\u00a0h\u00a025' });
    await page.getByRole('button', { name: 'Retard : +10 min' }).click();
    const dialog = page.getByRole('dialog', { name: /^Retard de 10 min/ });
    expect(await dialog.getByLabel('Envoyer aussi aux experts concernés la mise à jour de leur invitation (agenda)').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.locator('#day-result').getByText('Invitations : 1 mise(s) à jour envoyée(s) aux experts.', { exact: false }).waitFor();

    const [update] = await s.settle(invited.length, 1);
    expect(update.to).toBe('helene@example.org');
    const before = invited.find((m) => m.to === 'helene@example.org')!;
    const uid = (calendar: string) => /^UID:(.+)$/m.exec(calendar)![1].trim();
    expect(uid(update.calendar)).toBe(uid(before.calendar));
    expect(update.calendar).toMatch(/^SEQUENCE:1\r?$/m);
    // 18:25 Paris is 17:25Z; ten minutes later, her last round ends at 17:55Z.
    expect(update.calendar).toMatch(/^DTEND:20270122T175500Z\r?$/m);
  }, 90_000);
});
