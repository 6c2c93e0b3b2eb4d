import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { generateInstance } from '../../src/engine';
import { itIf, REFERENCE_BENCH_DIR, REFERENCE_CHECKER } from '../support/requirements';
import { AUTH, QUICK_JOBS, sample, startApp, type TestApp, waitForJob } from '../support/test-app';
import { until } from '../support/until';

describe('plans over HTTP: generate, adjust, publish, compare, export', () => {
  let t: TestApp;
  let id: string;
  let v1: Record<string, any>;

  beforeAll(async () => {
    t = await startApp();
    id = (await t.http.post('/api/events').set(AUTH).send(sample('nantes-1.json')).expect(201)).body.summary.id;
  });
  afterAll(() => t.close());

  it('generates in the background: the call returns at once, the job reports progress and ends in a draft', async () => {
    const started = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 3000 }).expect(202)).body;
    expect(started).toMatchObject({ status: 'running', seed: 1, timeLimitMs: 3000 });
    const job = await waitForJob(t, id, started.id);
    expect(job).toMatchObject({ status: 'done', versionNumber: 1 });
    expect(job.progress).toMatchObject({ elapsedMs: expect.any(Number), best: { shortfall: 0 } });
    v1 = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).expect(200)).body;
    expect(v1).toMatchObject({ status: 'draft', origin: 'generated', revision: 1 });
    expect(v1.metrics.minGroupShare).toBeGreaterThan(0.7);
    expect(v1.audit).toMatchObject({ engine: expect.stringMatching(/^carrousel /), seed: 1, inputHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  itIf(REFERENCE_CHECKER, 'exports a grid that the reference checker accepts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-check-'));
    const instance = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
    delete instance.revision;
    fs.writeFileSync(path.join(dir, 'instance.json'), JSON.stringify(instance));
    const schedule = await t.http.get(`/api/events/${id}/versions/1/export/json`).set(AUTH).expect(200);
    fs.writeFileSync(path.join(dir, 'schedule.json'), schedule.text);
    const check = spawnSync(
      process.execPath,
      [path.join(REFERENCE_BENCH_DIR!, 'check.mjs'), path.join(dir, 'instance.json'), path.join(dir, 'schedule.json')],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(check.stdout).violations).toEqual([]);
    expect(check.status).toBe(0);
  });

  it('refuses an adjustment that breaks a rule, naming it, and keeps the draft', async () => {
    const [a, b] = v1.meetings.filter((m: any) => m.round === v1.meetings[0].round);
    // Moving a group onto a table already taken in that round: a second group for one expert (H2).
    const res = await t.http
      .post(`/api/events/${id}/versions/1/adjustments`)
      .set(AUTH)
      .send({ revision: 1, op: 'move', from: { round: a.round, group: a.group }, to: { round: b.round, table: b.table } })
      .expect(422);
    expect(res.body.error.code).toBe('rule_broken');
    expect(res.body.error.fields.map((f: any) => f.path)).toContain('H2');
    // In French by default, each rule a code with names and wall times, in the detail and in the summary.
    const h2 = res.body.error.fields.find((f: any) => f.path === 'H2');
    expect(h2.code).toBe('rule.h2.over_per_round');
    expect(h2.params.round).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(h2.message).toMatch(/^« .+ » reçoit 2 groupes au tour du .+ à \d{1,2}\u00a0h\u00a0\d\d, plus que son maximum de 1 par tour$/);
    expect(h2.message).not.toMatch(/« [ert]\d+ »/);
    expect(res.body.error.messageCode).toBe('plans.refused');
    expect(res.body.error.message).toMatch(/^refusé : \[H\d\] [^/]+$/);
    expect((await t.http.get(`/api/events/${id}/versions/1`).set(AUTH)).body.revision).toBe(1);
  });

  it('applies a valid adjustment and updates the metrics', async () => {
    const m = v1.meetings[0];
    const res = (
      await t.http
        .post(`/api/events/${id}/versions/1/adjustments`)
        .set(AUTH)
        .send({ revision: 1, op: 'remove', from: { round: m.round, group: m.group } })
        .expect(201)
    ).body;
    expect(res.revision).toBe(2);
    expect(res.meetings).toHaveLength(v1.meetings.length - 1);
    expect(res.metrics.wishValue).toBeLessThanOrEqual(v1.metrics.wishValue);
    expect(res.origin).toBe('adjusted');
  });

  it('gives the second of two organizers changing the same draft a conflict', async () => {
    const [x, y] = v1.meetings.slice(1, 3);
    const first = t.http
      .post(`/api/events/${id}/versions/1/adjustments`)
      .set(AUTH)
      .send({ revision: 2, op: 'remove', from: { round: x.round, group: x.group } });
    const second = t.http
      .post(`/api/events/${id}/versions/1/adjustments`)
      .set(AUTH)
      .send({ revision: 2, op: 'remove', from: { round: y.round, group: y.group } });
    const statuses = (await Promise.all([first, second])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect((await t.http.get(`/api/events/${id}/versions/1`).set(AUTH)).body.revision).toBe(3);
  });

  it('publishes, copies to a new draft, publishes that, and shows the difference', async () => {
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201);
    const copy = (await t.http.post(`/api/events/${id}/versions/1/copy`).set(AUTH).expect(201)).body;
    expect(copy).toMatchObject({ number: 2, status: 'draft', basedOn: 1 });
    const m = copy.meetings[5];
    await t.http
      .post(`/api/events/${id}/versions/1/adjustments`)
      .set(AUTH)
      .send({ revision: 3, op: 'remove', from: { round: m.round, group: m.group } })
      .expect(409);
    await t.http
      .post(`/api/events/${id}/versions/2/adjustments`)
      .set(AUTH)
      .send({ revision: 1, op: 'remove', from: { round: m.round, group: m.group } })
      .expect(201);
    await t.http.post(`/api/events/${id}/versions/2/publish`).set(AUTH).expect(201);
    const list = (await t.http.get(`/api/events/${id}/versions`).set(AUTH)).body;
    expect(list.map((v: any) => v.status)).toEqual(['superseded', 'published']);
    const diff = (await t.http.get(`/api/events/${id}/versions/1/diff/2`).set(AUTH).expect(200)).body;
    expect(diff.removed).toEqual([m]);
    expect(diff.added).toEqual([]);
  });

  it('exports CSV, XLSX, a printable grid and Zoom rooms, each with the audit', async () => {
    const csv = await t.http.get(`/api/events/${id}/versions/2/export/csv`).set(AUTH).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const v2 = (await t.http.get(`/api/events/${id}/versions/2`).set(AUTH)).body;
    expect(csv.text).toContain(v2.audit.meetingsHash);
    const xlsx = await t.http
      .get(`/api/events/${id}/versions/2/export/xlsx`)
      .set(AUTH)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets.length).toBeGreaterThan(2);
    const html = await t.http.get(`/api/events/${id}/versions/2/export/html`).set(AUTH).expect(200);
    expect(html.text).toContain('size: A4 landscape');
    const zoom = await t.http.get(`/api/events/${id}/versions/2/export/zoom?round=r2`).set(AUTH).expect(200);
    expect(zoom.text.split(/\r?\n/)[0]).toBe('Pre-assign Room Name,Email Address');
    await t.http.get(`/api/events/${id}/versions/2/export/zoom`).set(AUTH).expect(422);
  });

  it('never lets a name become a spreadsheet formula', async () => {
    const instance = sample('small-1.json') as any;
    instance.experts[0].name = '=HYPERLINK("http://evil.example","clic")';
    const other = (await t.http.post('/api/events').set(AUTH).send(instance).expect(201)).body.summary.id;
    const job = (await t.http.post(`/api/events/${other}/generations`).set(AUTH).send({ timeLimitMs: 500 }).expect(202)).body;
    await waitForJob(t, other, job.id);
    const csv = (await t.http.get(`/api/events/${other}/versions/1/export/csv`).set(AUTH).expect(200)).text;
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|[,;])"?=HYPERLINK/m);
  });

  it("gives organizers each unmet wish's reason in their language, while the export keeps the exchange format's English", async () => {
    const view = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).expect(200)).body;
    const english = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).set('Accept-Language', 'en').expect(200)).body;
    const exported = (await t.http.get(`/api/events/${id}/versions/1/export/json`).set(AUTH).expect(200)).body;
    expect(view.unmetWishes.length).toBeGreaterThan(0);
    const asExported = (w: any) => ({ group: w.group, expert: w.expert, weight: w.weight, reason: w.reason });
    expect(english.unmetWishes.map(asExported)).toEqual(exported.unmetWishes);
    view.unmetWishes.forEach((w: any, i: number) => {
      expect(w.code).toMatch(/^unmet\./);
      expect([w.code, w.params]).toEqual([english.unmetWishes[i].code, english.unmetWishes[i].params]);
      expect(w.reason).not.toBe(english.unmetWishes[i].reason);
      expect(w.reason).toMatch(/souhait|groupe|tour|rencontre|retenu|présent|complet|pris par/);
    });
  });

  it('imports a grid made elsewhere as a draft, and refuses one that names unknown experts or breaks a rule, saying where', async () => {
    const exported = (await t.http.get(`/api/events/${id}/versions/1/export/json`).set(AUTH).expect(200)).body;
    const imported = (await t.http.post(`/api/events/${id}/versions`).set(AUTH).send(exported).expect(201)).body;
    const source = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).expect(200)).body;
    expect(imported).toMatchObject({ status: 'draft', origin: 'imported', metrics: source.metrics });
    const count = (await t.http.get(`/api/events/${id}/versions`).set(AUTH)).body.length;

    const unknown = structuredClone(exported);
    unknown.meetings[0].expert = 'e99';
    const refused = (await t.http.post(`/api/events/${id}/versions`).set(AUTH).send(unknown).expect(422)).body.error;
    expect(refused.fields).toEqual([
      { path: 'meetings[0].expert', message: 'expert « e99 » inconnu', code: 'instance.unknown_ref', params: { kind: 'expert', id: 'e99' } },
    ]);

    const twice = structuredClone(exported);
    twice.meetings[1] = { ...twice.meetings[1], group: twice.meetings[0].group, round: twice.meetings[0].round };
    const broken = (await t.http.post(`/api/events/${id}/versions`).set(AUTH).send(twice).expect(422)).body.error;
    expect(broken.code).toBe('rule_broken');
    expect(broken.fields[0]).toEqual(
      expect.objectContaining({ path: 'H1', code: 'rule.h1.several_meetings', message: expect.stringMatching(/^« .+ » a 2 rencontres au tour du /) }),
    );
    expect((await t.http.get(`/api/events/${id}/versions`).set(AUTH)).body).toHaveLength(count);
  });

  it('says why an instance cannot be planned, French first, naming the pins and the rule', async () => {
    const other = (await t.http.post('/api/events').set(AUTH).send(sample('infeasible-1.json')).expect(201)).body.summary.id;
    const started = (await t.http.post(`/api/events/${other}/generations`).set(AUTH).send({ timeLimitMs: 500 }).expect(202)).body;
    const job = await waitForJob(t, other, started.id);
    expect(job.status).toBe('infeasible');
    expect(job.problems).toEqual([
      {
        rules: ['H1', 'H5'],
        message: '« Groupe Solidarité » doit rencontrer « Léa Chevalier » et « Chloé Guillou » au même tour, celui du sam. 23 janv. à 11\u00a0h\u00a035',
        code: 'conflict.pins_same_round',
        params: { group: 'Groupe Solidarité', expert: 'Léa Chevalier', other: 'Chloé Guillou', round: '2027-01-23T11:35' },
      },
    ]);
    expect((await t.http.get(`/api/events/${other}/versions`).set(AUTH).expect(200)).body).toEqual([]);
  });
});

