/**
 * The timed jobs' skeleton with real leases on one SQLite file and two "instances": only the lease
 * holder runs, a run still going is not doubled, an error is logged and the next run goes on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock';
import { JobLeaseEntity } from '../../src/scheduling/job-lease.entity';
import { leasedJob } from '../../src/scheduling/leased-job';
import { Leases, processHolder } from '../../src/scheduling/leases';

class SetClock extends Clock {
  at = new Date('2027-01-22T17:00:00Z');
  now(): Date {
    return this.at;
  }
}

describe('leased jobs', () => {
  let dir: string;
  let db: DataSource;
  const clock = new SetClock();
  const errors: string[] = [];
  /** Each call is another instance: its own holder id. */
  const instance = () => {
    const parts = { leases: new Leases((w) => db.transaction(w)), holder: processHolder(), clock, logError: (t: string) => errors.push(t) };
    return { define: (name: string, ms: number, run: (now: Date) => Promise<number>) => leasedJob(name, ms, run, parts) };
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-leased-jobs-'));
    db = await new DataSource({ type: 'sqlite', database: path.join(dir, 'db.sqlite'), entities: [JobLeaseEntity], synchronize: true }).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs on the lease holder only, until its lease of three intervals lapses', async () => {
    const runs: string[] = [];
    const a = instance().define('job.one', 1000, async () => (runs.push('a'), 1));
    const b = instance().define('job.one', 1000, async () => (runs.push('b'), 1));
    expect(await a.tick()).toBe(1);
    expect(await b.tick()).toBe(0);
    clock.at = new Date(clock.at.getTime() + 2999);
    expect(await b.tick()).toBe(0);
    clock.at = new Date(clock.at.getTime() + 1);
    expect(await b.tick()).toBe(1);
    expect(await a.tick()).toBe(0);
    expect(runs).toEqual(['a', 'b']);
  });

  it('skips a run while the last one is still going, and logs an error without stopping', async () => {
    let release = () => {};
    let calls = 0;
    const job = instance().define('job.slow', 1000, async () => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      if (calls === 2) throw new Error('the database is gone');
      return calls;
    });
    const first = job.tick();
    await until(() => calls === 1);
    expect(await job.tick()).toBe(0); // the first is still going
    release();
    expect(await first).toBe(1);
    expect(await job.tick()).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^job\.slow: Error: the database is gone/);
    expect(await job.tick()).toBe(3);
  });
});

/**
 * Waits for a condition the job sets from another promise chain: a few turns, or longer when the
 * lease's SQLite write waits for a busy disk (a loaded machine took more than 1000 turns).
 */
async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition() && Date.now() < end) await new Promise((r) => setImmediate(r));
  if (!condition()) throw new Error('condition never met');
}
