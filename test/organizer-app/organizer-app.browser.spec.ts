/**
 * The organizers' web app in a real headless Chromium against the real service: a new user's path
 * from an empty event to a published grid (sign in, create with generated rounds and tables,
 * import from CSV with a refused file first, generate, a drag-and-drop move and a refused keyboard
 * move, publish, export), then the main path with the keyboard alone, a move by finger on a tablet,
 * and a group's members edited in place. Screenshots go to test/artifacts/organizer-*.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { CHROMIUM, describeIf } from '../support/requirements';
import { AUTH, ORGANIZER_KEY, ROOT, startApp, type TestApp } from '../support/test-app';

const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const LAPTOP = { viewport: { width: 1024, height: 768 }, locale: 'fr-FR', acceptDownloads: true };

interface Meeting {
  round: string;
  table: string;
  expert: string;
  group: string;
}

/** Every move of a group to another round at the same table where its group, its expert and the table are all free, in the grid's order. */
function freeMoves(meetings: Meeting[], rounds: { id: string }[]): { m: Meeting; round: string }[] {
  return meetings.flatMap((m) =>
    rounds
      .map((r) => r.id)
      .filter((round) => round !== m.round && !meetings.some((o) => o.round === round && (o.group === m.group || o.expert === m.expert || o.table === m.table)))
      .map((round) => ({ m, round })),
  );
}