const jobOf = async (t: TestApp, eventId: string, jobId: string): Promise<Record<string, any>> =>
  (await t.http.get(`/api/events/${eventId}/generations/${jobId}`).set(AUTH).expect(200)).body;

/** A job as `t` sees it, asked until `holds` is true of it (at most `ms`). */
function jobOnce(t: TestApp, eventId: string, jobId: string, what: string, holds: (job: Record<string, any>) => boolean, ms = 20_000) {
  return until(
    `generation ${jobId} ${what}`,
    async () => {
      const job = await jobOf(t, eventId, jobId);
      return holds(job) ? job : undefined;
    },
    ms,
  );
}

/** Under way for real: its runner has reported progress at least once (not merely accepted). */
const underWay = (job: Record<string, any>) => job.status === 'running' && job.progress !== null;
const ended = (job: Record<string, any>) => job.status !== 'running';

describe('a service stopped in the middle of a generation', () => {
  it('loses no data, and its job is marked failed once it has been silent a few seconds, never left running', async () => {
    const first = await startApp(undefined, QUICK_JOBS);
    const id = (await first.http.post('/api/events').set(AUTH).send(sample('large-1.json')).expect(201)).body.summary.id;
    const done = (await first.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 500 }).expect(202)).body;
    await waitForJob(first, id, done.id);
    const long = (await first.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 60_000 }).expect(202)).body;
    await jobOnce(first, id, long.id, 'under way', underWay);
    await first.close('SIGKILL');

    const second = await startApp(first.storage, QUICK_JOBS);
    try {
      const job = await jobOnce(second, id, long.id, 'ended', ended);
      expect(job.status).toBe('failed');
      expect(job.problems[0]).toEqual({ code: 'plans.job_interrupted', message: 'interrompue par un arrêt du service' });
      expect((await second.http.get(`/api/events/${id}`).set(AUTH).expect(200)).body.counts.groups).toBe(60);
      expect((await second.http.get(`/api/events/${id}/versions`).set(AUTH)).body).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('can be cancelled, and then makes no version', async () => {
    const t = await startApp(undefined, QUICK_JOBS);
    try {
      const id = (await t.http.post('/api/events').set(AUTH).send(sample('large-1.json')).expect(201)).body.summary.id;
      const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 60_000 }).expect(202)).body;
      await jobOnce(t, id, job.id, 'under way', underWay);
      const cancelled = (await t.http.delete(`/api/events/${id}/generations/${job.id}`).set(AUTH).expect(200)).body;
      expect(cancelled.status).toBe('cancelled');
      expect((await t.http.get(`/api/events/${id}/versions`).set(AUTH)).body).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('two instances on one database', () => {
  // Quick jobs, but a silence of 2 s (20 of A's beats) so that a busy machine does not make A look gone.
  const SHARED = { ...QUICK_JOBS, GENERATION_SILENT_MS: '2000' };
  const SILENT_MS = Number(SHARED.GENERATION_SILENT_MS) + 2 * Number(SHARED.GENERATION_SWEEP_MS);
  let a: TestApp;
  let b: TestApp;
  let id: string;
  beforeEach(async () => {
    a = await startApp(undefined, SHARED);
    // 200 groups and 400 experts: the engine keeps improving for its whole time limit.
    id = (
      await a.http
        .post('/api/events')
        .set(AUTH)
        .send(generateInstance({ family: 'xl', seed: 1 }))
        .expect(201)
    ).body.summary.id;
  });
  afterEach(async () => {
    await a.close();
    await b?.close();
  });

  it("leave each other's running jobs alone, and fail those of an instance that stopped", async () => {
    const job = (await a.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 60_000 }).expect(202)).body;
    b = await startApp(a.storage, SHARED);
    // B watches A's heartbeats for longer than it takes to fail a silent job (its silence and two
    // sweeps): the job A runs stays running, and moves on.
    const first = await jobOnce(b, id, job.id, 'under way', underWay);
    const beatAt = (j: Record<string, any>) => Date.parse(j.heartbeatAt);
    const later = await jobOnce(b, id, job.id, `beating ${SILENT_MS + 500} ms more`, (j) => ended(j) || beatAt(j) > beatAt(first) + SILENT_MS + 500);
    expect(later.status).toBe('running');
    expect(later.progress.elapsedMs).toBeGreaterThan(first.progress.elapsedMs);

    await a.close('SIGKILL');
    const failed = await jobOnce(b, id, job.id, 'ended', ended);
    expect(failed).toMatchObject({ status: 'failed', problems: [{ code: 'plans.job_interrupted', message: 'interrompue par un arrêt du service' }] });
  });

  it('cancel a job asked of the instance that does not run it', async () => {
    const job = (await a.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 60_000 }).expect(202)).body;
    b = await startApp(a.storage, SHARED);
    const cancelled = (await b.http.delete(`/api/events/${id}/generations/${job.id}`).set(AUTH).expect(200)).body;
    expect(cancelled.status).toBe('cancelled');
    expect((await a.http.get(`/api/events/${id}/generations/${job.id}`).set(AUTH)).body.status).toBe('cancelled');
    expect((await a.http.get(`/api/events/${id}/versions`).set(AUTH)).body).toEqual([]);
    const again = await b.http.delete(`/api/events/${id}/generations/${job.id}`).set(AUTH).expect(409);
    expect(again.body.error.message).toMatch(/^la génération est déjà terminée \(cancelled\)$/);
  });
});

