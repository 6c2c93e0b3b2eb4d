/**
 * The day through the API on a real service and SQLite file: a Friday delay leaves Saturday as it
 * was (and one that would run into Saturday is refused, saying why), a second replan replaces the
 * open draft with its preview, a publish says first whom it reaches, and a crash during a publish
 * with notices loses none: after the restart every member concerned gets one e-mail, once.
 */
import fs from 'node:fs';
import { decodeHeader, parseMime, TestInbox } from '../support/mail';
import { rehearseDay } from '../support/rehearsal';
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';
import { untilOutboxSent } from '../support/outbox';
import { until } from '../support/until';

const FAST = { OUTBOX_INTERVAL_MS: '150', OUTBOX_RETRY_BASE_MS: '300', INVITATIONS_RECONCILE_MS: '400' };
/** Aims a kill at a moment of the publish under way: not a wait for something to happen. */
const aim = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** nantes-1: Friday 22 January 18:00–20:25 (r1–r6) and Saturday 23 09:30–12:20 (r7–r13), Paris. */
describe('running the day through the API', () => {
  const inbox = new TestInbox();
  const instance = sample('nantes-1.json') as any;
  let t: TestApp;
  let id: string;
  let clock: string;

  beforeAll(async () => {
    await inbox.start();
    ({ t, id, clock } = await rehearseDay({ ...FAST, SMTP_URL: inbox.url }));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await inbox.stop();
  });

  const rounds = async (n: number) => (await t.http.get(`/api/events/${id}/versions/${n}/export/json`).set(AUTH).expect(200)).body;

  it('a Friday delay moves Friday’s rounds from the given one and leaves Saturday untouched, with a warning on the session’s end', async () => {
    const preview = (await t.http.post(`/api/events/${id}/live/delays/preview?lang=fr`).set(AUTH).send({ fromRound: 'r4', minutes: 10 }).expect(200)).body;
    expect(preview.moved.map((m: any) => m.id)).toEqual(['r4', 'r5', 'r6']);
    expect(preview.warnings.map((w: any) => w.message)).toEqual(['la session finira à 20\u00a0h\u00a035 au lieu de 20\u00a0h\u00a025']);
    expect(preview.reach.memberPages).toBeGreaterThan(0);

    const done = (await t.http.post(`/api/events/${id}/live/delays?lang=en`).set(AUTH).send({ fromRound: 'r4', minutes: 10 }).expect(201)).body;
    expect(done.reason.message).toBe('10 min delay from the 19:15 round');
    const setup = (await t.http.get(`/api/events/${id}/instance`).set(AUTH).expect(200)).body;
    const before = instance.rounds.map((r: any) => [r.id, r.start]);
    const moved = new Set(['r4', 'r5', 'r6']);
    const expected = before.map(([rid, start]: [string, string]) => [
      rid,
      moved.has(rid) ? `${start.slice(0, 11)}${{ r4: '19:25', r5: '19:50', r6: '20:15' }[rid]}` : start,
    ]);
    expect(setup.rounds.map((r: any) => [r.id, r.start])).toEqual(expected);
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH).expect(200)).body;
    expect(live.sessions.map((s: any) => s.rounds.length)).toEqual([6, 7]);
    expect(live.version).toBe(done.number);
    // The meetings are those of the version before; only the clock moved.
    const diff = (await t.http.get(`/api/events/${id}/versions/1/diff/${done.number}`).set(AUTH).expect(200)).body;
    expect(diff).toMatchObject({ added: [], removed: [], moved: [] });
  });

  it('refuses a delay that would run into Saturday’s session, naming the round and the times, and publishes nothing', async () => {
    const before = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.version;
    const refused = (await t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r6', minutes: 800 }).expect(409)).body.error;
    expect(refused.messageCode).toBe('live.delay.intoNextSession');
    expect(refused.message).toBe(
      'le tour de 20\u00a0h\u00a015 finirait à 9\u00a0h\u00a055, après le début de la session suivante (samedi 23 janvier, 9\u00a0h\u00a030) : retard refusé',
    );
    await t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r1', minutes: 5 }).expect(409);
    expect((await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.version).toBe(before);
  });

  it('a second replan replaces the open draft; the preview names what changes, shares and idle before and after', async () => {
    const inForce = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.version;
    const current = (await t.http.get(`/api/events/${id}/versions/${inForce}`).set(AUTH)).body;
    const busy = Object.entries(
      current.meetings
        .filter((m: any) => Number(m.round.slice(1)) >= 3)
        .reduce((n: Record<string, number>, m: any) => ({ ...n, [m.expert]: (n[m.expert] ?? 0) + 1 }), {}),
    ).sort((a, b) => (b[1] as number) - (a[1] as number))[0][0];
    const name = instance.experts.find((e: any) => e.id === busy).name;
    await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'expert', key: busy, status: 'absent' }).expect(201);
    const first = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
    const second = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
    expect(second.version).toBe(first.version);
    const versions = (await t.http.get(`/api/events/${id}/versions`).set(AUTH)).body;
    expect(versions.filter((v: any) => v.origin === 'replan' && v.status === 'draft')).toHaveLength(1);

    const p = second.preview;
    expect(p.from.start).toBe('2027-01-22T18:50');
    expect(p.experts).toContain(name);
    expect(p.removed.concat(p.moved).every((m: any) => typeof m.expert === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(m.start))).toBe(true);
    expect(p.removed.concat(p.moved).some((m: any) => m.expert === name)).toBe(true);
    expect(p.groups.length).toBeGreaterThan(0);
    for (const g of p.groups) expect(instance.groups.map((x: any) => x.name)).toContain(g.name);
    expect(typeof p.minShare.before).toBe('number');
    expect(typeof p.idle.after).toBe('number');
    expect(second.reach.emails).toBeGreaterThan(0);
    const reach = (await t.http.get(`/api/events/${id}/live/reach/${second.version}`).set(AUTH).expect(200)).body;
    expect(reach).toMatchObject({ ...second.reach, inForce });
  });

  it('a crash during a publish with notices loses none: after the restart each member concerned gets one notice, once', async () => {
    const notices = () => inbox.messages.filter((m) => /Votre parcours a changé/.test(decodeHeader(parseMime(m.raw).headers.get('subject') ?? '')));
    const outcomes: string[] = [];
    // Killed sooner or later into the publish: before its transaction commits (nothing sent, publishing
    // again sends them) and after (all of them sent after the restart). Goes on until both were seen;
    // the last try kills it as soon as the version reads as published, so that the second is seen.
    // How long a publish takes here (the first one, not killed), to aim the kills at its end too.
    let publishMs = 0;
    for (const share of [0, 0.1, 0.5, 0.8, 0.9, 'committed'] as const) {
      const delayMs = share === 'committed' ? 0 : share === 0.1 ? 20 + Math.floor(Math.random() * 11) : Math.round(publishMs * share);
      const inForce = (await t.http.get(`/api/events/${id}/versions/${(await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.version}`).set(AUTH)).body;
      // Pinned experts stay: without them no plan could keep their pins.
      const marked = new Set([
        ...(await t.http.get(`/api/events/${id}/live/marks`).set(AUTH)).body.map((m: any) => m.key),
        ...instance.pins.map((p: any) => p.expert),
      ]);
      const expert = inForce.meetings.find((m: any) => Number(m.round.slice(1)) >= 3 && !marked.has(m.expert)).expert;
      await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'expert', key: expert, status: 'absent' }).expect(201);
      const draft = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
      const emails = draft.reach.emails;
      expect(emails).toBeGreaterThan(0);
      const before = notices().length;
      const started = Date.now();
      const publish = t.http
        .post(`/api/events/${id}/versions/${draft.version}/publish`)
        .set(AUTH)
        .send({ notifyMembers: true })
        .then(
          () => 'answered',
          () => 'cut',
        );
      if (share === 0) {
        expect(await publish).toBe('answered');
        publishMs = Date.now() - started;
        await until('the notices of a publish not killed', () => (notices().length - before >= emails ? true : undefined), 30_000);
        continue;
      }
      if (share === 'committed')
        await until(
          'the publish to commit',
          async () => ((await t.http.get(`/api/events/${id}/versions/${draft.version}`).set(AUTH)).body.status === 'published' ? true : undefined),
          30_000,
        );
      else await aim(delayMs);
      await t.close('SIGKILL');
      const answer = await publish;
      t = await startApp(t.storage, { ...FAST, CARROUSEL_CLOCK_FILE: clock, SMTP_URL: inbox.url });
      const status = (await t.http.get(`/api/events/${id}/versions/${draft.version}`).set(AUTH).expect(200)).body.status;
      outcomes.push(`${share === 'committed' ? 'once committed' : `${delayMs} ms`}: ${answer}, ${status}`);
      if (status !== 'published') {
        expect(notices().length).toBe(before);
        await t.http.post(`/api/events/${id}/versions/${draft.version}/publish`).set(AUTH).send({ notifyMembers: true }).expect(201);
      } else {
        // The outbox may have claimed some of them when the service died: a claim lapses after its
        // lease (CLAIM_LEASE_MS, 5 min), so the rehearsal clock moves on past it.
        const now = Date.parse((await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.now);
        fs.writeFileSync(clock, new Date(now + 6 * 60_000).toISOString());
      }
      await until(`the ${emails} notices (${outcomes.at(-1)})`, () => (notices().length - before >= emails ? true : undefined), 30_000);
      // Nothing left in the outbox: no second notice is still on its way.
      await untilOutboxSent(t.storage, () => inbox.messages.length);
      const sent = notices()
        .slice(before)
        .flatMap((m) => m.to);
      expect(sent).toHaveLength(emails);
      expect(new Set(sent).size).toBe(emails);
      if (outcomes.some((o) => o.endsWith('published')) && outcomes.some((o) => o.endsWith('draft'))) break;
    }
    // Shown on failure: when each kill came, and what the publish had become.
    expect(outcomes).toContainEqual(expect.stringMatching(/, published$/));
  }, 180_000);
});
