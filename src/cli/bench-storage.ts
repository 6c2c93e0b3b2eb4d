/**
 * npm run bench:storage
 * What one organizer's click costs the storage, on a real SQLite file in a temp folder, through the
 * service's own classes (no HTTP): the rows written for one wish click (SQLite's total_changes) on
 * nantes-1 and on a generated 200-group event (family xl), and the time of one hand adjustment of
 * a grid on the 200-group event (the engine's checks and metrics, and its reads of the stored
 * version). It prints numbers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { SystemClock } from '../common/clock';
import { PlanEvents } from '../common/plan-events';
import { dataSourceOptions } from '../database/data-source';
import { openReadConnection } from '../database/read-connection';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import type { InstanceFile, MeetingFile } from '../engine/format';
import { generateInstance } from '../engine/generate';
import { planInstance } from '../engine/plan';
import { EventsRepository } from '../events/events.repository';
import { EventsService } from '../events/events.service';
import { PlansRepository } from '../plans/plans.repository';
import { PlansService } from '../plans/plans.service';

const ROOT = path.resolve(__dirname, '../..');
const ADJUSTMENTS = 10;

interface Storage {
  db: DataSource;
  events: EventsService;
  plans: PlansService;
  close: () => Promise<void>;
}

async function open(dataDir: string): Promise<Storage> {
  const db = await new DataSource(dataSourceOptions({ dataDir, databaseUrl: undefined })).initialize();
  const reads = new Reads(await openReadConnection(db), await openReadConnection(db), true);
  const transactions = new Transactions(db);
  const clock = new SystemClock();
  const events = new EventsService(new EventsRepository(reads, transactions), clock);
  const plans = new PlansService(new PlansRepository(reads, transactions), events, clock, new PlanEvents());
  return { db, events, plans, close: async () => { await reads.onApplicationShutdown(); await db.destroy(); } };
}

/** Rows inserted, updated or deleted by `work` on the writer's connection. */
async function rowsWritten(db: DataSource, work: () => Promise<unknown>): Promise<number> {
  const count = async () => Number((await db.query('SELECT total_changes() AS n'))[0].n);
  const before = await count();
  await work();
  return (await count()) - before;
}

/** One click in the wish matrix: the group's wishes sent again with one weight changed. */
async function wishClick(s: Storage, eventId: string): Promise<number> {
  const { instance } = await s.events.instance(eventId);
  const group = instance.groups.find((g) => g.wishes?.length)!;
  const wishes = group.wishes!.map((w, i) => (i === 0 ? { ...w, weight: w.weight === 5 ? 4 : 5 } : w));
  return rowsWritten(s.db, () => s.events.updateItem(eventId, 'groups', group.id, { wishes }));
}

/** Removes a meeting and puts it back, again and again: each a valid change of a draft. */
async function adjustmentTimes(s: Storage, eventId: string, instance: InstanceFile): Promise<number[]> {
  const solved = planInstance(instance, { timeLimitMs: 3000, unimprovedLimitMs: 200 });
  if (solved.status !== 'solved') throw new Error(`the bench instance did not solve: ${solved.status}`);
  const version = await s.plans.addGenerated(eventId, instance, solved);
  const pinned = new Set((instance.pins ?? []).map((p) => `${p.group} ${p.expert}`));
  const meeting: MeetingFile = solved.schedule.meetings.find((m) => !pinned.has(`${m.group} ${m.expert}`))!;
  let revision = version.revision;
  const times: number[] = [];
  for (let i = 0; i < ADJUSTMENTS; i++) {
    const change = i % 2 === 0 ? { op: 'remove' as const, from: { round: meeting.round, group: meeting.group } } : { op: 'add' as const, meeting };
    const started = performance.now();
    revision = (await s.plans.adjust(eventId, version.number, revision, change)).revision;
    times.push(performance.now() - started);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-bench-storage-'));
  const s = await open(dataDir);
  try {
    const nantes = JSON.parse(fs.readFileSync(path.join(ROOT, 'samples/nantes-1.json'), 'utf8')) as InstanceFile;
    const xl = generateInstance({ family: 'xl', seed: 1 });
    const nantesId = (await s.events.create(nantes)).summary.id;
    const xlId = (await s.events.create(xl)).summary.id;
    console.log(`rows written by one wish click: nantes-1 ${await wishClick(s, nantesId)}, xl (200 groups) ${await wishClick(s, xlId)}`);
    const times = await adjustmentTimes(s, xlId, (await s.events.instance(xlId)).instance);
    console.log(`one adjustment on xl (200 groups), ${ADJUSTMENTS} in a row: median ${median(times).toFixed(1)} ms, first ${times[0].toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  } finally {
    await s.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