describe('a job started by an instance older than heartbeats (a rolling upgrade)', () => {
  const TIME_LIMIT_MS = 3000;
  it('is given its time limit before it is failed, not the silence of a runner that stopped beating', async () => {
    const t = await startApp(undefined, QUICK_JOBS);
    const db = await new DataSource({ ...dataSourceOptions(t.storage), migrationsRun: false }).initialize();
    try {
      const eventId = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
      // What an older instance writes: no runner, no heartbeat.
      const written = Date.now();
      await db.getRepository('GenerationJobEntity').insert({
        id: '00000000-0000-4000-8000-000000000001',
        eventId,
        status: 'running',
        seed: 1,
        timeLimitMs: TIME_LIMIT_MS,
        progress: null,
        problems: null,
        versionNumber: null,
        createdAt: new Date(written).toISOString(),
        finishedAt: null,
      });
      // A silent runner's job would be failed within its silence and a sweep (1.2 s); this one is
      // failed only once its time limit and that silence have passed: its instance is gone.
      const job = await jobOnce(t, eventId, '00000000-0000-4000-8000-000000000001', 'ended', ended);
      expect(Date.parse(job.finishedAt) - written).toBeGreaterThanOrEqual(TIME_LIMIT_MS + Number(QUICK_JOBS.GENERATION_SILENT_MS));
      expect(job).toMatchObject({ status: 'failed', problems: [{ code: 'plans.job_interrupted', message: 'interrompue par un arrêt du service' }] });
    } finally {
      await db.destroy();
      await t.close();
    }
  });
});

