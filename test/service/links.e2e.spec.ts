import { AUTH, sample, startApp, type TestApp } from '../support/test-app';

describe('personal links', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startApp();
    id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
  });
  afterAll(() => t.close());

  it('gives every member, expert and group one unguessable link, the same on every call', async () => {
    const links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
    const instance = sample('small-1.json') as any;
    const members = instance.groups.flatMap((g: any) => g.members ?? []).length;
    expect(links).toHaveLength(members + instance.experts.length + instance.groups.length);
    for (const l of links) expect(l.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Set(links.map((l: any) => l.token)).size).toBe(links.length);
    expect(links.find((l: any) => l.kind === 'member').url).toBe(`${t.url}/m/${links.find((l: any) => l.kind === 'member').token}`);
    expect((await t.http.get(`/api/events/${id}/links`).set(AUTH)).body).toEqual(links);
  });

  it('reissues a link: the new token differs and the old one no longer appears', async () => {
    const before = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.find((l: any) => l.kind === 'expert');
    const after = (await t.http.post(`/api/events/${id}/links/expert/${before.key}/reissue`).set(AUTH).expect(201)).body;
    expect(after.token).not.toBe(before.token);
    const tokens = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.map((l: any) => l.token);
    expect(tokens).toContain(after.token);
    expect(tokens).not.toContain(before.token);
    await t.http.post(`/api/events/${id}/links/wizard/x/reissue`).set(AUTH).expect(400);
  });

  it('makes one link per person when the links are first asked for many times at once', async () => {
    const other = (await t.http.post('/api/events').set(AUTH).send(sample('nantes-1.json')).expect(201)).body.summary.id;
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.http.get(`/api/events/${other}/links`).set(AUTH).expect(200)));
    const first = answers[0].body.map((l: any) => l.token);
    expect(new Set(first).size).toBe(first.length);
    for (const a of answers) expect(a.body.map((l: any) => l.token)).toEqual(first);
  });

  it('reissues a link once when asked twice at once: the other is told, and one link works', async () => {
    const before = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.find((l: any) => l.kind === 'member');
    const [a, b] = await Promise.all([0, 1].map(() => t.http.post(`/api/events/${id}/links/member/${before.key}/reissue`).set(AUTH)));
    const statuses = [a.status, b.status].sort();
    // SQLite runs the two one after the other: the second reissues the first one's link. PostgreSQL may run them together: one is refused.
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    const refused = [a, b].find((r) => r.status === 409);
    if (refused) expect(refused.body.error.message).toMatch(/^ce lien vient d’être renouvelé par quelqu’un d’autre ; rechargez les liens$/);
    const now = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body.filter((l: any) => l.kind === 'member' && l.key === before.key);
    expect(now).toHaveLength(1);
    const issued = [a, b].filter((r) => r.status === 201).map((r) => r.body.token);
    expect(issued).toContain(now[0].token);
    for (const token of [before.token, ...issued.filter((x) => x !== now[0].token)]) await t.http.get(`/m/${token}`).expect(404);
    await t.http.get(`/m/${now[0].token}`).expect(200);
  });
});