describeIf(CHROMIUM, "the organizers' web app in a browser", () => {
  let t: TestApp;
  let browser: Browser;
  let eventId: string;
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-app-'));
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `organizer-${name}.png`), fullPage: true });
  /** Waits for the announcer to say `text`; if it never does, says what it and the screen said instead, with a screenshot. */
  const announced = async (page: Page, text: RegExp) => {
    try {
      await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('announcer')!.textContent ?? ''), text.source, { timeout: 30_000 });
    } catch (error) {
      const [said, screen] = await page.evaluate(() => [
        document.getElementById('announcer')?.textContent ?? '',
        (document.querySelector('main') as HTMLElement | null)?.innerText.slice(0, 600) ?? '',
      ]);
      await shot(page, 'not-announced');
      throw new Error(`${text} not announced (${(error as Error).message}); the announcer says « ${said} »; the screen: ${screen}`);
    }
  };
  const errorsOf = (page: Page) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return errors;
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(files, 'experts-faux.csv'), 'nom;courriel;thèmes\nHélène Martin;helene@;santé\n;sans-nom@example.org;\n');
    fs.writeFileSync(
      path.join(files, 'experts.csv'),
      'nom;courriel;organisation;thèmes\nHélène Martin;helene@example.org;CHU;santé\nPaul Durand;paul@example.org;Habitat 44;logement\n',
    );
    fs.writeFileSync(
      path.join(files, 'groupes.csv'),
      'groupe,membre,courriel,souhaits\n' +
        'Santé,Alice,alice@example.org,"Hélène Martin:5; Paul Durand:2"\nSanté,Bob,,\nLogement,Carl,carl@example.org,"Paul Durand:4; Hélène Martin:1"\nLogement,Dina,,\n',
    );
    t = await startApp();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Signs in with the organizer key on the first screen, by click or (on a touch screen) by tap. */
  async function signIn(page: Page, press: 'click' | 'tap' = 'click') {
    await page.goto(t.url);
    await page.getByLabel("Clé d'organisateur").fill(ORGANIZER_KEY);
    await page.getByRole('button', { name: 'Se connecter' })[press]();
    await page.getByRole('heading', { level: 1, name: 'Événements' }).waitFor();
  }

  /** Drops a file on an import zone as a file manager would (a real `drop` event carrying the file). */
  async function dropFile(page: Page, kind: string, name: string) {
    const text = fs.readFileSync(path.join(files, name), 'utf8');
    const transfer = await page.evaluateHandle(
      ([n, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], n, { type: 'text/csv' }));
        return data;
      },
      [name, text],
    );
    await page.dispatchEvent(`.dropzone[data-kind="${kind}"]`, 'drop', { dataTransfer: transfer });
  }

  it('takes a new user from an empty event to a published grid and its CSV', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    const errors = errorsOf(page);

    // A wrong key: the API's message, and the sign-in screen stays.
    await page.goto(t.url);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByLabel("Clé d'organisateur").fill('pas-la-bonne-cle');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText("clé d'organisateur invalide").waitFor();
    await shot(page, '01-signin-refused');
    await page.getByLabel("Clé d'organisateur").fill(ORGANIZER_KEY);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Aucun événement pour l’instant').waitFor();

    // Create: rounds from "09:30, 4 rounds of 20 min, 5 min change, a break after round 2"; 2 tables.
    await page.getByRole('link', { name: 'Nouvel événement' }).click();
    await page.getByLabel('Nom', { exact: true }).fill('Convention test — auditions');
    await page.getByLabel('Date').fill('2027-01-22');
    await page.getByLabel('Fuseau horaire').fill('Europe/Pari');
    await page.getByLabel('Nombre de tours').fill('4');
    await page.getByLabel('Pause après les tours').fill('2');
    await page.getByLabel('Nombre', { exact: true }).fill('2');
    await expect(page.locator('.rounds-preview li').allInnerTexts()).resolves.toEqual([
      'vendredi 22 janvier\nr1 : 9\u00a0h\u00a030\u00a0– 9\u00a0h\u00a050',
      'r2 : 9\u00a0h\u00a055\u00a0– 10\u00a0h\u00a015',
      'r3 : 10\u00a0h\u00a030\u00a0– 10\u00a0h\u00a050',
      'r4 : 10\u00a0h\u00a055\u00a0– 11\u00a0h\u00a015',
    ]);
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    // The API refuses the zone: its message sits next to the field, and in the summary at the top.
    await page.locator('#form-errors [role=alert]').waitFor();
    const zoneError = page.locator(`#${await page.getByLabel('Fuseau horaire').getAttribute('id')}-error`);
    await expect(zoneError.innerText()).resolves.toContain('Europe/Pari');
    expect(await page.getByLabel('Fuseau horaire').getAttribute('aria-invalid')).toBe('true');
    await shot(page, '02-create-refused');
    await page.getByLabel('Fuseau horaire').fill('Europe/Paris');
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByRole('heading', { level: 1, name: /Convention test/ }).waitFor();
    eventId = page.url().split('/events/')[1];
    const instance = (await t.http.get(`/api/events/${eventId}/instance`).set(AUTH).expect(200)).body;
    expect(instance.rounds.map((r: any) => r.start)).toEqual(['2027-01-22T09:30', '2027-01-22T09:55', '2027-01-22T10:30', '2027-01-22T10:55']);
    expect(instance.tables).toEqual([
      { id: 't1', name: 'Table 1', seats: 8 },
      { id: 't2', name: 'Table 2', seats: 8 },
    ]);

    // A refused file: every error with its row and column, and nothing saved.
    await dropFile(page, 'experts', 'experts-faux.csv');
    const rows = page.locator('.import-errors tbody tr');
    await rows.first().waitFor();
    await expect(rows.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^experts-faux\.csv\t2\tcourriel\tadresse invalide « helene@ »$/),
      expect.stringMatching(/^experts-faux\.csv\t3\tnom\tnom manquant$/),
    ]);
    expect((await t.http.get(`/api/events/${eventId}/experts`).set(AUTH)).body).toEqual([]);
    await shot(page, '03-import-refused');
    await dropFile(page, 'experts', 'experts.csv');
    await page.locator('main').getByText('2 experts importés depuis experts.csv.').waitFor();
    await page.locator('.dropzone[data-kind="groups"] input[type=file]').setInputFiles(path.join(files, 'groupes.csv'));
    await page.locator('main').getByText('2 groupes importés depuis groupes.csv.').waitFor();
    await page.getByRole('textbox', { name: 'Courriel — Paul Durand' }).waitFor();
    await shot(page, '04-imported');

    // Generate.
    await page.getByRole('link', { name: 'Grille', exact: true }).click();
    await page.getByLabel('Temps de calcul maximal (secondes)').fill('2');
    await page.getByRole('button', { name: 'Générer', exact: true }).click();
    await announced(page, /^Grille générée : part minimale \d+\s%$/);
    await page.locator('table.grid').waitFor();
    await shot(page, '05-generated');
    const v1 = (await t.http.get(`/api/events/${eventId}/versions/1`).set(AUTH).expect(200)).body;
    expect(await page.locator('table.grid button.group').count()).toBe(v1.meetings.length);

    // Drag a group to a free cell where its expert is free too: accepted, metrics redrawn.
    const meetings: Meeting[] = v1.meetings;
    const move = freeMoves(meetings, instance.rounds)[0];
    expect(move).toBeDefined();
    await page.dragAndDrop(
      `button.group[data-round="${move.m.round}"][data-group="${move.m.group}"]`,
      `td[data-round="${move.round}"][data-table="${move.m.table}"]`,
    );
    await announced(page, /^Changement accepté : part minimale \d+\s%$/);
    const v1b = (await t.http.get(`/api/events/${eventId}/versions/1`).set(AUTH)).body;
    expect(v1b.revision).toBe(2);
    expect(v1b.meetings).toContainEqual({ ...move.m, round: move.round });
    await page.locator(`button.group[data-round="${move.round}"][data-group="${move.m.group}"]`).waitFor();
    await shot(page, '06-moved');

    // With the keyboard, into a round where the group already meets someone: refused, H1 named, grid unchanged.
    const mine = v1b.meetings.filter((m: Meeting) => m.group === move.m.group);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const [from, busy] = mine;
    const target = instance.tables.map((tb: any) => tb.id).find((table: string) => table !== busy.table) ?? busy.table;
    await page.locator(`button.group[data-round="${from.round}"][data-group="${from.group}"]`).focus();
    await page.keyboard.press('Enter');
    await announced(page, /sélectionné/);
    await page.locator(`td[data-round="${busy.round}"][data-table="${target}"] button`).first().focus();
    await page.keyboard.press('Enter');
    // Said beside the target, in names and times (the grid knows before asking the service).
    const refusal = page.locator(`td[data-round="${busy.round}"][data-table="${target}"] .refusal[role=alert]`);
    await refusal.waitFor();
    const groupName = (await t.http.get(`/api/events/${eventId}/instance`).set(AUTH)).body.groups.find((g: any) => g.id === from.group).name;
    await expect(refusal.innerText()).resolves.toMatch(new RegExp(`^${groupName} a déjà une rencontre le \\S+\\s\\d+\\s\\S+\\s\\d+\\sh\\s\\d\\d\\.$`));
    // The focus stays on the target the organizer chose.
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.dataset.round)).toBe(busy.round);
    expect((await t.http.get(`/api/events/${eventId}/versions/1`).set(AUTH)).body.revision).toBe(2);
    await shot(page, '07-refused');

    // With the mouse, anywhere in a possible cell: on its ✓ (or an expert's name), not only on a button.
    await page.locator(`button.group[data-round="${from.round}"][data-group="${from.group}"]`).click();
    await announced(page, /sélectionné/);
    await page.locator('td.target .mark').first().click({ force: true });
    await announced(page, /^Changement accepté/);
    expect((await t.http.get(`/api/events/${eventId}/versions/1`).set(AUTH)).body.revision).toBe(3);

    // Publish, then download the CSV export and read it.
    await page.getByRole('button', { name: 'Publier cette version' }).click();
    // The confirmation says whom it reaches (here, before any publish: everyone).
    await page.getByRole('dialog', { name: 'Publier la version 1 ?' }).getByRole('button', { name: 'Publier', exact: true }).click();
    await announced(page, /^Version 1 publiée\. Invitations : aucune n’est encore partie, elles attendent « Envoyer » dans « Diffuser »\.$/);
    await page.getByRole('button', { name: 'Copier en brouillon' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + v1b.meetings.length);
    expect(csv).toContain('Hélène Martin');
    expect(csv).toContain('Logement');
    expect(csv).toContain(`2027-01-22 ${instance.rounds.find((r: any) => r.id === move.round).start.slice(11)}`);
    await shot(page, '08-published');

    // A copy to a draft, compared with the published version.
    await page.getByRole('button', { name: 'Copier en brouillon' }).click();
    await page.getByRole('heading', { name: 'Version 2 (brouillon)' }).waitFor();
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByText('De la version 1 à la version 2 :').waitFor();
    await expect(page.locator('.diff').innerText()).resolves.toContain(`${v1b.meetings.length} rencontres inchangées.`);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('walks the main path with the keyboard alone: sign in, open the event, generate, publish', async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    const errors = errorsOf(page);
    /** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
    async function tabTo(name: RegExp) {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''} ${(el as HTMLInputElement).labels?.[0]?.innerText ?? ''}`;
        });
        if (name.test(label)) return;
      }
      throw new Error(`${name} is not reachable with Tab`);
    }
    await page.goto(t.url);
    await tabTo(/Clé d'organisateur/);
    await page.keyboard.type(ORGANIZER_KEY);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Événements' }).waitFor();
    await tabTo(/Convention test/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Convention test/ }).waitFor();
    // Each new screen puts the focus on its heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(/^ ?Grille/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Générer', exact: true }).waitFor();
    await tabTo(/^ ?Générer/);
    await page.keyboard.press('Enter');
    await announced(page, /^Grille générée : part minimale \d+\s%$/);
    await tabTo(/Publier cette version/);
    await page.keyboard.press('Enter');
    // The confirmation opens with the focus on « Publier ».
    await page.getByRole('dialog', { name: 'Publier la version 3 ?' }).waitFor();
    await page.keyboard.press('Enter');
    await announced(page, /^Version 3 publiée\. Invitations : aucune n’est encore partie/);
    await shot(page, '09-keyboard-published');
    const versions = (await t.http.get(`/api/events/${eventId}/versions`).set(AUTH)).body;
    expect(versions.map((v: any) => [v.number, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'draft'],
      [3, 'published'],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('moves a group with a finger on a tablet: a long press picks it up, a swipe does not, the page scrolls near its edge', async () => {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'fr-FR', hasTouch: true });
    const page = await context.newPage();
    const errors = errorsOf(page);
    const touch = await context.newCDPSession(page);
    const centre = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    /** A finger put down on `from`, held `holdMs`, moved in steps to `to`, then lifted. */
    async function finger(from: { x: number; y: number }, to: { x: number; y: number }, holdMs: number) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      await page.waitForTimeout(holdMs);
      for (let i = 1; i <= 8; i++) {
        const at = { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 };
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at] });
        await page.waitForTimeout(20);
      }
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }

    await signIn(page, 'tap');
    await page.getByRole('link', { name: /Convention test/ }).tap();
    await page.getByRole('link', { name: 'Grille', exact: true }).tap();
    await page.getByRole('button', { name: 'Afficher la version 2' }).tap();
    await page.getByRole('heading', { name: 'Version 2 (brouillon)' }).waitFor();

    const draft = (await t.http.get(`/api/events/${eventId}/versions/2`).set(AUTH)).body;
    const instance = (await t.http.get(`/api/events/${eventId}/instance`).set(AUTH)).body;
    const meetings: Meeting[] = draft.meetings;
    const move = freeMoves(meetings, instance.rounds)[0];
    expect(move).toBeDefined();
    const group = `button.group[data-round="${move.m.round}"][data-group="${move.m.group}"]`;
    const cell = `td[data-round="${move.round}"][data-table="${move.m.table}"]`;
    /** The whole grid on screen (it ends the page): the finger starts on the group and lifts over the cell. */
    async function gridOnScreen() {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      for (const selector of [group, cell]) {
        const { y, height } = (await page.locator(selector).boundingBox())!;
        expect([y >= 0, y + height <= 1180]).toEqual([true, true]);
      }
    }

    // A quick swipe from the group to the cell scrolls the page: nothing picked up, nothing moved.
    await gridOnScreen();
    const scrolled = await page.evaluate(() => window.scrollY);
    await finger(await centre(group), await centre(cell), 0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled);
    expect(await page.locator('button.group[aria-pressed="true"]').count()).toBe(0);
    expect((await t.http.get(`/api/events/${eventId}/versions/2`).set(AUTH)).body.revision).toBe(draft.revision);

    // A long press, then the same way: the group moves there.
    await gridOnScreen();
    await finger(await centre(group), await centre(cell), 600);
    await announced(page, /^Changement accepté : part minimale \d+\s%$/);
    const after = (await t.http.get(`/api/events/${eventId}/versions/2`).set(AUTH)).body;
    expect(after.revision).toBe(draft.revision + 1);
    expect(after.meetings).toContainEqual({ ...move.m, round: move.round });
    await page.locator(`button.group[data-round="${move.round}"][data-group="${move.m.group}"]`).waitFor();
    await shot(page, '10-touch-moved');

    // On a short screen the target cell is out of sight: held near the bottom edge, the group scrolls the page down to it.
    const order = (round: string) => instance.rounds.findIndex((r: any) => r.id === round);
    const downwards = (move: { m: Meeting; round: string }) => order(move.round) - order(move.m.round);
    const far = freeMoves(after.meetings, instance.rounds).sort((a, b) => downwards(b) - downwards(a))[0];
    expect(downwards(far)).toBeGreaterThanOrEqual(2);
    const farGroup = `button.group[data-round="${far.m.round}"][data-group="${far.m.group}"]`;
    const farCell = `td[data-round="${far.round}"][data-table="${far.m.table}"]`;
    // A screen that ends just above the target cell, the group 60 px from its top.
    const gap = (await page.locator(farCell).boundingBox())!.y - (await page.locator(farGroup).boundingBox())!.y;
    const height = Math.round(60 + gap - 10);
    await page.setViewportSize({ width: 820, height });
    await page.locator(farGroup).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 60));
    expect((await page.locator(farCell).boundingBox())!.y).toBeGreaterThan(height - 20);
    const start = await centre(farGroup);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
    await page.waitForTimeout(600);
    const edge = { x: start.x, y: height - 8 };
    for (let i = 1; i <= 6; i++) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x, y: start.y + ((edge.y - start.y) * i) / 6 }] });
      await page.waitForTimeout(20);
    }
    await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1, undefined, { timeout: 10_000 });
    const target = await centre(farCell);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [target] });
    await page.waitForTimeout(50);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    let moved = after;
    for (const end = Date.now() + 10_000; moved.revision === after.revision && Date.now() < end; await page.waitForTimeout(100)) {
      moved = (await t.http.get(`/api/events/${eventId}/versions/2`).set(AUTH)).body;
    }
    expect(moved.revision).toBe(after.revision + 1);
    expect(moved.meetings).toContainEqual({ ...far.m, round: far.round });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("edits a group's members in place: names and e-mails, additions and removals, the group's size kept in step", async () => {
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    const errors = errorsOf(page);
    await signIn(page);
    await page.getByRole('link', { name: /Convention test/ }).click();
    const logement = () =>
      t.http
        .get(`/api/events/${eventId}/instance`)
        .set(AUTH)
        .then((r) => r.body.groups.find((g: any) => g.name === 'Logement'));
    const before = await logement();
    expect(before.members.map((m: any) => m.name)).toEqual(['Carl', 'Dina']);

    await page.locator('details.members summary', { hasText: 'Carl, Dina (2)' }).click();
    await page.getByLabel('Courriel — Carl').fill('carl.neuf@example.org');
    await page.getByLabel('Courriel — Carl').press('Enter');
    await announced(page, /Courriel — Carl/);
    await page.getByLabel('Nom — Dina').fill('Dina Morel');
    await page.getByLabel('Nom — Dina').press('Enter');
    await announced(page, /Nom — Dina/);
    const edited = [
      { ...before.members[0], email: 'carl.neuf@example.org' },
      { ...before.members[1], name: 'Dina Morel' },
    ];
    expect((await logement()).members).toEqual(edited);
    // A wrong address: refused under the field, nothing saved.
    await page.getByLabel('Courriel — Carl').fill('carl@');
    await page.getByLabel('Courriel — Carl').press('Enter');
    await announced(page, /refus/i);
    expect(await page.getByLabel('Courriel — Carl').getAttribute('aria-invalid')).toBe('true');
    expect((await logement()).members).toEqual(edited);

    await page.getByRole('button', { name: 'Ajouter un membre à Logement' }).click();
    await announced(page, /^Ajouté\.$/);
    let group = await logement();
    expect(group.size).toBe(3);
    expect(group.members[2]).toEqual({ id: expect.stringMatching(new RegExp(`^${before.id}-m\\d+$`)), name: 'Nouveau membre 3' });

    // The list stays open when it is drawn again.
    await page.locator('details.members[open] summary', { hasText: '(3)' }).waitFor();
    await page.getByRole('button', { name: 'Supprimer Carl' }).click();
    await announced(page, /^Carl supprimé\.$/);
    group = await logement();
    expect(group.size).toBe(2);
    expect(group.members.map((m: any) => m.name)).toEqual(['Dina Morel', 'Nouveau membre 3']);
    await shot(page, '11-members');

    // Emptied, the list goes and the group keeps its size; started again, one line per person.
    await page.getByRole('button', { name: 'Supprimer Nouveau membre 3' }).click();
    await announced(page, /^Nouveau membre 3 supprimé\.$/);
    await page.getByRole('button', { name: 'Supprimer Dina Morel' }).click();
    await announced(page, /^Dina Morel supprimé\.$/);
    group = await logement();
    expect([group.size, group.members]).toEqual([1, undefined]);
    await t.http.patch(`/api/events/${eventId}/groups/${group.id}`).set(AUTH).send({ size: 2 }).expect(200);
    await page.reload();
    await page.locator('details.members summary', { hasText: 'aucun membre listé (0)' }).click();
    await page.getByRole('button', { name: 'Lister les membres de Logement (2)' }).click();
    await announced(page, /^Ajouté\.$/);
    group = await logement();
    expect([group.size, group.members.map((m: any) => m.name)]).toEqual([2, ['Nouveau membre 1', 'Nouveau membre 2']]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('never overwrites what another organizer changed meanwhile: the change is refused, the screen shows theirs, and the change made again is kept', async () => {
    const groupPath = async () => {
      const group = (await t.http.get(`/api/events/${eventId}/instance`).set(AUTH)).body.groups.find((g: any) => g.name === 'Logement');
      return `/api/events/${eventId}/groups/${group.id}`;
    };
    const path = await groupPath();
    const members = () =>
      t.http
        .get(path)
        .set(AUTH)
        .then((r) => r.body.members.map((m: any) => m.name));
    await t.http
      .patch(path)
      .set(AUTH)
      .send({
        members: [
          { id: 'lg-1', name: 'Aline' },
          { id: 'lg-2', name: 'Bruno' },
        ],
        size: 2,
      })
      .expect(200);
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    const errors = errorsOf(page);
    await signIn(page);
    await page.getByRole('link', { name: /Convention test/ }).click();
    await page.locator('details.members summary', { hasText: 'Aline, Bruno (2)' }).click();

    // Another organizer adds Chloé to the same group, on another computer.
    await t.http
      .patch(path)
      .set(AUTH)
      .send({
        members: [
          { id: 'lg-1', name: 'Aline' },
          { id: 'lg-2', name: 'Bruno' },
          { id: 'lg-3', name: 'Chloé' },
        ],
        size: 3,
      })
      .expect(200);
    await page.getByLabel('Nom — Aline').fill('Aline Roux');
    await page.getByLabel('Nom — Aline').press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a modifié l’événement entre-temps' }).waitFor();
    expect(await members()).toEqual(['Aline', 'Bruno', 'Chloé']);
    // The screen was drawn again; the focus is back on the field the organizer was in, and the
    // refusal is said once, by the notice: the field does not announce it again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nom — Aline');
    await page.waitForTimeout(500);
    expect(await page.locator('#announcer').textContent()).not.toMatch(/refusé/);
    await page.locator('details.members[open] summary', { hasText: 'Aline, Bruno, Chloé (3)' }).waitFor();

    await page.getByLabel('Nom — Aline').fill('Aline Roux');
    await page.getByLabel('Nom — Aline').press('Enter');
    await announced(page, /^Nom — Aline : enregistré\.$/);
    expect(await members()).toEqual(['Aline Roux', 'Bruno', 'Chloé']);
    // Two quick changes in a row are not refused as each other's conflict.
    await page.getByLabel('Nom — Bruno').fill('Bruno Lenoir');
    await page.getByLabel('Nom — Bruno').press('Enter');
    await page.getByLabel('Nom — Chloé').fill('Chloé Marin');
    await page.getByLabel('Nom — Chloé').press('Enter');
    await announced(page, /^Nom — Chloé : enregistré\.$/);
    expect(await members()).toEqual(['Aline Roux', 'Bruno Lenoir', 'Chloé Marin']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('counts every quick click in the wishes matrix, and does not overwrite a wish another organizer changed meanwhile', async () => {
    const instance = (await t.http.get(`/api/events/${eventId}/instance`).set(AUTH)).body;
    const sante = instance.groups.find((g: any) => g.name === 'Santé');
    const [helene, paul] = ['Hélène Martin', 'Paul Durand'].map((n) => instance.experts.find((e: any) => e.name === n));
    const path = `/api/events/${eventId}/groups/${sante.id}`;
    await t.http.patch(path).set(AUTH).send({ wishes: null }).expect(200);
    const wishes = async () => Object.fromEntries(((await t.http.get(path).set(AUTH)).body.wishes ?? []).map((w: any) => [w.expert, w.weight]));
    const cell = (page: Page, expert: string) => page.getByRole('button', { name: new RegExp(`^Santé souhaite entendre ${expert} :`) });
    const context = await browser.newContext(LAPTOP);
    const page = await context.newPage();
    const errors = errorsOf(page);
    await signIn(page);
    await page.goto(`${t.url}/#/events/${eventId}/wishes`);

    // Three clicks on one cell and one on the next, without waiting: each is one step more.
    await cell(page, 'Hélène Martin').click();
    await cell(page, 'Hélène Martin').click();
    await cell(page, 'Hélène Martin').click();
    await cell(page, 'Paul Durand').click();
    await page.getByRole('button', { name: 'Santé souhaite entendre Paul Durand : 1' }).waitFor();
    await page.getByRole('button', { name: 'Santé souhaite entendre Hélène Martin : 3' }).waitFor();
    expect(await wishes()).toEqual({ [helene.id]: 3, [paul.id]: 1 });

    // Another organizer gives Paul Durand 5 for this group.
    await t.http
      .patch(path)
      .set(AUTH)
      .send({
        wishes: [
          { expert: helene.id, weight: 3 },
          { expert: paul.id, weight: 5 },
        ],
      })
      .expect(200);
    await cell(page, 'Hélène Martin').click();
    await page.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a modifié l’événement entre-temps' }).waitFor();
    await page.getByRole('button', { name: 'Santé souhaite entendre Paul Durand : 5' }).waitFor();
    expect(await wishes()).toEqual({ [helene.id]: 3, [paul.id]: 5 });
    await cell(page, 'Hélène Martin').click();
    await page.getByRole('button', { name: 'Santé souhaite entendre Hélène Martin : 4' }).waitFor();
    expect(await wishes()).toEqual({ [helene.id]: 4, [paul.id]: 5 });

    // Pins are removed by position: two quick removals take the two pins clicked, not the one after.
    const logement = instance.groups.find((g: any) => g.name === 'Logement');
    for (const [group, expert] of [
      [sante, helene],
      [logement, paul],
      [sante, paul],
    ]) {
      await t.http.post(`/api/events/${eventId}/pins`).set(AUTH).send({ group: group.id, expert: expert.id }).expect(201);
    }
    await page.reload();
    // Both clicks before the list is drawn again (one task: no network answer can come in between).
    await page.getByRole('button', { name: 'Supprimer Logement — Paul Durand' }).waitFor();
    await page.evaluate(() =>
      ['Supprimer Santé — Hélène Martin', 'Supprimer Logement — Paul Durand'].forEach((name) =>
        document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!.click(),
      ),
    );
    await page.getByRole('button', { name: 'Supprimer Santé — Hélène Martin' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Supprimer Logement — Paul Durand' }).waitFor({ state: 'detached' });
    expect((await t.http.get(`/api/events/${eventId}/instance`).set(AUTH)).body.pins).toEqual([{ group: sante.id, expert: paul.id }]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
