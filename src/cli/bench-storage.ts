/**
 * npm run bench:storage
 * What one organizer's click costs the storage, on a real SQLite file in a temp folder, through the
 * service's own classes (no HTTP): the rows written for one wish click (SQLite's total_changes) on
 * nantes-1 and on a generated 200-group event (family xl), and the time of one hand adjustment of
 * a grid on the 200-group event, told apart: the database (reading the version, writing its
 * meetings) and the rest (the engine's checks, metrics and unmet-wish reasons). It prints numbers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { SystemClock } from '../common/clock';
import { PlanEvents } from '../common/plan-events';
import { dataSourceOptions } from '../database/data-source';
import { openReadConnection } from '../database/read-connection';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import type { InstanceFile, MeetingFile } from '../engine';
import { generateInstance } from '../engine';
import { planInstance } from '../engine';
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
  /** Milliseconds spent so far in database transactions and snapshots (writes and reads of meetings). */
  databaseMs: () => number;
  close: () => Promise<void>;
}

/** Time spent in the database, told apart from the engine's work in the same call. */
class Stopwatch {
  ms = 0;

  async time<T>(work: Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work;
    } finally {
      this.ms += performance.now() - started;
    }
  }
}

class TimedTransactions extends Transactions {
  constructor(
    db: DataSource,
    private readonly watch: Stopwatch,
  ) {
    super(db);
  }

  override run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.watch.time(super.run(work));
  }
}

class TimedReads extends Reads {
  constructor(
    connection: DataSource,
    snapshots: DataSource,
    private readonly watch: Stopwatch,
  ) {
    super(connection, snapshots, true);
  }

  override snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.watch.time(super.snapshot(work));
  }
}

async function open(dataDir: string): Promise<Storage> {
  const db = await new DataSource(dataSourceOptions({ dataDir, databaseUrl: undefined })).initialize();
  const watch = new Stopwatch();
  const reads = new TimedReads(await openReadConnection(db), await openReadConnection(db), watch);
  const transactions = new TimedTransactions(db, watch);
  const clock = new SystemClock();
  const events = new EventsService(new EventsRepository(reads, transactions), clock);
  const plans = new PlansService(new PlansRepository(reads, transactions), events, clock, new PlanEvents());
  return {
    db,
    events,
    plans,
    databaseMs: () => watch.ms,
    close: async () => {
      await reads.onApplicationShutdown();
      await db.destroy();
    },
  };
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
async function adjustmentTimes(s: Storage, eventId: string, instance: InstanceFile): Promise<{ total: number; database: number }[]> {
  const solved = planInstance(instance, { timeLimitMs: 3000, unimprovedLimitMs: 200 });
  if (solved.status !== 'solved') throw new Error(`the bench instance did not solve: ${solved.status}`);
  const version = await s.plans.addGenerated(eventId, instance, solved);
  const pinned = new Set((instance.pins ?? []).map((p) => `${p.group} ${p.expert}`));
  const meeting: MeetingFile = solved.schedule.meetings.find((m) => !pinned.has(`${m.group} ${m.expert}`))!;
  let revision = version.revision;
  const times: { total: number; database: number }[] = [];
  for (let i = 0; i < ADJUSTMENTS; i++) {
    const change = i % 2 === 0 ? { op: 'remove' as const, from: { round: meeting.round, group: meeting.group } } : { op: 'add' as const, meeting };
    const [started, inDatabase] = [performance.now(), s.databaseMs()];
    revision = (await s.plans.adjust(eventId, version.number, revision, change)).revision;
    times.push({ total: performance.now() - started, database: s.databaseMs() - inDatabase });
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
    const [total, database] = [times.map((t) => t.total), times.map((t) => t.database)];
    console.log(
      `one adjustment on xl (200 groups), ${ADJUSTMENTS} in a row: median ${median(total).toFixed(1)} ms (first ${total[0].toFixed(1)}, max ${Math.max(...total).toFixed(1)}),` +
        ` of which the database ${median(database).toFixed(1)} ms and the engine's checks, metrics and reasons ${median(times.map((t) => t.total - t.database)).toFixed(1)} ms`,
    );
  } finally {
    await s.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
