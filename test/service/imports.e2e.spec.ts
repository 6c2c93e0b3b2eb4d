/**
 * Spreadsheet imports through the real service: a re-import keeps every person's id and personal
 * link whatever rows were added, removed or reordered; a change of whose link is whose waits for a
 * confirmation; a hostile sparse sheet is refused while the service keeps answering.
 */
import ExcelJS from 'exceljs';
import { twoDayEvent } from '../events/import-helpers';
import { AUTH, startApp, type TestApp } from '../support/test-app';

describe('spreadsheet imports (service)', () => {
  let t: TestApp;
  let id: string;

  beforeAll(async () => {
    t = await startApp();
    id = (await t.http.post('/api/events').set(AUTH).send(twoDayEvent()).expect(201)).body.summary.id;
    const experts = 'Civilité;Prénom;Nom;Courriel;Disponibilités\nMme;Hélène;Dupont;helene@example.org;samedi uniquement\nM.;Paul;Durand;;vendredi + samedi\n';
    await t.http.post(`/api/events/${id}/import/experts`).set(AUTH).attach('file', Buffer.from(experts), 'experts.csv').expect(201);
  });
  afterAll(() => t?.close());

  const importGroups = (csv: string, query = '') =>
    t.http.post(`/api/events/${id}/import/groups${query}`).set(AUTH).attach('file', Buffer.from(csv), 'citoyens.csv');
  const memberLinks = async () => {
    const links: { kind: string; key: string; name: string; token: string }[] = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
    return new Map(links.filter((l) => l.kind === 'member').map((l) => [l.name, { key: l.key, token: l.token }]));
  };

  it('keeps every person’s id and link when rows are added, removed and reordered', async () => {
    const first = ['Prénom;Nom;Groupe;Souhaits', 'Ana;Martin;Santé;Mme Dupont (priorité 1)', 'Zoé;Lefèvre;Santé;', 'Éric;Côté;Mobilité;', 'Léo;Roy;Mobilité;'];
    const answer = (await importGroups(first.join('\n')).expect(201)).body;
    expect(answer).toMatchObject({ added: 2, updated: 0, linkChanges: [] });
    const before = await memberLinks();
    expect([...before.keys()]).toEqual(['Ana Martin', 'Zoé Lefèvre', 'Éric Côté', 'Léo Roy']);

    // Zoé first, a new member above Ana, Léo gone, the groups in the other order.
    const again = ['Prénom;Nom;Groupe;Souhaits', 'Éric;Côté;Mobilité;', 'Nina;Petit;Santé;', 'Zoé;Lefèvre;Santé;', 'Ana;Martin;Santé;Mme Dupont (priorité 1)'];
    expect((await importGroups(again.join('\n')).expect(201)).body).toMatchObject({ added: 0, updated: 2, removed: 1, linkChanges: [] });
    const after = await memberLinks();
    for (const name of ['Ana Martin', 'Zoé Lefèvre', 'Éric Côté']) expect(after.get(name)).toEqual(before.get(name));
    const nina = after.get('Nina Petit')!;
    expect([...before.values()].map((l) => l.key)).not.toContain(nina.key);
    expect(after.has('Léo Roy')).toBe(false);

    // Léo comes back: a new id, never his old one (his old link must not open someone's page).
    await importGroups([...again, 'Léo;Roy;Mobilité;'].join('\n')).expect(201);
    const leo = (await memberLinks()).get('Léo Roy')!;
    expect(leo.key).not.toBe(before.get('Léo Roy')!.key);
  });

  it('asks before a re-import gives someone’s link to someone else, and goes on once confirmed', async () => {
    const ana = (await memberLinks()).get('Ana Martin')!;
    const sheet = `Id;Prénom;Nom;Groupe\n${ana.key};Paula;Lebrun;Santé\n`;
    const refused = (await importGroups(sheet).set('Accept-Language', 'fr').expect(409)).body.error;
    expect(refused.code).toBe('link_changes');
    expect(refused.fields.map((f: { message: string }) => f.message)).toEqual(['le lien personnel de Ana Martin ouvrirait la page de Paula Lebrun']);
    const english = (await importGroups(sheet).set('Accept-Language', 'en').expect(409)).body.error;
    expect(english.fields[0].message).toBe('the personal link of Ana Martin would open the page of Paula Lebrun');
    expect((await memberLinks()).get('Ana Martin')).toEqual(ana);
    const confirmed = (await importGroups(sheet, '?confirmLinkChanges=true').set('Accept-Language', 'fr').expect(201)).body;
    expect(confirmed.linkChanges).toEqual(['le lien personnel de Ana Martin ouvre désormais la page de Paula Lebrun']);
    expect((await memberLinks()).get('Paula Lebrun')).toEqual(ana);
  });

  it('imports wishes alone from their own CSV', async () => {
    const res = await t.http
      .post(`/api/events/${id}/import/wishes`)
      .set(AUTH)
      .attach('file', Buffer.from('Groupe;Expert;Priorité\nMobilité;Paul Durand;1\n'), 'souhaits.csv')
      .expect(201);
    expect(res.body).toMatchObject({ updated: 1 });
    const instance = (await t.http.get(`/api/events/${id}/instance`).set(AUTH).expect(200)).body;
    expect(instance.groups.find((g: { name: string }) => g.name === 'Mobilité').wishes).toEqual([{ expert: 'e2', weight: 10 }]);
  });

  it('refuses with every problem at its row and column, in the request’s language', async () => {
    const res = await importGroups('Prénom;Nom;Groupe;Souhaits;Disponibilités\nAna;Martin;Santé;Hélène Dupond;le week-end\n', '?lang=en').expect(422);
    expect(res.body.error.message).toBe('citoyens.csv: 2 errors, nothing was imported');
    const fields = res.body.error.fields.map((f: { code: string; params: Record<string, unknown>; message: string }) => [
      f.params.row,
      f.params.column,
      f.code,
      f.message,
    ]);
    expect(fields).toHaveLength(2);
    expect(fields).toEqual(
      expect.arrayContaining([
        [2, 'Souhaits', 'import.unknownExpert', 'unknown expert "Hélène Dupond": did you mean Hélène Dupont?'],
        [2, 'Disponibilités', 'import.unknownDay', expect.stringContaining('(e.g. "Friday + Saturday morning")')],
      ]),
    );
  });

  /** 600 rows and one cell in column XFD, holding `far` (a value, or only a style). */
  async function sparseSheet(far: 'value' | 'style'): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Experts');
    sheet.getCell('A1').value = 'nom';
    for (let row = 2; row <= 600; row++) sheet.getCell(`A${row}`).value = `Expert ${row}`;
    if (far === 'value') sheet.getCell('XFD600').value = 'x';
    else sheet.getCell('XFD600').style = { font: { bold: true } };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /**
   * Sends the file while /api/health is asked again and again. Returns the 95th percentile of the
   * waits and the longest: on this shared 2-core machine (load averages of 10 to 14 while the
   * other suites run) 300 probes with no import at all had a 95th percentile of 17–21 ms but a
   * longest wait of 109–278 ms, while the former reader held the service for 48 s.
   */
  async function importWatchingHealth(content: Buffer) {
    let importing = true;
    const waits: number[] = [];
    const probe = (async () => {
      while (importing) {
        const started = performance.now();
        await t.http.get('/api/health').expect(200);
        waits.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const res = await t.http.post(`/api/events/${id}/import/experts`).set(AUTH).attach('file', content, 'sparse.xlsx');
    importing = false;
    await probe;
    const sorted = [...waits].sort((a, b) => a - b);
    return { res, p95: sorted[Math.floor(sorted.length * 0.95)], longest: sorted[sorted.length - 1], probes: waits.length };
  }

  it('refuses 600 rows with a value in column XFD, naming the cell, while health keeps answering', async () => {
    const content = await sparseSheet('value');
    expect(content.length).toBeLessThan(16_000);
    const { res, p95, longest } = await importWatchingHealth(content);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ code: 'import.tooManyColumns', params: { max: 100, file: 'sparse.xlsx', sheet: 'Experts', row: 600, column: 'XFD' } }),
    ]);
    // Not a speed target (the bench has those): a loaded 2-core CI took 126 ms; a blocked loop takes seconds.
    expect(p95).toBeLessThan(400);
    expect(longest).toBeLessThan(1_000);
  });

  it('imports 600 rows whose column XFD is only styled, while health keeps answering', async () => {
    const { res, p95, longest, probes } = await importWatchingHealth(await sparseSheet('style'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ added: 599, updated: 0 });
    expect(probes).toBeGreaterThan(1);
    expect(p95).toBeLessThan(400);
    expect(longest).toBeLessThan(1_000);
  });
});
