/**
 * The read connection on a real SQLite file: what a read sees while a write transaction is open on
 * the service's one write connection.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { SettingEntity } from '../../src/access/setting.entity';
import { openReadConnection } from '../../src/database/read-connection';
import { Reads } from '../../src/database/reads';
import { serially } from '../../src/database/serially';
import { SqliteWriter } from '../../src/database/sqlite-writes';

describe('reads on SQLite', () => {
  let dir: string;
  let writer: DataSource;
  let reader: DataSource;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-reads-'));
    writer = await new DataSource({
      type: 'sqlite',
      database: path.join(dir, 'db.sqlite'),
      enableWAL: true,
      entities: [SettingEntity],
      synchronize: true,
    }).initialize();
    reader = await openReadConnection(writer);
  });
  afterAll(async () => {
    await reader.destroy();
    await writer.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('see only committed data while a write transaction is half done, and its result once it commits', async () => {
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const halfDone = new Promise<void>((resolve) => (inserted = resolve));
    const writing = writer.transaction(async (m) => {
      await m.insert(SettingEntity, { key: 'half', value: 'done' });
      inserted();
      await held;
    });
    await halfDone;
    // The hazard the read connection exists for: the write connection shows uncommitted work.
    expect(await writer.manager.findOneBy(SettingEntity, { key: 'half' })).not.toBeNull();
    expect(await reader.manager.findOneBy(SettingEntity, { key: 'half' })).toBeNull();
    commit();
    await writing;
    expect(await reader.manager.findOneBy(SettingEntity, { key: 'half' })).toMatchObject({ value: 'done' });
  });

  it('give a snapshot one state of the data while a write commits between its reads, and single reads the latest', async () => {
    const reads = new Reads(reader, await openReadConnection(writer), true);
    try {
      const count = (m: { count: typeof writer.manager.count }) => m.count(SettingEntity);
      const seen = await reads.snapshot(async (m) => {
        const first = await count(m);
        await writer.transaction((w) => w.insert(SettingEntity, { key: 'during', value: 'snapshot' }));
        const latest = await count(reads.manager);
        return { first, second: await count(m), latest };
      });
      expect(seen.second).toBe(seen.first);
      expect(seen.latest).toBe(seen.first + 1);
      expect(await reads.snapshot(count)).toBe(seen.first + 1);
    } finally {
      await reads.onApplicationShutdown();
      reader = await openReadConnection(writer);
    }
  });

  it('cannot write', async () => {
    await expect(reader.manager.insert(SettingEntity, { key: 'k', value: 'v' })).rejects.toThrow(/readonly|read-only|query_only/i);
    expect(await writer.manager.findOneBy(SettingEntity, { key: 'k' })).toBeNull();
  });

  it('is the same pool on PostgreSQL, where every query sees committed data', async () => {
    const pg = new DataSource({ type: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await openReadConnection(pg)).toBe(pg);
  });
});

describe('one at a time', () => {
  it('runs each work after the one before has ended, in order, even when one fails', async () => {
    const queue = serially();
    const log: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      queue(async () => {
        log.push(`${name} starts`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`${name} ends`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([step('a', 30), step('b', 5, true), step('c', 1)]);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('writes on an SQLite file another process writes too', () => {
  it('finish a transaction that reads before it writes while the other process tries to write meanwhile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-writes-'));
    // TypeORM tries a busy statement again every 20 ms, for ever: a stale snapshot would never end.
    const open = (synchronize: boolean) =>
      new DataSource({
        type: 'sqlite',
        database: path.join(dir, 'db.sqlite'),
        enableWAL: true,
        busyErrorRetry: 20,
        entities: [SettingEntity],
        synchronize,
      }).initialize();
    const ours = await open(true);
    const theirs = await open(false);
    try {
      const writer = new SqliteWriter(ours, 10_000);
      const write = writer.run.bind(writer);
      let theirsDone!: Promise<unknown>;
      const done = write(async (m) => {
        const before = await m.count(SettingEntity);
        theirsDone = theirs.transaction((w) => w.insert(SettingEntity, { key: 'theirs', value: 'x' }));
        await new Promise((r) => setTimeout(r, 200));
        await m.insert(SettingEntity, { key: 'ours', value: String(before) });
      });
      let timer!: NodeJS.Timeout;
      const ended = await Promise.race([done.then(() => 'ended'), new Promise((r) => (timer = setTimeout(() => r('still waiting after 5 s'), 5000)))]);
      clearTimeout(timer);
      expect(ended).toBe('ended');
      await theirsDone;
      expect((await ours.manager.find(SettingEntity, { order: { key: 'ASC' } })).map((s) => [s.key, s.value])).toEqual([
        ['ours', '0'],
        ['theirs', 'x'],
      ]);
    } finally {
      await ours.destroy().catch(() => undefined);
      await theirs.destroy().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 15_000);
});
