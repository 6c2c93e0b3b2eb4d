import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

/** nantes-1: r1 is 2027-01-22 18:00–18:20 in Paris (17:00Z), rounds every 25 min that evening. */
describe('live operations on the day', () => {
  let t: TestApp;
  let id: string;
  const clock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-clock-')), 'now');
  const setClock = (iso: string) => fs.writeFileSync(clock, iso);
  const instanceFile = sample('nantes-1.json') as any;

  beforeAll(async () => {
    setClock('2027-01-22T16:00:00Z');
    t = await startApp(undefined, { CARROUSEL_CLOCK_FILE: clock });
    id = (await t.http.post('/api/events').set(AUTH).send(instanceFile).expect(201)).body.summary.id;
  });
  afterAll(() => t.close());

  it('has no live view before anything is published', async () => {
    const res = await t.http.get(`/api/events/${id}/live`).set(AUTH).expect(409);
    expect(res.body.error).toMatchObject({ messageCode: 'live.nothingPublished', message: expect.stringMatching(/publiez/) });
  });

  it('shows the round under way, the time left and who is where', async () => {
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 1500 }).expect(202)).body;
    await waitForJob(t, id, job.id);
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201);
    setClock('2027-01-22T17:30:00Z'); // 18:30 in Paris: inside r2 (18:25–18:45)
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH).expect(200)).body;
    expect(live).toMatchObject({ version: 1, status: 'during', currentRound: { id: 'r2' }, nextRound: { id: 'r3', start: '2027-01-22T18:50' } });
    expect(live.currentRound.endsInMs).toBeGreaterThan(14 * 60_000);
    expect(live.currentRound.endsInMs).toBeLessThanOrEqual(15 * 60_000);
    const v1 = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH)).body;
    expect(live.meetingsNow).toHaveLength(v1.meetings.filter((m: any) => m.round === 'r2').length);
    // « Qui est où », now and next: every group once at least, at its table with its expert, or free.
    for (const [where, round] of [
      [live.whereNow, 'r2'],
      [live.whereNext, 'r3'],
    ]) {
      expect(new Set(where.map((w: any) => w.group))).toEqual(new Set(instanceFile.groups.map((g: any) => g.id)));
      const meeting = where.filter((w: any) => w.status === 'meeting');
      expect(meeting).toHaveLength(v1.meetings.filter((m: any) => m.round === round).length);
      const m = v1.meetings.find((x: any) => x.round === round);
      expect(meeting).toContainEqual(
        expect.objectContaining({
          group: m.group,
          expert: m.expert,
          expertName: instanceFile.experts.find((e: any) => e.id === m.expert).name,
          tableName: instanceFile.tables.find((x: any) => x.id === m.table).name,
        }),
      );
      const met = new Set(v1.meetings.filter((x: any) => x.round === round).map((x: any) => x.group));
      expect(
        where
          .filter((w: any) => w.status === 'free')
          .map((w: any) => w.group)
          .sort(),
      ).toEqual(
        instanceFile.groups
          .filter((g: any) => !met.has(g.id))
          .map((g: any) => g.id)
          .sort(),
      );
    }
  });

  it('announces a delay: a new version in force with the rounds moved, the meetings kept', async () => {
    await t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r1', minutes: 5 }).expect(409);
    const res = (await t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r3', minutes: 10 }).expect(201)).body;
    expect(res).toMatchObject({
      number: 2,
      status: 'published',
      reason: { code: 'live.delay.reason', message: 'Retard de 10 min à partir du tour de 18\u00a0h\u00a050' },
    });
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    expect(live).toMatchObject({ version: 2, nextRound: { id: 'r3', start: '2027-01-22T19:00', end: '2027-01-22T19:20' } });
    const diff = (await t.http.get(`/api/events/${id}/versions/1/diff/2`).set(AUTH)).body;
    expect(diff).toMatchObject({ added: [], removed: [], moved: [] });
    const rounds = (await t.http.get(`/api/events/${id}/rounds/r4`).set(AUTH)).body;
    expect(rounds).toMatchObject({ start: '2027-01-22T19:25' });
  });

  it("replans after an absent expert: held rounds kept, only that expert's meetings move, then publishes", async () => {
    const v2 = (await t.http.get(`/api/events/${id}/versions/2`).set(AUTH)).body;
    const future = (m: any) => Number(m.round.slice(1)) >= 3;
    const busiest = Object.entries(
      v2.meetings.filter(future).reduce((n: Record<string, number>, m: any) => ({ ...n, [m.expert]: (n[m.expert] ?? 0) + 1 }), {}),
    ).sort((a, b) => (b[1] as number) - (a[1] as number))[0][0];
    await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'expert', key: busiest, status: 'absent', note: 'malade' }).expect(201);
    await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'expert', key: 'nobody', status: 'absent' }).expect(404);

    const preview = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
    expect(preview).toMatchObject({ version: 3, basedOn: 2, from: 'r3' });
    const lost = v2.meetings.filter((m: any) => future(m) && m.expert === busiest);
    expect(preview.metrics.after.moved).toBe(lost.length);
    const name = instanceFile.experts.find((e: any) => e.id === busiest).name;
    expect(preview.preview.removed.concat(preview.preview.moved).some((m: any) => m.expert === name)).toBe(true);
    expect(preview.preview.experts).toContain(name);

    // The open draft comes back with the same preview (the « Jour J » screen shows it again), and stays one.
    const open = (await t.http.get(`/api/events/${id}/live/replan`).set(AUTH).expect(200)).body.draft;
    expect(open).toMatchObject({ version: 3, basedOn: 2, inForce: 2, stale: false, from: 'r3' });
    expect(open.preview).toEqual(preview.preview);
    expect(open.reach).toEqual(preview.reach);
    const again = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
    expect(again.version).toBe(3);

    const v3 = (await t.http.get(`/api/events/${id}/versions/3`).set(AUTH)).body;
    expect(v3).toMatchObject({ status: 'draft', origin: 'replan' });
    const held = (v: any) => v.meetings.filter((m: any) => !future(m));
    expect(held(v3)).toEqual(held(v2));
    expect(v3.meetings.filter((m: any) => future(m) && m.expert === busiest)).toEqual([]);

    await t.http.post(`/api/events/${id}/versions/3/publish`).set(AUTH).expect(201);
    expect((await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.version).toBe(3);
    expect((await t.http.get(`/api/events/${id}/live/replan`).set(AUTH).expect(200)).body).toEqual({ draft: null });
  });

  it('says an open replan draft is behind once another version is published', async () => {
    const draft = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
    await t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r4', minutes: 5 }).expect(201);
    const open = (await t.http.get(`/api/events/${id}/live/replan`).set(AUTH).expect(200)).body.draft;
    expect(open).toMatchObject({ version: draft.version, basedOn: 3, stale: true });
    expect(open.inForce).toBeGreaterThan(3);
  });

  it('a closed table is left empty from the replanned round on', async () => {
    const v3 = (await t.http.get(`/api/events/${id}/versions/3`).set(AUTH)).body;
    const table = v3.meetings.find((m: any) => m.round === 'r5').table;
    await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'table', key: table, status: 'absent', round: 'r5' }).expect(201);
    const preview = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({ from: 'r4' }).expect(201)).body;
    const v4 = (await t.http.get(`/api/events/${id}/versions/${preview.version}`).set(AUTH)).body;
    expect(v4.meetings.filter((m: any) => m.table === table && Number(m.round.slice(1)) >= 5)).toEqual([]);
  });

  it('cancels the last rounds', async () => {
    const res = (await t.http.post(`/api/events/${id}/live/dropped-rounds`).set(AUTH).send({ fromRound: 'r13' }).expect(201)).body;
    const version = (await t.http.get(`/api/events/${id}/versions/${res.number}`).set(AUTH)).body;
    expect(version.meetings.some((m: any) => m.round === 'r13')).toBe(false);
    expect((await t.http.get(`/api/events/${id}/rounds`).set(AUTH)).body).toHaveLength(12);
  });

  it('says why a replan is impossible, French first, and keeps the version in force', async () => {
    // nantes-1 pins group g7 to expert e13 in r6: with e13 absent, no plan can keep that pin.
    const before = (await t.http.get(`/api/events/${id}/live`).set(AUTH).expect(200)).body.version;
    await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'expert', key: 'e13', status: 'absent' }).expect(201);
    const refused = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(409)).body.error;
    expect(refused.message).toMatch(
      /^replanification impossible : \[H2, H5\] « Lucas Royer » doit recevoir « Groupe Jeunesse » au tour du ven\. 22 janv\. à \d{1,2}\u00a0h\u00a0\d\d mais n’est pas présent/,
    );
    expect(refused.messageCode).toBe('live.replanInfeasible');
    const english = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).set('Accept-Language', 'en').send({}).expect(409)).body.error;
    expect(english.message).toMatch(
      /^cannot replan: \[H2, H5\] "Lucas Royer" must meet "Groupe Jeunesse" in the round of Fri 22 Jan at \d\d:\d\d but is not present/,
    );
    expect(refused.fields.length).toBeGreaterThan(0);
    for (const f of refused.fields) expect([f.code, f.message]).toEqual([expect.stringMatching(/^conflict\./), expect.stringContaining('« Lucas Royer »')]);
    expect((await t.http.get(`/api/events/${id}/live`).set(AUTH).expect(200)).body.version).toBe(before);
  });
});
