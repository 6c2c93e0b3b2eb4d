/**
 * A flood of generations against the built service: at most GENERATION_WORKERS run at once (by
 * default the cores but one), one per event unless asked, the others wait with their place shown
 * or are refused with 429 and Retry-After past the bound (GENERATION_QUEUE, 20); health answers
 * within 100 ms meanwhile.
 */
import os from 'node:os';
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';

const WORKERS = Math.max(1, os.availableParallelism() - 1);
const QUEUE = 20;
const EVENTS = 4;
const REQUESTS = 200;

async function withEvents(t: TestApp, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id);
  return ids;
}

describe('generation queue', () => {
  let t: TestApp;
  let events: string[];

  beforeAll(async () => {
    t = await startApp();
    events = await withEvents(t, EVENTS);
  });
  afterAll(() => t.close());

  interface Seen {
    running: number;
    perEvent: number;
    positions: number[];
    statuses: Map<string, string>;
  }

  /** Every event's jobs, sampled until none waits or runs: the most running at once, overall and per event. */
  async function watch(): Promise<Seen> {
    const seen: Seen = { running: 0, perEvent: 0, positions: [], statuses: new Map() };
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      const lists = await Promise.all(
        events.map(
          async (e) =>
            (await t.http.get(`/api/events/${e}/generations`).set(AUTH).expect(200)).body as Array<{ id: string; status: string; position?: number }>,
        ),
      );
      const counts = lists.map((jobs) => jobs.filter((j) => j.status === 'running').length);
      seen.running = Math.max(
        seen.running,
        counts.reduce((a, b) => a + b, 0),
      );
      seen.perEvent = Math.max(seen.perEvent, ...counts);
      for (const j of lists.flat()) {
        seen.statuses.set(j.id, j.status);
        if (j.status === 'queued' && j.position !== undefined) seen.positions.push(j.position);
      }
      if ([...seen.statuses.values()].every((s) => s !== 'queued' && s !== 'running')) return seen;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('jobs still waiting or running after 120 s');
  }

  /** Health's answer times, one every 20 ms, until `done` resolves. */
  async function healthTimes(done: Promise<unknown>): Promise<number[]> {
    const times: number[] = [];
    let over = false;
    void done.finally(() => (over = true));
    while (!over) {
      const started = performance.now();
      await t.http.get('/api/health').expect(200);
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
    return times;
  }

  it(`takes ${REQUESTS} generations at once: ${WORKERS} running at most, one per event, ${QUEUE} waiting with their place, the rest 429; health within 100 ms`, async () => {
    const burst = Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        t.http
          .post(`/api/events/${events[i % EVENTS]}/generations`)
          .set(AUTH)
          .send({ timeLimitMs: 300, seed: i }),
      ),
    );
    const all = burst.then(() => watch());
    const [answers, seen, times] = await Promise.all([burst, all, healthTimes(all)]);
    const accepted = answers.filter((a) => a.status === 202);
    const refused = answers.filter((a) => a.status === 429);
    expect(accepted.length + refused.length).toBe(REQUESTS);
    expect(accepted.length).toBeGreaterThanOrEqual(WORKERS + QUEUE);
    expect(accepted.length).toBeLessThan(REQUESTS / 2);
    for (const r of refused) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(r.body.error).toMatchObject({ code: 'too_many_requests', messageCode: 'limits.generations' });
    }
    const waiting = accepted.filter((a) => a.body.status === 'queued');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((a) => a.body.position >= 1 && a.body.position <= QUEUE + WORKERS)).toBe(true);
    expect(accepted.map((a) => seen.statuses.get(a.body.id))).toEqual(accepted.map(() => 'done'));
    expect(seen.running).toBeLessThanOrEqual(WORKERS);
    expect(seen.running).toBeGreaterThan(0);
    expect(seen.perEvent).toBe(1);
    expect(seen.positions.length).toBeGreaterThan(0);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    process.stdout.write(
      `generation queue: ${accepted.length} accepted, ${refused.length} refused; health: ${times.length} answers, ` +
        `median ${median.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms\n`,
    );
    // The median, not the maximum: the 2 cores are shared with whatever else runs (other test
    // files of `npm test`), whose load shows in the slowest answers whatever the service does.
    expect(median).toBeLessThan(100);
  }, 180_000);
});

describe('generation queue with two workers', () => {
  let t: TestApp;
  let event: string;

  beforeAll(async () => {
    t = await startApp(undefined, { GENERATION_WORKERS: '2' });
    [event] = await withEvents(t, 1);
  });
  afterAll(() => t.close());

  it('runs one job per event, a second alongside only when asked, and cancels a waiting one', async () => {
    const first = (await t.http.post(`/api/events/${event}/generations`).set(AUTH).send({ timeLimitMs: 1500 }).expect(202)).body;
    const second = (await t.http.post(`/api/events/${event}/generations`).set(AUTH).send({ timeLimitMs: 1500 }).expect(202)).body;
    const third = (await t.http.post(`/api/events/${event}/generations`).set(AUTH).send({ timeLimitMs: 300, parallel: true }).expect(202)).body;
    expect(first.status).toBe('running');
    expect(second).toMatchObject({ status: 'queued', position: 1 });
    expect(third.status).toBe('running');
    expect((await t.http.get(`/api/events/${event}/generations/${second.id}`).set(AUTH).expect(200)).body).toMatchObject({ status: 'queued', position: 1 });
    expect((await t.http.delete(`/api/events/${event}/generations/${second.id}`).set(AUTH).expect(200)).body.status).toBe('cancelled');
    expect((await waitForJob(t, event, first.id)).status).toBe('done');
    expect((await waitForJob(t, event, third.id)).status).toBe('done');
  });
});
