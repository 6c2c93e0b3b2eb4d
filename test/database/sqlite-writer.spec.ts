/**
 * The SQLite writer on a real file: a COMMIT that fails leaves nothing open (the next write is
 * committed, the lock is free), and a write stuck far past the busy timeout is reported by health
 * while the writes queued behind it are refused as busy instead of waiting for ever.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { SqliteWriter } from '../../src/database/sqlite-writes';
import { StorageBusyError } from '../../src/database/storage-errors';

describe('the SQLite writer', () => {
  let dir: string;
  let db: DataSource;
  let other: DataSource;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-writer-'));
    const file = path.join(dir, 'db.sqlite');
    db = await new DataSource({ type: 'sqlite', database: file, enableWAL: true }).initialize();
    await db.query('CREATE TABLE parent (id INTEGER PRIMARY KEY)');
    // Checked at COMMIT: a child without its parent makes the COMMIT itself fail, as a full disk does.
    await db.query('CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)');
    await db.query('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)');
    await db.query('PRAGMA foreign_keys = ON');
    other = await new DataSource({ type: 'sqlite', database: file, enableWAL: true }).initialize();
  });
  afterEach(async () => {
    await other.destroy();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rolls back after a failed COMMIT: the next write is committed and the lock is free', async () => {
    const writer = new SqliteWriter(db, 1000);
    await expect(writer.run((m) => m.query('INSERT INTO child (id, parent) VALUES (1, 99)'))).rejects.toThrow(/FOREIGN KEY/);
    await writer.run((m) => m.query('INSERT INTO parent (id) VALUES (7)'));
    expect(await other.query('SELECT id FROM parent')).toEqual([{ id: 7 }]);
    expect(await other.query('SELECT id FROM child')).toEqual([]);
    await other.query('BEGIN IMMEDIATE');
    await other.query('ROLLBACK');
    expect(await writer.health()).toEqual({ ok: true });
  });

  it('reports a stuck write, refuses the writes queued behind it as busy, and recovers once it ends', async () => {
    const writer = new SqliteWriter(db, 100);
    let release!: () => void;
    const stuck = writer.run(() => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((r) => setTimeout(r, 250));
    expect(await writer.health()).toMatchObject({ ok: false, reason: 'writer_stuck' });
    const queued = writer.run((m) => m.query('INSERT INTO parent (id) VALUES (1)'));
    await expect(queued).rejects.toBeInstanceOf(StorageBusyError);
    release();
    await stuck;
    await writer.run((m) => m.query('INSERT INTO parent (id) VALUES (2)'));
    expect(await other.query('SELECT id FROM parent')).toEqual([{ id: 2 }]);
    expect(await writer.health()).toEqual({ ok: true });
  });
});