describe('a version read while it is being changed', () => {
  it('always shows a revision with its own meetings, never a half-written grid', async () => {
    const t = await startApp();
    try {
      // large-1: 60 groups, so a grid is written back in several chunks, and a reader has time to look in between.
      const id = (await t.http.post('/api/events').set(AUTH).send(sample('large-1.json')).expect(201)).body.summary.id;
      const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 500 }).expect(202)).body;
      await waitForJob(t, id, job.id);
      const start = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).expect(200)).body;
      const gone = start.meetings[0];
      const full = start.meetings.length;
      const url = `/api/events/${id}/versions/1`;

      // One organizer removes a meeting and puts it back, again and again: an odd number of changes
      // since the start means the meeting is out. Another keeps the version open meanwhile.
      let writing = true;
      const seen: { revision: number; count: number; has: boolean }[] = [];
      const reader = (async () => {
        while (writing) {
          const v = (await t.http.get(url).set(AUTH).expect(200)).body;
          seen.push({ revision: v.revision, count: v.meetings.length, has: v.meetings.some((m: any) => m.round === gone.round && m.group === gone.group) });
        }
      })();
      for (let revision = start.revision; revision < start.revision + 30; revision++) {
        const out = (revision - start.revision) % 2 === 0;
        const change = out ? { op: 'remove', from: { round: gone.round, group: gone.group } } : { op: 'add', meeting: gone };
        await t.http
          .post(`${url}/adjustments`)
          .set(AUTH)
          .send({ revision, ...change })
          .expect(201);
      }
      writing = false;
      await reader;

      expect(seen.length).toBeGreaterThan(10);
      const wrong = seen.filter((s) => {
        const out = (s.revision - start.revision) % 2 === 1;
        return s.count !== (out ? full - 1 : full) || s.has === out;
      });
      expect(wrong).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
