/**
 * Storage that fails loudly and recovers, on the real service and a real SQLite file: on a 2 MB
 * file system filled up, a write is refused with 503 (never answered 2xx and lost), health says
 * the writer is failing, and once space is freed writes work again without a restart; after a
 * restart every answered write is there and no refused one. A lock held by another process gets
 * 503 « base occupée » after the busy timeout, and writes work again once it is released. The
 * database file and its -wal and -shm are readable by their owner only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { generateInstance } from '../../src/engine';
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';

const onSqlite = !process.env.TEST_DATABASE_URL;

/** A 2 MB tmpfs, where root may mount one (CI runs as root); undefined otherwise. */
function smallFileSystem(): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    fs.rmdirSync(dir);
    return undefined;
  }
}

/** Writes zeros until the file system is full. */
function fill(file: string): void {
  const block = Buffer.alloc(64 * 1024);
  const fd = fs.openSync(file, 'w');
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

const mount = onSqlite ? smallFileSystem() : undefined;
if (onSqlite && !mount) console.log('storage.e2e: the full-disk test is skipped: mounting a tmpfs needs root (`mount -t tmpfs`)');

(mount ? describe : describe.skip)('a full disk', () => {
  let t: TestApp;
  const filler = path.join(mount ?? '', 'filler');
  const big = (name: string) => ({ ...generateInstance({ family: 'xl', seed: 1 }), event: { name, timezone: 'Europe/Paris' } });

  beforeAll(async () => {
    t = await startApp({ dataDir: mount! });
  });
  afterAll(async () => {
    await t?.close();
    execFileSync('umount', [mount!]);
    fs.rmdirSync(mount!);
  });

  it('refuses writes with 503 while full, takes them again once space is back, and keeps exactly the answered ones', async () => {
    const small = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
    fill(filler);

    const answered = new Map<string, number>();
    for (const name of ['Refusé 1', 'Refusé 2', 'Refusé 3']) {
      const res = await t.http.post('/api/events').set(AUTH).send(big(name));
      answered.set(name, res.status);
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: 'storage_unavailable', message: expect.stringContaining('rien n’a été enregistré') });
    }
    const health = await t.http.get('/api/health').expect(503);
    expect(health.body).toMatchObject({ status: 'failing', reason: 'writer_failing', detail: 'storage_unavailable' });

    fs.rmSync(filler);
    expect((await t.http.get('/api/health').expect(200)).body.status).toBe('ok');
    const kept = (await t.http.post('/api/events').set(AUTH).send(big('Accepté')).expect(201)).body.summary.id;
    await t.http.patch(`/api/events/${small}`).set(AUTH).send({ name: 'Renommé après' }).expect(200);

    await t.close();
    t = await startApp({ dataDir: mount! });
    const events = (await t.http.get('/api/events').set(AUTH).expect(200)).body as { id: string; name: string }[];
    expect(events.map((e) => [e.id, e.name])).toEqual([
      [small, 'Renommé après'],
      [kept, 'Accepté'],
    ]);
    expect((await t.http.get(`/api/events/${kept}/instance`).set(AUTH).expect(200)).body.groups).toHaveLength(200);
  });
});

(onSqlite ? describe : describe.skip)('a lock held by another process, and the file modes', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startApp(undefined, { DATABASE_BUSY_TIMEOUT_MS: '500' });
    id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
  });
  afterAll(() => t.close());

  const file = () => path.join(t.storage.dataDir, 'carrousel.sqlite');

  it('answers 503 « base occupée » after the busy timeout, then writes again once the lock is released', async () => {
    const other = new sqlite3.Database(file());
    const run = (sql: string) => new Promise<void>((resolve, reject) => other.run(sql, (error) => (error ? reject(error) : resolve())));
    try {
      await run('BEGIN IMMEDIATE');
      const started = Date.now();
      const res = await t.http.patch(`/api/events/${id}`).set(AUTH).send({ name: 'Pendant le verrou' }).expect(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(450);
      expect(res.body.error).toMatchObject({ code: 'storage_busy', message: expect.stringContaining('base occupée') });
      expect((await t.http.get('/api/health').expect(503)).body).toMatchObject({ reason: 'writer_failing', detail: 'storage_busy' });
      await run('ROLLBACK');
      await t.http.patch(`/api/events/${id}`).set(AUTH).send({ name: 'Après le verrou' }).expect(200);
      expect((await t.http.get(`/api/events/${id}`).set(AUTH).expect(200)).body.name).toBe('Après le verrou');
      expect((await t.http.get('/api/health').expect(200)).body.status).toBe('ok');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('makes the database file and its -wal and -shm readable by their owner only', () => {
    for (const f of [file(), `${file()}-wal`, `${file()}-shm`]) expect([f, (fs.statSync(f).mode & 0o777).toString(8)]).toEqual([f, '600']);
  });
});
