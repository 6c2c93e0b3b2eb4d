import { generateInstance } from '../../src/engine';
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';

describe('events over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  describe('access', () => {
    it('refuses organizer routes without the key, in the one error shape', async () => {
      const res = await t.http.get('/api/events').expect(401);
      expect(res.body.error).toMatchObject({ code: 'unauthorized', message: expect.stringContaining('Authorization: Bearer'), fields: [] });
      await t.http.get('/api/events').set({ Authorization: 'Bearer wrong' }).expect(401);
    });

    it('serves health and the OpenAPI document without a key', async () => {
      expect((await t.http.get('/api/health').expect(200)).body).toMatchObject({
        status: 'ok',
        database: process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite',
      });
      const doc = (await t.http.get('/api/docs-json').expect(200)).body;
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/api/events', '/api/events/{id}/generations', '/api/events/{id}/versions/{n}/adjustments']),
      );
    });
  });

  describe('import and export in the exchange format', () => {
    it('stores an instance and gives it back unchanged', async () => {
      const nantes = sample('nantes-1.json');
      const created = (await t.http.post('/api/events').set(AUTH).send(nantes).expect(201)).body;
      expect(created.summary.counts).toMatchObject({ rounds: 13, tables: 16, experts: 32, groups: 16 });
      const back = (await t.http.get(`/api/events/${created.summary.id}/instance`).set(AUTH).expect(200)).body;
      const { revision, ...instance } = back;
      expect(revision).toBe(1);
      expect(instance).toEqual(nantes);
    });

    it('refuses an invalid instance with every error, each naming its field', async () => {
      const bad = sample('small-1.json') as any;
      bad.rounds[1].end = bad.rounds[1].start;
      bad.groups[0].wishes[0].expert = 'e99';
      const res = await t.http.post('/api/events').set(AUTH).send(bad).expect(422);
      expect(res.body.error.code).toBe('invalid_input');
      const paths = res.body.error.fields.map((f: { path: string }) => f.path);
      expect(paths).toEqual(expect.arrayContaining(['rounds[1].end', 'groups[0].wishes[0].expert']));
      expect((await t.http.get('/api/events').set(AUTH)).body.every((e: { name: string }) => e.name !== bad.event.name)).toBe(true);
    });
  });

  describe('items', () => {
    let id: string;
    beforeAll(async () => {
      id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    });

    it('adds, changes and removes an expert, bumping the revision', async () => {
      const added = (
        await t.http
          .post(`/api/events/${id}/experts`)
          .set(AUTH)
          .send({ id: 'e7', name: 'Nadia Benali', themes: ['santé'] })
          .expect(201)
      ).body;
      expect(added.items.map((x: { key: string }) => x.key)).toContain('e7');
      const changed = (await t.http.patch(`/api/events/${id}/experts/e7`).set(AUTH).send({ maxMeetings: 2, themes: null }).expect(200)).body;
      expect(changed.revision).toBe(added.revision + 1);
      expect((await t.http.get(`/api/events/${id}/experts/e7`).set(AUTH).expect(200)).body).toEqual({ id: 'e7', name: 'Nadia Benali', maxMeetings: 2 });
      await t.http.delete(`/api/events/${id}/experts/e7`).set(AUTH).expect(200);
      await t.http.get(`/api/events/${id}/experts/e7`).set(AUTH).expect(404);
    });

    it('refuses a change that leaves a dangling reference, naming it, and keeps the data', async () => {
      const before = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
      const wished = before.groups[0].wishes[0].expert;
      const res = await t.http.delete(`/api/events/${id}/experts/${wished}`).set(AUTH).expect(422);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain('groups[0].wishes[0].expert');
      expect(res.body.error.fields.find((f: { path: string }) => f.path === 'groups[0].wishes[0].expert').message).toBe(`expert « ${wished} » inconnu`);
      const after = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
      expect(after).toEqual(before);
    });

    it('refuses an e-mail address no mail server would take, naming the field, and keeps the data', async () => {
      const before = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
      const expert = before.experts[1];
      const res = await t.http.patch(`/api/events/${id}/experts/${expert.id}`).set(AUTH).send({ email: 'marie@' }).expect(422);
      expect(res.body.error.fields).toEqual([
        { path: 'experts[1].email', message: 'adresse e-mail invalide « marie@ »', code: 'events.bad_email', params: { email: 'marie@' } },
      ]);
      const group = before.groups.find((g: any) => g.members?.length);
      const members = group.members.map((m: any, i: number) => (i === 0 ? { ...m, email: 'sans arobase.org' } : m));
      const refused = await t.http.patch(`/api/events/${id}/groups/${group.id}`).set(AUTH).send({ members }).expect(422);
      expect(refused.body.error.fields[0].path).toMatch(/^groups\[\d+\]\.members\[0\]\.email$/);
      expect((await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body).toEqual(before);
      // An address a calendar invitation could not carry is refused too: one rule for what comes in and what goes out.
      await t.http.patch(`/api/events/${id}/experts/${expert.id}`).set(AUTH).send({ email: 'élodie@exämple.fr' }).expect(422);
      // Spaces around an address are forgiven; a blank one is no address.
      await t.http.patch(`/api/events/${id}/experts/${expert.id}`).set(AUTH).send({ email: ' marie.roux@example.org ' }).expect(200);
      await t.http.patch(`/api/events/${id}/experts/${expert.id}`).set(AUTH).send({ email: '' }).expect(200);
      // A whole event with a wrong address is refused at creation, the field named.
      const bad = sample('small-1.json') as any;
      bad.groups[1].members[2].email = 'jean@@example.org';
      const created = await t.http.post('/api/events').set(AUTH).send(bad).expect(422);
      expect(created.body.error.fields).toEqual([
        {
          path: 'groups[1].members[2].email',
          code: 'events.bad_email',
          params: { email: 'jean@@example.org' },
          message: 'adresse e-mail invalide « jean@@example.org »',
        },
      ]);
    });

    it('refuses a change made on an old revision (If-Match) with 409', async () => {
      const { revision } = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
      await t.http.patch(`/api/events/${id}`).set(AUTH).set('If-Match', `"${revision}"`).send({ name: 'Premier' }).expect(200);
      const res = await t.http.patch(`/api/events/${id}`).set(AUTH).set('If-Match', `"${revision}"`).send({ name: 'Second' }).expect(409);
      expect(res.body.error.code).toBe('conflict');
      expect((await t.http.get(`/api/events/${id}`).set(AUTH)).body.name).toBe('Premier');
    });

    it('validates the event fields at the edge', async () => {
      const res = await t.http.patch(`/api/events/${id}`).set(AUTH).send({ name: '', colour: 'red' }).expect(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['colour', 'name']);
    });

    it('edits pins by position and unknown lists are 404', async () => {
      const pins = (await t.http.get(`/api/events/${id}/pins`).set(AUTH).expect(200)).body;
      expect(pins[0].key).toBe('0');
      await t.http.get(`/api/events/${id}/colours`).set(AUTH).expect(404);
    });

    it('deletes an event with everything in it', async () => {
      const other = (await t.http.post('/api/events').set(AUTH).send(sample('dst-1.json')).expect(201)).body.summary.id;
      await t.http.delete(`/api/events/${other}`).set(AUTH).expect(204);
      await t.http.get(`/api/events/${other}`).set(AUTH).expect(404);
    });
  });

  describe('spreadsheet import', () => {
    let id: string;
    beforeAll(async () => {
      id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    });

    it('imports experts from a French CSV', async () => {
      const csv = '\uFEFFid;Nom;Courriel;Organisation;Thèmes\ne20;Jeanne Roux;jeanne@example.org;Ville de Nantes;santé, mobilité\n';
      const res = await t.http.post(`/api/events/${id}/import/experts`).set(AUTH).attach('file', Buffer.from(csv), 'experts.csv').expect(201);
      expect(res.body.imported).toBe(1);
      const expert = (await t.http.get(`/api/events/${id}/experts/e20`).set(AUTH).expect(200)).body;
      expect(expert).toMatchObject({ name: 'Jeanne Roux', email: 'jeanne@example.org', themes: ['santé', 'mobilité'] });
    });

    it('refuses a file with a bad row, naming file, row and column, and imports nothing', async () => {
      const { revision } = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
      const csv = 'id,name,email\ne30,Paul Henry,paul@example.org\ne31,Marie Lenoir,marie@\n';
      const res = await t.http.post(`/api/events/${id}/import/experts`).set(AUTH).attach('file', Buffer.from(csv), 'experts.csv').expect(422);
      expect(res.body.error.fields).toEqual([
        expect.objectContaining({ path: 'experts.csv, row 3, email', code: 'import.badEmail', message: expect.stringContaining('marie@') }),
      ]);
      await t.http.get(`/api/events/${id}/experts/e30`).set(AUTH).expect(404);
      expect((await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body.revision).toBe(revision);
    });
  });

  describe('size', () => {
    it('takes a 200-group event with its members, and refuses a body over 10 MB in both languages', async () => {
      const xl = generateInstance({ family: 'xl', seed: 1 });
      expect(JSON.stringify(xl).length).toBeGreaterThan(200_000);
      const made = (await t.http.post('/api/events').set(AUTH).send(xl).expect(201)).body.summary;
      expect(made.counts).toMatchObject({ groups: 200, experts: 400 });
      const huge = { ...xl, event: { ...xl.event, name: 'x'.repeat(11 * 1024 * 1024) } };
      const refused = await t.http.post('/api/events').set(AUTH).send(huge).expect(413);
      expect(refused.body.error).toEqual({
        code: 'too_large',
        message: 'requête trop volumineuse (10 Mo au plus)',
        messageCode: 'http.too_large',
        params: { megabytes: 10 },
        fields: [],
      });
    });
  });
});
