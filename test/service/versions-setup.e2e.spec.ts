/**
 * A version follows the setup: a draft copied from a published grid rests on the event's setup as
 * it is now when its meetings still hold there (a corrected video link reaches the members once
 * published), and says when it rests on an older one.
 */
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

describe('versions and the setup they rest on', () => {
  let t: TestApp;
  let id: string;

  beforeAll(async () => {
    t = await startApp();
    id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 1000 }).expect(202)).body;
    await waitForJob(t, id, job.id);
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).send({}).expect(201);
  });
  afterAll(() => t.close());

  const version = async (n: number) => (await t.http.get(`/api/events/${id}/versions/${n}`).set(AUTH).expect(200)).body;
  const instanceOf = async (n: number) => JSON.parse((await t.http.get(`/api/events/${id}/versions/${n}/export/json`).set(AUTH).expect(200)).text);

  it('copies a published grid onto the corrected setup, and says the old one rests on an older setup', async () => {
    expect((await version(1)).setup).toBe('current');
    const table = (await version(1)).meetings[0].table;
    await t.http.patch(`/api/events/${id}/tables/${table}`).set(AUTH).send({ location: 'https://zoom.example.org/j/corrected' }).expect(200);
    expect((await version(1)).setup).toBe('older');

    const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
    expect(copy).toMatchObject({ basedOn: 1, setup: 'current', meetings: (await version(1)).meetings });
    const exported = await instanceOf(copy.number);
    const inForce = await t.http.get(`/api/events/${id}/instance`).set(AUTH).expect(200);
    const location = (json: any) => json.tables?.find((x: any) => x.id === table)?.location;
    expect(location(inForce.body)).toBe('https://zoom.example.org/j/corrected');
    // The schedule export of the copy is the grid on the corrected setup: its audit hashes the current instance.
    expect(exported.audit.inputHash).not.toBe((await instanceOf(1)).audit.inputHash);
  });

  it('keeps the setup a grid was planned on when its meetings no longer hold on the new one', async () => {
    const { meetings } = await version(1);
    const crowded = meetings.find((m: any) => m.table);
    // One seat at that table: the groups planned there no longer fit, so the copy cannot rest on it.
    await t.http.patch(`/api/events/${id}/tables/${crowded.table}`).set(AUTH).send({ seats: 1 }).expect(200);
    const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
    expect(copy.setup).toBe('older');
    expect(copy.meetings).toEqual(meetings);
  });

  it('rests the versions made on the day (a delay, a replan) on the current setup, their absences held on purpose', async () => {
    const other = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${other}/generations`).set(AUTH).send({ timeLimitMs: 1000 }).expect(202)).body;
    await waitForJob(t, other, job.id);
    await t.http.post(`/api/events/${other}/versions/1/publish`).set(AUTH).send({}).expect(201);
    const of = async (n: number) => (await t.http.get(`/api/events/${other}/versions/${n}`).set(AUTH).expect(200)).body;
    // An expert the sample pins nowhere (e3 is pinned to g3 in r1).
    const expert = (await of(1)).meetings.find((m: any) => m.expert !== 'e3').expert;
    await t.http.post(`/api/events/${other}/live/marks`).set(AUTH).send({ kind: 'expert', key: expert, status: 'absent' }).expect(201);
    const answer = await t.http.post(`/api/events/${other}/live/replan`).set(AUTH).send({});
    expect([answer.status, answer.body.error?.message]).toEqual([201, undefined]);
    const replan = answer.body;
    expect((await of(replan.version)).setup).toBe('current');
    await t.http.post(`/api/events/${other}/versions/${replan.version}/publish`).set(AUTH).send({}).expect(201);
    // A delay after the replan: its version holds the absence and the new times, as the setup has the times.
    const delayed = (await t.http.post(`/api/events/${other}/live/delays`).set(AUTH).send({ fromRound: 'r2', minutes: 10 }).expect(201)).body;
    expect(delayed.number).toBeGreaterThan(replan.version);
    expect((await t.http.get(`/api/events/${other}/versions`).set(AUTH).expect(200)).body.map((v: any) => [v.origin, v.setup])).toEqual([
      ['generated', 'older'], // planned before the delay moved the setup's times
      ['replan', 'older'],
      ['timetable', 'current'],
    ]);
    // A change to the event itself: then the day's version, like any, rests on an older setup.
    const table = (await of(1)).meetings[0].table;
    await t.http.patch(`/api/events/${other}/tables/${table}`).set(AUTH).send({ location: 'https://zoom.example.org/j/new' }).expect(200);
    expect((await of(delayed.number)).setup).toBe('older');
  });
});
