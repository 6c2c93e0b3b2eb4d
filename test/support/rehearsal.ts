/**
 * The day as the live suites rehearse it: nantes-1 (Friday 22 January 18:00–20:25, Saturday 23
 * 09:30–12:20, Paris) planned and published on a real service whose clock file
 * (CARROUSEL_CLOCK_FILE) stands at 18:30 on Friday, inside round r2 (18:25–18:45).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTH, sample, startApp, type TestApp, waitForJob } from './test-app';

export interface Rehearsal {
  t: TestApp;
  /** The event's id. */
  id: string;
  /** The clock file: write an ISO instant to move the service's "now"; pass it again on a restart. */
  clock: string;
}

export async function rehearseDay(env: Record<string, string> = {}): Promise<Rehearsal> {
  const clock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-clock-')), 'now');
  fs.writeFileSync(clock, '2027-01-22T17:30:00Z');
  const t = await startApp(undefined, { ...env, CARROUSEL_CLOCK_FILE: clock });
  const id = (await t.http.post('/api/events').set(AUTH).send(sample('nantes-1.json')).expect(201)).body.summary.id;
  const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 1500 }).expect(202)).body;
  const done = await waitForJob(t, id, job.id);
  if (done.status !== 'done') throw new Error(`the plan of the rehearsal did not finish: ${JSON.stringify(done)}`);
  await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).send({}).expect(201);
  return { t, id, clock };
}
