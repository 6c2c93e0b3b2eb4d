/**
 * The service behind nginx with the configuration deploy/nginx ships, as docs/deploy.md installs
 * it: each member's own page in their language, live streams and the page's refresh after a
 * publish, revoked links, the organizers' API and uploads, a restart of the service, and the site
 * file itself over HTTPS. Needs nginx: `.ci/run` installs Debian's nginx-light.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { freePort } from '../../src/cli/free-port';
import { DEPLOY, type Proxy, runNginx, startProxy } from '../../src/cli/proxy';
import { raw, watchStream } from '../support/http';
import { describeIf, NGINX_PROGRAM } from '../support/requirements';
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';
import { until } from '../support/until';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What a phone sends for a page: gzip, and its language. */
const phone = (lang: string) => ({ 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': lang });
const html = (res: { headers: Record<string, unknown>; body: Buffer }) =>
  (res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body).toString();

/** The first answer from `url` that `done` accepts, within `ms`, and how long it took. */
async function answered(url: string, headers: Record<string, string>, done: (res: Awaited<ReturnType<typeof raw>>) => boolean, ms: number) {
  const started = Date.now();
  const res = await until(
    `an answer from ${url}`,
    async () => {
      const r = await raw(url, 'GET', headers);
      return done(r) ? r : undefined;
    },
    ms,
  );
  return { res, after: Date.now() - started };
}

describeIf(NGINX_PROGRAM, 'the service behind nginx (deploy/nginx)', () => {
  let t: TestApp;
  let proxy: Proxy;
  let id: string;
  let links: any[];
  const instance = sample('nantes-1.json') as any;
  const link = (kind: string, key: string) => links.find((l) => l.kind === kind && l.key === key);
  const groupOf = (member: string) => instance.groups.find((g: any) => g.members.some((m: any) => m.id === member));
  /** The first member of a group, by the sample's own ids (whatever its generator names them). */
  const firstOf = (group: string): string => instance.groups.find((g: any) => g.id === group).members[0].id;

  beforeAll(async () => {
    // The morning of the first day: every meeting is still to come, so questions are open.
    const clock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-clock-')), 'now');
    fs.writeFileSync(clock, '2027-01-22T08:00:00Z');
    t = await startApp(undefined, { CARROUSEL_CLOCK_FILE: clock, HOST: '127.0.0.1' });
    proxy = await startProxy(t.url);
    id = (await t.http.post('/api/events').set(AUTH).send(instance).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 2000 }).expect(202)).body;
    await waitForJob(t, id, job.id);
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201);
    links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
  }, 90_000);
  afterAll(async () => {
    await proxy?.stop();
    await t?.close();
  });

  it('gives each member their own page, in their language and encoding, from the cache as from the service', async () => {
    const mine = `${proxy.url}/m/${link('member', firstOf('g1')).token}`;
    const theirs = `${proxy.url}/m/${link('member', firstOf('g2')).token}`;
    const [g1, g2] = [groupOf(firstOf('g1')).name, groupOf(firstOf('g2')).name];
    expect(g1).not.toBe(g2);
    // Twice each, one right after the other: the second answers come from nginx's cache, and must still be each one's own.
    for (let i = 0; i < 2; i++) {
      const [fr, en, plain, other] = await Promise.all([
        raw(mine, 'GET', phone('fr')),
        raw(mine, 'GET', phone('en')),
        raw(mine, 'GET', { 'Accept-Language': 'en' }),
        raw(theirs, 'GET', phone('fr')),
      ]);
      expect([fr.status, en.status, plain.status, other.status]).toEqual([200, 200, 200, 200]);
      expect([fr.headers['content-encoding'], en.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['gzip', 'gzip', undefined]);
      expect(html(fr)).toContain('<html lang="fr">');
      expect(html(en)).toContain('<html lang="en">');
      expect(html(plain)).toContain('<html lang="en">');
      expect(html(fr)).toContain(g1);
      expect(html(other)).toContain(g2);
      expect(html(other)).not.toContain(g1);
      // What the service says to browsers and shared caches is passed on unchanged.
      expect(fr.headers['cache-control']).toBe('private, no-cache');
      expect(fr.headers.vary).toBe('Accept-Language, Accept-Encoding');
    }
    const unknown = await raw(`${proxy.url}/m/no-such-token-0123456789`, 'GET', phone('en'));
    expect(unknown.status).toBe(404);
    expect(html(unknown)).toContain('Link not valid');
  });

  it("passes a publish on at once: the open stream hears it, and the page's own refresh gets the new version", async () => {
    const token = link('member', firstOf('g1')).token;
    const page = `${proxy.url}/m/${token}`;
    // The page is in nginx's cache, as it is when a whole room has it open.
    expect(html(await raw(page, 'GET', phone('fr')))).toContain('data-version="1"');
    const stream = watchStream(`${proxy.url}/m/${token}/events?v=1`, /event: schedule/, 5000);
    await stream.opened;
    const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
    const started = Date.now();
    await t.http.post(`/api/events/${id}/versions/${copy.number}/publish`).set(AUTH).expect(201);
    expect(await stream.text).toContain(`id: ${copy.number}`);
    expect(Date.now() - started).toBeLessThan(2000);
    // The page's script then asks with fetch(…, { cache: 'no-store' }), which Chromium sends with these two headers.
    const refreshed = await raw(page, 'GET', { ...phone('fr'), 'Cache-Control': 'no-cache', Pragma: 'no-cache' });
    expect(html(refreshed)).toContain(`data-version="${copy.number}"`);
    // An ordinary reload gets it once the cached copy is past its time: nginx counts whole seconds, so one to two.
    const reload = await answered(page, { ...phone('en'), 'Cache-Control': 'max-age=0' }, (r) => html(r).includes(`data-version="${copy.number}"`), 3000);
    expect(html(reload.res)).toContain(`data-version="${copy.number}"`);
    expect(reload.after).toBeLessThan(3000);
  }, 30_000);

  it('refuses a revoked link within two seconds, and serves the new one', async () => {
    const before = link('member', firstOf('g3'));
    const old = `${proxy.url}/m/${before.token}`;
    expect((await raw(old, 'GET', phone('fr'))).status).toBe(200);
    const after = (
      await t.http
        .post(`/api/events/${id}/links/member/${firstOf('g3')}/reissue`)
        .set(AUTH)
        .expect(201)
    ).body;
    const refused = await answered(old, phone('fr'), (r) => r.status === 404, 5000);
    expect(refused.res.status).toBe(404);
    expect(html(refused.res)).toContain('Lien non valide');
    expect(refused.after).toBeLessThan(3000);
    const fresh = await raw(`${proxy.url}/m/${after.token}`, 'GET', phone('fr'));
    expect(fresh.status).toBe(200);
    expect(html(fresh)).toContain(groupOf(firstOf('g3')).name);
  });

  it("sends questions and the organizers' changes through, never from the cache", async () => {
    const token = link('member', firstOf('g1')).token;
    const form = html(await raw(`${proxy.url}/m/${token}`, 'GET', phone('fr')));
    const expert = /<option value="([^"]+)"/.exec(form)![1];
    // Two questions in the same second: the page each one leads back to shows it.
    const texts = [1, 2].map((n) => `Question ${n} par le proxy ${Date.now()} ?`);
    for (const text of texts) {
      const sent = await fetch(`${proxy.url}/m/${token}/questions`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ expert, text }),
      });
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toBe(`/m/${token}?lang=fr&sent=1#questions`);
      expect(html(await raw(`${proxy.url}${sent.headers.get('location')!.split('#')[0]}`, 'GET', phone('fr')))).toContain(text);
    }
    // Refused questions, twice in the same second: each lands on the page with its own text back, never the other's from the cache.
    for (const text of ['x'.repeat(501), 'y'.repeat(502)]) {
      const refused = await fetch(`${proxy.url}/m/${token}/questions`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ expert, text }),
      });
      expect([refused.status, refused.headers.get('location')]).toEqual([303, `/m/${token}?lang=fr&sent=no#questions`]);
      const cookie = refused.headers.get('set-cookie')!.split(';')[0];
      const again = html(await raw(`${proxy.url}/m/${token}?lang=fr&sent=no`, 'GET', { ...phone('fr'), Cookie: cookie }));
      expect(again).toContain('trop longue');
      expect(again).toContain(`>${text}</textarea>`);
    }
    const expertPage = await answered(
      `${proxy.url}/x/${link('expert', expert).token}`,
      phone('fr'),
      (r) => texts.every((text) => html(r).includes(text)),
      3000,
    );
    for (const text of texts) expect(html(expertPage.res)).toContain(text);

    const api = (method: string, route: string, body?: unknown) =>
      fetch(`${proxy.url}${route}`, {
        method,
        headers: { ...AUTH, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    for (const name of ['Convention par le proxy', 'Convention par le proxy, bis']) {
      expect((await api('PATCH', `/api/events/${id}`, { name })).status).toBe(200);
      expect((await (await api('GET', `/api/events/${id}`)).json()).name).toBe(name);
    }
  });

  it('lets the service answer an upload too big, in its own words', async () => {
    const big = JSON.stringify({ ...instance, padding: 'x'.repeat(10.5 * 1024 * 1024) });
    const res = await fetch(`${proxy.url}/api/events`, { method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.error.message).toMatch(/10 Mo|10 MB/);
  });

  it('serves the site file as shipped over HTTPS, and sends plain HTTP there', async () => {
    const certs = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-site-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=carrousel.example.org',
        '-keyout',
        path.join(certs, 'key.pem'),
        '-out',
        path.join(certs, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const [plain, secure] = [await freePort(), await freePort()];
    // Only what a machine of its own would have differently: its ports, certificate and folders.
    const site = (dir: string) =>
      fs
        .readFileSync(path.join(DEPLOY, 'carrousel.conf'), 'utf8')
        .replace(/^\s*listen \[::\].*$/gm, '')
        .replace('listen 80;', `listen 127.0.0.1:${plain};`)
        .replace('listen 443 ssl http2;', `listen 127.0.0.1:${secure} ssl http2;`)
        .replace('server 127.0.0.1:3000;', `server ${new URL(t.url).host};`)
        .replace('/etc/letsencrypt/live/carrousel.example.org/fullchain.pem', path.join(certs, 'cert.pem'))
        .replace('/etc/letsencrypt/live/carrousel.example.org/privkey.pem', path.join(certs, 'key.pem'))
        .replace('/etc/nginx/snippets/carrousel-locations.conf', path.join(DEPLOY, 'carrousel-locations.conf'))
        .replace('/var/cache/nginx/carrousel', path.join(dir, 'cache'));
    const nginx = await runNginx(site);
    try {
      const token = link('member', firstOf('g1')).token;
      const moved = await raw(`http://127.0.0.1:${plain}/m/${token}?lang=en`, 'GET', { Host: 'carrousel.example.org' });
      expect(moved.status).toBe(301);
      expect(moved.headers.location).toBe(`https://carrousel.example.org/m/${token}?lang=en`);
      const page = await new Promise<{ status: number; body: string; protocol: string }>((resolve, reject) => {
        https
          .get(
            `https://127.0.0.1:${secure}/m/${token}`,
            { ca: fs.readFileSync(path.join(certs, 'cert.pem')), servername: 'carrousel.example.org', headers: { Host: 'carrousel.example.org' } },
            (res) => {
              // Read now: once the answer has ended, its socket goes back to the agent.
              const protocol = (res.socket as TLSSocket).getProtocol() ?? '';
              let body = '';
              res.on('data', (c) => (body += c));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body, protocol }));
            },
          )
          .on('error', reject);
      });
      expect(page.status).toBe(200);
      expect(page.protocol).toMatch(/^TLSv1\.[23]$/);
      expect(page.body).toContain(groupOf(firstOf('g1')).name);
    } finally {
      await nginx.stop();
    }
  });

  // Last: it stops the service.
  it('keeps serving pages already opened while the service restarts', async () => {
    const page = `${proxy.url}/m/${link('member', firstOf('g1')).token}`;
    const before = html(await raw(page, 'GET', phone('fr')));
    await t.close();
    // Not a wait for an event: past the cache's one second of validity, so what nginx serves now is
    // its stale copy, the one path this test is about.
    await sleep(1200);
    const during = await raw(page, 'GET', phone('fr'));
    expect(during.status).toBe(200);
    expect(html(during)).toBe(before);
    // What was never opened cannot be shown: nginx says the service is away.
    expect((await raw(`${proxy.url}/m/${link('member', firstOf('g4')).token}`, 'GET', phone('en'))).status).toBe(502);
  });
});
