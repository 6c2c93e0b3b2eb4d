/**
 * Every HTML answer of the built service says what a browser may run in it (Content-Security-
 * Policy) and not to guess its type (nosniff); no answer says what serves it (X-Powered-By).
 */
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

describe('security headers', () => {
  let t: TestApp;
  let event: string;
  let links: Array<{ kind: string; token: string }>;

  beforeAll(async () => {
    t = await startApp();
    event = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${event}/generations`).set(AUTH).send({ timeLimitMs: 1000 }).expect(202)).body;
    const { versionNumber } = await waitForJob(t, event, job.id);
    await t.http.post(`/api/events/${event}/versions/${versionNumber}/publish`).set(AUTH).send({}).expect(201);
    links = (await t.http.get(`/api/events/${event}/links`).set(AUTH).expect(200)).body;
  }, 60_000);
  afterAll(() => t.close());

  it('sends a CSP and nosniff with every HTML answer, and never X-Powered-By', async () => {
    const token = (kind: string) => links.find((l) => l.kind === kind)!.token;
    const printed = (await t.http.post(`/api/events/${event}/print/itinerary-cards`).set(AUTH).expect(201)).body.url;
    const pages: Array<[string, boolean]> = [
      ['/', false],
      ['/api/docs', false],
      [`/api/events/${event}/versions/1/export/html`, true],
      [`/api/events/${event}/badges/members`, true],
      [`/api/events/${event}/badges/experts`, true],
      [`/api/events/${event}/itinerary-cards`, true],
      [`/m/${token('member')}`, false],
      [`/x/${token('expert')}`, false],
      ['/m/no-such-link', false],
      [printed, false],
      ['/print/not-a-ticket', false],
    ];
    for (const [path, organizer] of pages) {
      const res = organizer ? await t.http.get(path).set(AUTH) : await t.http.get(path).redirects(1);
      expect([path, res.status < 500, res.headers['content-type']]).toEqual([path, true, expect.stringMatching(/^text\/html/)]);
      expect([path, res.headers['x-content-type-options']]).toEqual([path, 'nosniff']);
      expect([path, res.headers['content-security-policy']]).toEqual([path, expect.stringMatching(/default-src '(none|self)'.*frame-ancestors 'none'/)]);
      expect([path, res.headers['x-powered-by']]).toEqual([path, undefined]);
    }
    // The documents an organizer prints run no script at all, in a tab of their own too.
    const exported = await t.http.get(`/api/events/${event}/versions/1/export/html`).set(AUTH);
    expect(exported.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect((await t.http.get(printed)).headers['content-security-policy']).toMatch(/^default-src 'none'/);
    for (const path of ['/api/health', '/api/events', `/cal/x/${token('expert')}.ics`]) {
      expect((await t.http.get(path).set(AUTH)).headers['x-powered-by']).toBeUndefined();
    }
  });
});
