/**
 * The personal pages over HTTP: live stream (also across two service instances on one database),
 * question validation, link kinds, and the organizers' printouts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import QRCode from 'qrcode';
import { raw, readStream, watchStream } from '../support/http';
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

describe('personal pages over HTTP', () => {
  let t: TestApp;
  let id: string;
  let links: any[];
  // The first member of the first group, by the sample's own ids.
  const firstGroup = (sample('nantes-1.json') as any).groups[0];
  const firstMember = firstGroup.members[0].id as string;
  const member = () => links.find((l) => l.kind === 'member' && l.key === firstMember);

  beforeAll(async () => {
    // The morning of the first day: every meeting is still to come.
    const clock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-clock-')), 'now');
    fs.writeFileSync(clock, '2027-01-22T08:00:00Z');
    t = await startApp(undefined, { CARROUSEL_CLOCK_FILE: clock });
    id = (await t.http.post('/api/events').set(AUTH).send(sample('nantes-1.json')).expect(201)).body.summary.id;
    links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
  }, 60_000);
  afterAll(() => t.close());

  it('before anything is published: the page says so; cards cannot be printed yet', async () => {
    const page = await t.http.get(`/m/${member().token}`).expect(200);
    expect(page.text).toContain('pas encore publié');
    expect(page.text).toContain(firstGroup.name);
    await t.http.get(`/api/events/${id}/itinerary-cards`).set(AUTH).expect(409);
    // No print address for a sheet that would refuse, nor for a sheet that does not exist.
    const refused = await t.http.post(`/api/events/${id}/print/itinerary-cards`).set(AUTH).set('Accept-Language', 'fr').expect(409);
    expect(refused.body.error.message).toContain('publiez le programme');
    const unknown = await t.http.post(`/api/events/${id}/print/menus`).set(AUTH).set('Accept-Language', 'en').expect(422);
    expect(unknown.body.error.message).toBe('unknown sheet "menus": badges-members, badges-experts, itinerary-cards');
    await t.http.post(`/api/events/${id}/print/badges-members`).expect(401);
  });

  it('sends pages and their files gzipped to those who ask, with the caching each needs', async () => {
    const url = `${t.url}/m/${member().token}`;
    const plain = await raw(url, 'GET', { 'Accept-Language': 'en' });
    const zipped = await raw(url, 'GET', { 'Accept-Language': 'en', 'Accept-Encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect((await raw(url, 'GET', { 'Accept-Encoding': 'br, gzip;q=0' })).headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('lang="en"');
    for (const res of [plain, zipped]) {
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.headers).toMatchObject({ 'cache-control': 'private, no-cache', vary: 'Accept-Language, Accept-Encoding', 'x-robots-tag': 'noindex' });
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await raw(`${url}/?lang=en`, 'GET')).body.toString()).toBe(plain.body.toString());
    const head = await raw(url, 'HEAD', { 'Accept-Language': 'en' });
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, plain.headers['content-length']]);

    const css = plain.body.toString().match(/href="(\/p\/page\.css\?v=[0-9a-f]+)"/)![1];
    const versioned = await raw(`${t.url}${css}`, 'GET', { 'Accept-Encoding': 'gzip' });
    expect(versioned.headers).toMatchObject({
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-encoding': 'gzip',
    });
    const unversioned = await raw(`${t.url}/p/page.css`, 'GET');
    expect(unversioned.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(versioned.body).toString()).toBe(unversioned.body.toString());
    expect((await raw(`${t.url}/p/page.css?v=0000`, 'GET')).headers['cache-control']).toBe('no-cache');
    const missing = await raw(`${t.url}/p/nothing.js`, 'GET');
    expect([missing.status, missing.body.toString()]).toEqual([404, 'fichier introuvable']);
    expect((await raw(`${t.url}/p/nothing.js`, 'GET', { 'Accept-Language': 'en' })).body.toString()).toBe('file not found');
    const worker = await raw(`${t.url}/m/sw.js`, 'GET');
    expect([worker.status, worker.headers['content-type'], worker.headers['cache-control']]).toEqual([200, 'text/javascript; charset=utf-8', 'no-cache']);
    expect(worker.body.toString()).toContain(css);
  });

  it('accepts a link only for its own kind, and answers unknown links with the plain 404 page', async () => {
    const expert = links.find((l) => l.kind === 'expert');
    await t.http.get(`/m/${expert.token}`).expect(404);
    await t.http.get(`/x/${member().token}`).expect(404);
    const res = await t.http.get('/m/no-such-token-0123456789').set('Accept-Language', 'en').expect(404);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('Link not valid');
    expect(res.text).toContain('Lien non valide');
    const stream = await t.http.get(`/m/no-such-token-0123456789/events`).expect(404);
    expect(stream.text).toBe('lien non valide');
    expect((await t.http.get(`/m/no-such-token-0123456789/events?lang=en`)).text).toBe('link not valid');
    await t.http.get(`/x/${member().token}/events`).expect(404);
    await t.http.get(`/m/${expert.token}/events`).expect(404);
  });

  it('pushes a new version on the open stream at once, and tells a late stream what it missed', async () => {
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 2000 }).expect(202)).body;
    await waitForJob(t, id, job.id);
    const stream = watchStream(`${t.url}/m/${member().token}/events?v=0`, /event: schedule/, 10_000);
    await stream.opened;
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201);
    expect(await stream.text).toMatch(/event: schedule\nid: 1\ndata: \{"version":1\}/);
    // A reconnecting browser sends the last id it saw: older than the version in force, it is told at once.
    expect(await readStream(`${t.url}/x/${links.find((l) => l.kind === 'expert').token}/events`, /event: schedule/, 3000, { 'Last-Event-ID': '0' })).toContain(
      'id: 1',
    );
    expect(await readStream(`${t.url}/m/${member().token}/events?v=1`, /event: schedule/, 1000)).not.toContain('event: schedule');
  }, 60_000);

  it('reaches a page served by another instance on the same database within the poll period', async () => {
    // The other instance reads the version in force every 300 ms (LIVE_POLL_MS) instead of 2 s.
    const other = await startApp(t.storage, { LIVE_POLL_MS: '300' });
    try {
      const stream = watchStream(`${other.url}/m/${member().token}/events?v=1`, /event: schedule/, 8000);
      await stream.opened;
      const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
      const started = Date.now();
      await t.http.post(`/api/events/${id}/versions/${copy.number}/publish`).set(AUTH).expect(201);
      expect(await stream.text).toContain(`id: ${copy.number}`);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('keeps a stream alive every LIVE_HEARTBEAT_MS, and ends a replaced link’s stream at once, saying so', async () => {
    const quick = await startApp(t.storage, { LIVE_HEARTBEAT_MS: '200' });
    try {
      const key = (sample('nantes-1.json') as any).groups[3].members[0].id;
      const link = links.find((l) => l.kind === 'member' && l.key === key);
      expect(await readStream(`${quick.url}/m/${link.token}/events?v=99`, /\n:\n\n:\n/, 3000)).toMatch(/^retry: 5000\n\n:\n\n:\n\n$/);
      // Its heartbeat checks links every 200 ms, but the reissue is on this instance: no wait for it.
      const slow = await startApp(t.storage);
      try {
        const stream = watchStream(`${slow.url}/m/${link.token}/events?v=99`, /event: revoked/, 10_000);
        await stream.opened;
        const started = Date.now();
        await slow.http.post(`/api/events/${id}/links/member/${key}/reissue`).set(AUTH).expect(201);
        expect(await stream.text).toBe('retry: 5000\n\nevent: revoked\ndata: {}\n\n');
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        await slow.close();
      }
      links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
    } finally {
      await quick.close();
    }
  }, 60_000);

  it('validates questions: at most 500 characters, only for an expert still to come, never stored twice as HTML', async () => {
    const page = (await t.http.get(`/m/${member().token}`).expect(200)).text;
    const expert = /<option value="([^"]+)"/.exec(page)![1];
    const post = (body: Record<string, string>) => t.http.post(`/m/${member().token}/questions`).type('form').send(body);
    /** A refused question, as a browser without JavaScript follows it: 303 to the page itself, its cookie sent back once. */
    const refused = async (body: Record<string, string>) => {
      const answer = await post(body).expect(303);
      expect(answer.headers.location).toBe(`/m/${member().token}?lang=fr&sent=no#questions`);
      const cookie = answer.headers['set-cookie'][0].split(';')[0];
      expect(answer.headers['set-cookie'][0]).toMatch(new RegExp(`; Path=/m/${member().token}; Max-Age=600; HttpOnly; SameSite=Lax$`));
      const page = await t.http.get(`/m/${member().token}?lang=fr&sent=no`).set('Cookie', cookie).expect(200);
      expect(page.headers['cache-control']).toBe('private, no-store');
      expect(page.headers['set-cookie'][0]).toMatch(/^carrousel-ask=; Path=.*; Max-Age=0/);
      return page.text;
    };
    const long = await refused({ expert, text: 'é'.repeat(501) });
    expect(long).toContain('trop longue');
    expect(long).toContain('é'.repeat(501)); // the text is kept for the member to shorten
    expect(long).toContain(`<option value="${expert}" selected`);
    expect(await refused({ expert: 'e-unknown', text: 'Bonjour ?' })).toContain('Choisissez un expert');
    expect(await refused({ expert, text: '   ' })).toContain('Écrivez votre question');
    // Read once: the same address without the cookie (a reload) is the page as it is, without the error.
    const reloaded = (await t.http.get(`/m/${member().token}?lang=fr&sent=no`).expect(200)).text;
    expect(reloaded).not.toContain('Écrivez votre question');
    // A forged cookie is not one of ours: ignored.
    expect((await t.http.get(`/m/${member().token}?sent=no`).set('Cookie', 'carrousel-ask=e30').expect(200)).text).not.toContain('role="alert"');
    await post({ expert, text: 'x', extra: '1' }).expect(400);
    const ok = await post({ expert, text: `${'a'.repeat(460)} <img src=x onerror=alert(1)>` }).expect(303);
    expect(ok.headers.location).toBe(`/m/${member().token}?lang=fr&sent=1#questions`);
    const expertPage = (await t.http.get(`/x/${links.find((l) => l.kind === 'expert' && l.key === expert).token}`).expect(200)).text;
    expect(expertPage).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(expertPage).not.toContain('<img src=x');
  });

  it('keeps a member to 30 questions, even when 40 are sent at once', async () => {
    const other = links.filter((l) => l.kind === 'member')[1];
    const expert = /<option value="([^"]+)"/.exec((await t.http.get(`/m/${other.token}`).expect(200)).text)![1];
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.http
          .post(`/m/${other.token}/questions`)
          .type('form')
          .send({ expert, text: `Question ${i} ?` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    const refused = answers.filter((a) => a.headers.location?.includes('sent=no')).length;
    expect([statuses.every((s) => s === 303), answers.length - refused, refused]).toEqual([true, 30, 10]);
  });

  it('prints badges with names and no personal link, and one itinerary card per member with its QR code (organizers only)', async () => {
    await t.http.get(`/api/events/${id}/badges/members`).expect(401);
    const badges = (
      await t.http
        .get(`/api/events/${id}/badges/members`)
        .set(AUTH)
        .expect(200)
        .expect('Content-Type', /text\/html/)
    ).text;
    const members = links.filter((l) => l.kind === 'member');
    expect(badges.match(/class="badge /g)).toHaveLength(members.length);
    expect(badges).not.toContain('<svg xmlns');
    expect(badges).not.toContain(members[0].url);
    expect(badges).toContain('@page{size:A4');
    const experts = (await t.http.get(`/api/events/${id}/badges/experts`).set(AUTH).expect(200)).text;
    expect(experts.match(/class="badge /g)).toHaveLength(links.filter((l) => l.kind === 'expert').length);
    const cards = (await t.http.get(`/api/events/${id}/itinerary-cards`).set(AUTH).expect(200)).text;
    // Each member's itinerary on one card, with the QR code of their page.
    expect(cards).toContain(await QRCode.toString(members[0].url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    const people = (sample('nantes-1.json') as any).groups.flatMap((g: any) => g.members);
    // One card each (a card alone is not numbered), all of one size to cut the sheets alike.
    expect(cards.match(/<p>Votre parcours · Your itinerary<\/p>/g)).toHaveLength(members.length);
    expect(cards.match(/class="card"/g)).toHaveLength(members.length);
    expect(new Set(cards.match(/data-size="A\d"/g))).toEqual(new Set(['data-size="A5"']));
    for (const person of people) expect(cards).toContain(`<h2>${person.name}</h2>`);
    // Names, never addresses, on paper.
    expect(people.every((person: any) => !person.email || !cards.includes(person.email))).toBe(true);
    // The same sheet through a print ticket, in a tab with no key: served, never cached; a ticket altered by one character opens nothing.
    const { url } = (await t.http.post(`/api/events/${id}/print/itinerary-cards`).set(AUTH).expect(201)).body;
    expect(url).toMatch(/^\/print\/[\w-]+$/);
    const printed = await t.http.get(url).expect(200).expect('Cache-Control', 'no-store');
    expect(printed.text).toBe(cards);
    const altered = url.slice(0, -2) + (url.at(-2) === 'A' ? 'B' : 'A') + url.at(-1);
    const refused = await t.http.get(altered).expect(404);
    expect(refused.text).toContain('relancez l’impression');
    expect(refused.text).toContain('print again from the app');

    // Once a grid in force leaves an expert out (she declined, a replan took her out), her badge goes.
    const api = (p: string) => `/api/events/${id}${p}`;
    const inForce = (await t.http.get(api('/versions')).set(AUTH).expect(200)).body.find((v: any) => v.status === 'published').number;
    const copy = (
      await t.http
        .post(api(`/versions/${inForce}/copy`))
        .set(AUTH)
        .expect(201)
    ).body;
    const gone = copy.meetings[0].expert;
    let revision = copy.revision;
    for (const m of copy.meetings.filter((x: any) => x.expert === gone))
      revision = (
        await t.http
          .post(api(`/versions/${copy.number}/adjustments`))
          .set(AUTH)
          .send({ revision, op: 'remove', from: { round: m.round, group: m.group } })
          .expect(201)
      ).body.revision;
    await t.http
      .post(api(`/versions/${copy.number}/publish`))
      .set(AUTH)
      .expect(201);
    const goneName = (sample('nantes-1.json') as any).experts.find((e: any) => e.id === gone).name;
    const fewer = (await t.http.get(api('/badges/experts')).set(AUTH).expect(200)).text;
    expect(fewer.match(/class="badge /g)).toHaveLength(links.filter((l) => l.kind === 'expert').length - 1);
    expect(fewer).not.toContain(`>${goneName}<`);
  }, 60_000);
});
