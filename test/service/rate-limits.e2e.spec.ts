/**
 * Brute force against the built service: wrong organizer keys and unknown link tokens are
 * answered 429 with Retry-After past their budget (per address: the tests speak from loopback
 * as the shipped nginx does, naming the client in X-Real-IP), a wrong key is logged without the
 * key, a link holds at most five live streams, and a weak configured key stops the start.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { AUTH, ORGANIZER_KEY, ROOT, sample, startApp, type TestApp } from '../support/test-app';

describe('rate limits', () => {
  let t: TestApp;
  let event: string;
  let token: string;

  beforeAll(async () => {
    t = await startApp();
    event = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const links = (await t.http.get(`/api/events/${event}/links`).set(AUTH).expect(200)).body as Array<{ kind: string; token: string }>;
    token = links.find((l) => l.kind === 'member')!.token;
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after 10 wrong organizer keys from one address, even to the right key, and logs them without the key', async () => {
    const from = { 'X-Real-IP': '203.0.113.7' };
    for (let i = 0; i < 10; i++) await t.http.get('/api/events').set(from).set('Authorization', `Bearer guess-${i}-abcdefghijklmnop`).expect(401);
    const refused = await t.http.get('/api/events').set(from).set('Authorization', 'Bearer guess-10-abcdefghijklmnop').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.error).toMatchObject({ code: 'too_many_requests', messageCode: 'limits.organizer_key' });
    expect(refused.body.error.message).toMatch(/^trop de clés d'organisateur erronées/);
    const english = await t.http.get('/api/events').set(from).set('Accept-Language', 'en').set(AUTH).expect(429);
    expect(english.body.error.message).toMatch(/^too many wrong organizer keys/);
    // Another address, and the missing key of a first visit, are not held back.
    await t.http.get('/api/events').set({ 'X-Real-IP': '203.0.113.8' }).set(AUTH).expect(200);
    for (let i = 0; i < 15; i++) await t.http.get('/api/events').set({ 'X-Real-IP': '203.0.113.9' }).expect(401);
    await t.http.get('/api/events').set({ 'X-Real-IP': '203.0.113.9' }).set(AUTH).expect(200);
    const log = t.output();
    expect(log.match(/wrong organizer key from 203\.0\.113\.7/g)).toHaveLength(10);
    expect(log).not.toContain('guess-');
  });

  it('answers 429 with Retry-After after 30 unknown link tokens from one address, even to a good link, its stream and questions', async () => {
    const from = { 'X-Real-IP': '198.51.100.4' };
    for (let i = 0; i < 30; i++) await t.http.get(`/m/guessed-token-${i}`).set(from).expect(404);
    const refused = await t.http.get('/m/guessed-token-30').set(from).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.text).toMatch(/^trop de liens inconnus/);
    await t.http
      .get(`/m/${token}`)
      .set(from)
      .set('Accept-Language', 'en')
      .expect(429, /^too many unknown links/);
    await t.http.get(`/m/${token}/events`).set(from).expect(429);
    await t.http.post(`/m/${token}/questions`).set(from).type('form').send({ expert: 'e1', text: 'Bonjour ?' }).expect(429);
    await t.http.get(`/m/${token}`).set({ 'X-Real-IP': '198.51.100.5' }).expect(200);
  });

  it('counts unknown calendar feeds and answer links in the same budget as the pages', async () => {
    const from = { 'X-Real-IP': '198.51.100.6' };
    for (let i = 0; i < 20; i++) await t.http.get(`/cal/x/guessed-${i}.ics`).set(from).expect(404);
    for (let i = 0; i < 10; i++) await t.http.get(`/r/guessed-${i}/yes`).set(from).expect(404);
    const refused = await t.http.get('/cal/g/guessed-30.ics').set(from).set('Accept-Language', 'en').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.text).toMatch(/^too many unknown links/);
    await t.http.get(`/m/${token}`).set(from).expect(429);
    await t.http.get('/cal/x/guessed-31.ics').set({ 'X-Real-IP': '198.51.100.7' }).expect(404);
  });

  it('holds at most five live streams per link: the sixth is refused until one closes', async () => {
    const open = async () => {
      const abort = new AbortController();
      const res = await fetch(`${t.url}/m/${token}/events`, { headers: { Accept: 'text/event-stream' }, signal: abort.signal });
      return { res, close: () => abort.abort() };
    };
    const streams = await Promise.all(Array.from({ length: 5 }, open));
    try {
      expect(streams.map((s) => s.res.status)).toEqual([200, 200, 200, 200, 200]);
      const sixth = await open();
      expect(sixth.res.status).toBe(429);
      expect(sixth.res.headers.get('retry-after')).toBe('30');
      expect(await sixth.res.text()).toMatch(/^trop de pages ouvertes en direct avec ce lien \(5 au plus\)/);
      streams.pop()!.close();
      const deadline = Date.now() + 5_000;
      let again = await open();
      while (again.res.status === 429 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        again = await open();
      }
      expect(again.res.status).toBe(200);
      streams.push(again);
    } finally {
      for (const s of streams) s.close();
    }
  });

  it.each([
    ['a short', 'k3Y-short', /CARROUSEL_ORGANIZER_KEY: 32 characters at least \(got 9\)/],
    ['a repeated', 'ab'.repeat(20), /CARROUSEL_ORGANIZER_KEY: key too predictable \(about 40 bits, 100 at least\)/],
    ['a run-of-characters', 'test-organizer-key-0123456789abcd', /CARROUSEL_ORGANIZER_KEY: key too predictable \(a run like "012345"\)/],
  ])('refuses to start with %s organizer key, saying why (in English, as the console speaks)', (_, key, said) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/main.js')], {
      env: { ...process.env, CARROUSEL_ORGANIZER_KEY: key, PORT: '0', DATA_DIR: path.join(ROOT, 'data', 'never-made'), CARROUSEL_DEMO: 'false' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toContain(ORGANIZER_KEY);
  });
});
