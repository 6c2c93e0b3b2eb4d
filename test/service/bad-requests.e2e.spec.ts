/**
 * The corpus of bad requests (bad-requests/corpus.ts) against the built service: none may get a
 * 5xx or a 2xx; each refusal names its field, in French by default and in English with
 * Accept-Language: en, never in class-validator's, body-parser's or Nest's own words; and the
 * event is exactly as it was afterwards.
 */
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';
import { type BadRequest, CORPUS } from './bad-requests/corpus';

/** What class-validator, body-parser and Nest say when a refusal slips past the validation layer. */
const FRAMEWORK_WORDS = new RegExp(
  [
    'Unexpected token',
    'is not valid JSON',
    'Validation failed',
    'should not exist',
    'must be an? (integer number|string|boolean value|object)',
    'must be (longer|shorter) than',
    'must not be (greater|less) than',
    'must be one of the following values',
    'Bad Request',
    'Cannot (GET|POST)',
  ].join('|'),
);
const PARALLEL = 6;

interface Answer {
  status: number;
  fields: Array<{ path: string; message: string }>;
  message: string;
}

describe('bad requests', () => {
  let t: TestApp;
  const slots: Record<string, string> = {};

  beforeAll(async () => {
    t = await startApp();
    slots.event = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${slots.event}/generations`).set(AUTH).send({ timeLimitMs: 1000 }).expect(202)).body;
    slots.n = String((await waitForJob(t, slots.event, job.id)).versionNumber);
    const links = (await t.http.get(`/api/events/${slots.event}/links`).set(AUTH).expect(200)).body as Array<{ kind: string; token: string }>;
    slots.token = links.find((l) => l.kind === 'member')!.token;
  }, 60_000);
  afterAll(() => t.close());

  async function send(bad: BadRequest, lang: 'fr' | 'en'): Promise<Answer> {
    const path = bad.path.replace(/\{(\w+)\}/g, (_, name: string) => slots[name]);
    const method = bad.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = t.http[method](path)
      .set(AUTH)
      .set('Accept-Language', lang === 'en' ? 'en-GB,en;q=0.9' : 'fr-FR,fr;q=0.9');
    for (const [name, value] of Object.entries(bad.headers ?? {})) req = req.set(name, value);
    if (bad.raw !== undefined) req = req.set('Content-Type', bad.type!).send(bad.raw);
    else if (bad.body !== undefined) req = req.send(bad.body as object);
    const res = await req;
    return { status: res.status, fields: res.body?.error?.fields ?? [], message: res.body?.error?.message ?? res.text };
  }

  /** What is wrong with the answers to one bad request, or undefined when they are right. */
  function judge(bad: BadRequest, fr: Answer, en: Answer): string | undefined {
    if (fr.status < 400 || fr.status >= 500) return `answered ${fr.status}: ${fr.message.slice(0, 200)}`;
    if (en.status !== fr.status) return `answered ${fr.status} in French, ${en.status} in English`;
    const said = fr.fields.find((f) => f.path === bad.field);
    const saidEn = en.fields.find((f) => f.path === bad.field);
    if (!said || !saidEn) return `did not name ${bad.field}: ${JSON.stringify(fr.fields).slice(0, 300)}`;
    if (said.message === saidEn.message) return `same words in both languages: ${said.message}`;
    for (const text of [said.message, saidEn.message, fr.message, en.message]) if (FRAMEWORK_WORDS.test(text)) return `the framework's words: ${text}`;
    return undefined;
  }

  it(`refuses ${CORPUS.length} bad requests with a 4xx naming the field, in French and in English, and keeps the event`, async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    const before = (await t.http.get(`/api/events/${slots.event}/instance`).set(AUTH).expect(200)).body;
    const wrong: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < CORPUS.length) {
          const bad = CORPUS[next++];
          const fr = await send(bad, 'fr');
          const en = await send(bad, 'en');
          statuses.set(fr.status, (statuses.get(fr.status) ?? 0) + 1);
          const problem = judge(bad, fr, en);
          if (problem) wrong.push(`${bad.name}: ${problem}`);
        }
      }),
    );
    expect(wrong).toEqual([]);
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
    const after = (await t.http.get(`/api/events/${slots.event}/instance`).set(AUTH).expect(200)).body;
    expect(after).toEqual(before);
    const versions = (await t.http.get(`/api/events/${slots.event}/versions`).set(AUTH).expect(200)).body;
    expect(versions).toHaveLength(1);
  }, 240_000);

  it('stores names NFC-normalised, and takes accented Latin ids and names in any script', async () => {
    const decomposed = 'He\u0301le\u0300ne Mai\u0308a';
    const added = await t.http
      .post(`/api/events/${slots.event}/experts`)
      .set(AUTH)
      .send({ id: 'hélène-1', name: decomposed, themes: ['sante\u0301'] })
      .expect(201);
    expect(added.body.revision).toBeGreaterThan(1);
    const stored = (await t.http.get(`/api/events/${slots.event}/experts/hélène-1`).set(AUTH).expect(200)).body;
    expect(stored).toMatchObject({ name: 'Hélène Maïa', themes: ['santé'] });
    expect(stored.name).toBe(decomposed.normalize('NFC'));
    await t.http.patch(`/api/events/${slots.event}/experts/hélène-1`).set(AUTH).send({ name: 'Лена Петрова' }).expect(200);
    await t.http.patch(`/api/events/${slots.event}/experts/hélène-1`).set(AUTH).send({ name: 'ليلى حداد' }).expect(200);
    await t.http.delete(`/api/events/${slots.event}/experts/hélène-1`).set(AUTH).expect(200);
  });
});
