/**
 * The « Jour J » screen in a real headless Chromium against the real service, on a laptop
 * (1366×768) and a tablet (768×1024), with the rehearsal clock inside Friday's second round of
 * nantes-1 (Friday evening and Saturday morning, Paris): an expert marked absent in one tap, a
 * replan and its preview, a publish confirmed in a dialog that says whom it reaches, and the change
 * on a member's page already open, within 2 s; a Friday delay that leaves Saturday as it was.
 * Screenshots go to /tmp/shots-day/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/axe';
import { launchChromium } from '../support/browser';
import { CHROMIUM, describeIf } from '../support/requirements';
import { rehearseDay } from '../support/rehearsal';
import { AUTH, ORGANIZER_KEY, sample, type TestApp } from '../support/test-app';

const SHOTS = '/tmp/shots-day';
const LAPTOP = { viewport: { width: 1366, height: 768 }, locale: 'fr-FR' };
const TABLET = { viewport: { width: 768, height: 1024 }, locale: 'fr-FR', hasTouch: true, isMobile: true };
const PHONE = { viewport: { width: 360, height: 640 }, locale: 'fr-FR' };

describeIf(CHROMIUM, 'the day screen in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let id: string;
  const instance = sample('nantes-1.json') as any;
  /** What the screen shows (the viewport), and the whole page beside it. */
  const shot = async (page: Page, name: string) => {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`), fullPage: true });
  };
  /** The text with its no-break spaces (inside times, before a range's dash) read as spaces. */
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');
  const announced = (page: Page, text: RegExp) =>
    page.waitForFunction((re) => new RegExp(re).test(document.getElementById('announcer')!.textContent ?? ''), text.source, { timeout: 30_000 });

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    ({ t, id } = await rehearseDay());
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openDay(page: Page) {
    await page.goto(`${t.url}/#/events/${id}/day`);
    await page.getByLabel("Clé d'organisateur").fill(ORGANIZER_KEY);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // The round under way, read from the service once the screen is drawn.
    await page.getByText(/^Tour de 18\sh\s25 à 18\sh\s45 : reste \d+ min\.$/).waitFor();
    // Drawn whole: the screen's heading has the focus, as after any change of screen.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  }

  /** The expert of the version in force with the most meetings still to come, not pinned, not yet marked. */
  async function busiestExpert(): Promise<{ id: string; name: string }> {
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    const version = (await t.http.get(`/api/events/${id}/versions/${live.version}`).set(AUTH)).body;
    const kept = new Set([...live.marks.map((m: any) => m.key), ...instance.pins.map((p: any) => p.expert)]);
    const counts = new Map<string, number>();
    for (const m of version.meetings) if (Number(m.round.slice(1)) >= 3 && !kept.has(m.expert)) counts.set(m.expert, (counts.get(m.expert) ?? 0) + 1);
    const key = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    return { id: key, name: instance.experts.find((e: any) => e.id === key).name };
  }

  /** A member of a group whose itinerary the draft changes, with their page's link. */
  async function memberTouchedBy(draft: number): Promise<string> {
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    const diff = (await t.http.get(`/api/events/${id}/versions/${live.version}/diff/${draft}`).set(AUTH)).body;
    const group = [...diff.removed, ...diff.moved.map((m: any) => m.from), ...diff.added][0].group;
    const member = instance.groups.find((g: any) => g.id === group).members[0].id;
    return (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.find((l: any) => l.kind === 'member' && l.key === member).url;
  }

  it('on a laptop: finds a person by name or organization, marks one late from a round chosen only once opened, by keyboard, each result said', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    await openDay(page);
    const rows = () => page.locator('table.people tr.person:not([hidden])');
    const total = instance.experts.length + instance.groups.length + instance.tables.length;
    await page
      .getByRole('status')
      .filter({ hasText: `${total} ligne(s) affichée(s) sur ${total}.` })
      .waitFor();
    // By organization, without its accents or capitals: only the experts of that organization are left, and the count says so.
    const expert = instance.experts.find((e: any) => e.organization && !instance.pins.some((p: any) => p.expert === e.id));
    const sameOrg = instance.experts.filter((e: any) => e.organization === expert.organization).length;
    // « qui est où » is long: a shortcut under « Maintenant » brings the presence list up, its heading focused.
    await page.getByRole('button', { name: 'Aller à « Présences »' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-people');
    const search = page.getByLabel('Chercher : nom, organisation, groupe');
    await search.focus();
    await page.keyboard.type(expert.organization.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase());
    await page
      .getByRole('status')
      .filter({ hasText: `${sameOrg} ligne(s) affichée(s) sur ${total}.` })
      .waitFor();
    expect(await rows().count()).toBe(sameOrg);
    await shot(page, 'laptop-0-search');
    // Escape clears the search; « Groupes » shows the groups alone.
    await page.keyboard.press('Escape');
    await page
      .getByRole('status')
      .filter({ hasText: `${total} ligne(s) affichée(s) sur ${total}.` })
      .waitFor();
    await page.getByRole('radio', { name: 'Groupes' }).check();
    expect(await rows().count()).toBe(instance.groups.length);
    await page.getByRole('radio', { name: 'Tout' }).check();
    await search.fill(expert.name);
    await page
      .getByRole('status')
      .filter({ hasText: `1 ligne(s) affichée(s) sur ${total}.` })
      .waitFor();

    // The round it arrives for is asked only when « En retard… » is opened; then all by keyboard.
    const later = page.getByRole('button', { name: `En retard… (${expert.name})` });
    const round = page.getByLabel('Arrive pour le tour de');
    expect(await later.getAttribute('aria-expanded')).toBe('false');
    expect(await round.isVisible()).toBe(false);
    await later.focus();
    await page.keyboard.press('Enter');
    expect(await later.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toMatch(/^round-expert-/);
    // The next round is no lateness: the choice starts at the one after it.
    expect(plain(await round.locator('option:checked').innerText())).toBe('19 h 15');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await announced(page, new RegExp(`^${expert.name} : en retard : arrive pour le tour de 19\\sh\\s15\\. Replanifiez`));
    // The row says it once the screen has read the day again.
    await page
      .getByRole('row', { name: new RegExp(`^${expert.name}`) })
      .filter({ hasText: 'en retard : arrive pour le tour de 19 h 15' })
      .waitFor();
    await shot(page, 'laptop-0-late');
    // « Les marqués seulement » keeps the search: the one marked is there; undone, it is gone.
    await page.getByRole('radio', { name: 'Les marqués seulement' }).check();
    expect(await rows().count()).toBe(1);
    await page.getByRole('button', { name: `Annuler la marque de ${expert.name}` }).click();
    await announced(page, new RegExp(`^${expert.name} : marque retirée\\.$`));
    await page
      .getByRole('status')
      .filter({ hasText: `Aucune ligne ne correspond, sur ${total}.` })
      .waitFor();
    expect((await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.marks).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  }, 60_000);

  for (const [name, device] of [
    ['laptop', LAPTOP],
    ['tablet', TABLET],
  ] as const) {
    it(`on a ${name}: marks an expert absent, replans, reads the preview, publishes after confirming, and an open member page shows it within 2 s`, async () => {
      const context = await browser.newContext(device);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await openDay(page);
      const card = await page.locator('#h-now + .card').innerText();
      expect(card).toMatch(/Prochain tour à 18\u00a0h\u00a050, dans \d+ min\./);
      // Read at the event's clock (the rehearsal's, inside r2), not the machine's, and written as the rounds are.
      expect(card).toMatch(/Mis à jour à 18\u00a0h\u00a03\d\./);
      await shot(page, `${name}-1-day`);
      expect(await accessibilityProblems(page)).toEqual([]);

      // « Qui est où », the round under way and the next: every group once, at its table with its expert, or free.
      const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
      const now = page.getByRole('table', { name: 'Tour en cours : 18 h 25 – 18 h 45' });
      expect(await now.locator('tbody tr').count()).toBe(live.whereNow.length);
      const first = live.whereNow.find((w: any) => w.status === 'meeting');
      expect(
        await now
          .getByRole('row', { name: new RegExp(`^${first.groupName}\\b`) })
          .first()
          .innerText(),
      ).toContain(first.expertName);
      const free = live.whereNow.filter((w: any) => w.status === 'free').length;
      expect(await now.locator('tr.free').count()).toBe(free);
      expect(await page.locator('#where').innerText()).toContain(`en temps libre`);
      await page.getByRole('table', { name: 'Tour suivant : 18 h 50 – 19 h 10' }).waitFor();
      await page.locator('#where').scrollIntoViewIfNeeded();
      await shot(page, `${name}-1-where`);
      // Printed from its button, the sheet holds « qui est où » alone.
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: 'Imprimer « qui est où »' }).click();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#h-delay').isVisible()).toBe(false);
      expect(await page.locator('header.banner').isVisible()).toBe(false);
      expect(await now.isVisible()).toBe(true);
      // The sheet says which event it is; on screen the header already does.
      expect(await page.locator('#where .print-only').isVisible()).toBe(true);
      // On paper each video room's link prints as its address (nantes-1's rooms are Zoom links).
      const printed = await page.evaluate(() => {
        const a = document.querySelector('#where a[href^="http"]');
        return a && { href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content };
      });
      expect(printed?.after).toBe(`" ${printed?.href}"`);
      await page.screenshot({ path: path.join(SHOTS, `${name}-1-where-print.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await page.locator('#h-delay').isVisible()).toBe(true);
      expect(await page.locator('#where .print-only').isVisible()).toBe(false);

      const expert = await busiestExpert();
      await page.getByRole('button', { name: `${expert.name} absent à partir du tour de 18 h 50` }).click();
      await announced(page, new RegExp(`^${expert.name} : absent à partir du tour de 18\\sh\\s50\\. Replanifiez`));
      // The earlier case's mark is on the same event: the state is read in this expert's row.
      const person = page.locator('tr.person', { has: page.getByRole('rowheader', { name: new RegExp(`^${expert.name}`) }) });
      const marked = person.getByText(/^absent à partir du tour de 18\sh\s50 — /);
      expect(await marked.innerText()).toMatch(/— pas encore dans la grille : replanifiez$/);
      // The focus stays on the control that was used, redrawn.
      expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^absent-expert-/);
      // « Qui est où » says which of the next round's meetings the mark empties, until the replan.
      const next = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.whereNext;
      const nextTable = page.getByRole('table', { name: 'Tour suivant : 18 h 50 – 19 h 10' });
      if (next.some((w: any) => w.expert === expert.id)) expect(await nextTable.innerText()).toContain(`${expert.name} (marqué absent)`);
      expect(await page.getByRole('table', { name: 'Tour en cours : 18 h 25 – 18 h 45' }).innerText()).not.toContain('marqué absent');

      await page.getByRole('button', { name: 'Replanifier', exact: true }).click();
      await announced(page, /^Aperçu prêt : version \d+, \d+ rencontre\(s\) changent\.$/);
      const preview = page.locator('#replan-preview');
      // The absent expert among those touched (others may take the freed slots).
      expect((await preview.innerText()).split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^Experts touchés : (.*, )?${expert.name}(,|\\s*$)`)));
      expect(await preview.innerText()).toMatch(/Part du groupe le moins bien servi : \d+\s%\s→\s\d+\s%/);
      expect(await preview.innerText()).toMatch(/Créneaux de groupe vides : \d+ → \d+/);
      const draft = Number(/version (\d+)/.exec(await preview.locator('h3').innerText())![1]);
      await preview.scrollIntoViewIfNeeded();
      await shot(page, `${name}-2-preview`);
      const read = await preview.innerText();

      // The organizer leaves « Jour J » and comes back: the open draft is there again, with its preview.
      await page.getByRole('link', { name: 'Grille' }).first().click();
      await page.waitForURL(/\/plan/);
      await page.getByRole('link', { name: 'Jour J' }).first().click();
      await page.locator('#replan-preview').waitFor();
      expect(await page.locator('#replan-preview').innerText()).toBe(read);

      // A member concerned has their page open on a phone.
      const phone = await browser.newContext(PHONE);
      const memberPage = await phone.newPage();
      await memberPage.goto(await memberTouchedBy(draft));
      await memberPage.waitForFunction(() => (window as any).EventSource && document.getElementById('live'));

      const button = page.getByRole('button', { name: /^Publier et prévenir \(\d+ courriel\(s\) aux membres, \d+ page\(s\)\)$/ });
      const [, emails, pages] = /\((\d+) courriel\(s\) aux membres, (\d+) page\(s\)\)/.exec(await button.innerText())!;
      await button.click();
      const dialog = page.getByRole('dialog', { name: `Publier la version ${draft} ?` });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(`Les pages de ${pages} membre(s) dont le parcours change se mettront à jour d’elles-mêmes.`);
      expect(await dialog.getByLabel(`Prévenir aussi par e-mail les ${emails} membre(s) concerné(s) qui ont une adresse`).isChecked()).toBe(true);
      await shot(page, `${name}-3-confirm`);
      const published = Date.now();
      await dialog.getByRole('button', { name: 'Publier', exact: true }).click();
      await memberPage.waitForFunction(() => document.querySelector('#changes .banner') !== null, undefined, { timeout: 2000 });
      expect(Date.now() - published).toBeLessThan(2000);
      expect(await memberPage.locator('#changes').innerText()).toMatch(/Votre rencontre de/);
      await memberPage.screenshot({ path: path.join(SHOTS, `${name}-4-member.png`) });
      // No invitation went before the day: they still wait for « Envoyer ».
      await announced(
        page,
        new RegExp(
          `^Version ${draft} publiée : ${emails} courriel\\(s\\) aux membres, ${pages} page\\(s\\) de membres mises à jour\\. Invitations : aucune n’est encore partie, elles attendent « Envoyer » dans « Diffuser »\\.$`,
        ),
      );
      expect((await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.version).toBe(draft);
      // The mark is in the grid now, and « Présences » says so.
      await person.getByText(/^absent à partir du tour de 18\sh\s50 — pris en compte dans la grille en vigueur$/).waitFor();
      await shot(page, `${name}-5-published`);
      expect(errors).toEqual([]);
      await phone.close();
      await context.close();
    }, 120_000);
  }

  it('on a tablet: a Friday delay, confirmed with its warning, leaves Saturday as it was', async () => {
    // The experts were invited before the day: the delay's dialog offers their updates.
    const preview = (await t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body;
    await t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({ digest: preview.digest, confirmLocalLinks: true }).expect(200);
    const context = await browser.newContext(TABLET);
    const page = await context.newPage();
    await openDay(page);
    const before = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body.rounds;
    await page.getByLabel('À partir du tour de', { exact: true }).selectOption({ label: '19\u00a0h\u00a015' });
    await page.getByRole('button', { name: 'Retard : +10 min' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Retard de 10 min à partir du tour de 19 h 15 ?' });
    await dialog.waitFor();
    const asked = plain(await dialog.innerText());
    expect(asked).toContain('Les tours de 19 h 15 à 20 h 05 bougent de 10 min ; les autres sessions restent telles quelles.');
    expect(asked).toContain('la session finira à 20 h 35 au lieu de 20 h 25');
    await shot(page, 'tablet-6-delay');
    expect(await dialog.getByLabel('Envoyer aussi aux experts concernés la mise à jour de leur invitation (agenda)').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Publier', exact: true }).tap();
    // The test service's links are loopback ones: the updates wait, and the screen says why.
    await announced(
      page,
      /^Publié : Retard de 10 min à partir du tour de 19\sh\s15 ; la session finira à 20\sh\s35 au lieu de 20\sh\s25\. Invitations : \d+ mise\(s\) à jour en attente, pas envoyées : leurs liens mèneraient à http:\/\/127\.0\.0\.1:\d+, qui n’est pas une adresse publique \(voir « Diffuser »\)\.$/,
    );
    const after = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body.rounds;
    const saturday = (rounds: any[]) => rounds.filter((r) => r.start.startsWith('2027-01-23'));
    expect(saturday(after)).toEqual(saturday(before));
    expect(after.find((r: any) => r.id === 'r4').start).toBe('2027-01-22T19:25');
    expect(after.find((r: any) => r.id === 'r3').start).toBe(before.find((r: any) => r.id === 'r3').start);
    await shot(page, 'tablet-7-delayed');
    await context.close();
  }, 60_000);
});
