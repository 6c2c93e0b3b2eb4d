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
});
