/**
 * The migration to one active link per person, on a real SQLite file that already holds two active
 * links for one person (made by two first visits at once before the migration).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../src/database/entities';
import { MIGRATIONS } from '../../src/database/migrations';
import { OneActiveLink1764700000000 } from '../../src/database/migrations/1764700000000-one-active-link';

describe('one active link per person', () => {
  let dir: string;
  const open = (migrations: typeof MIGRATIONS) =>
    new DataSource({ type: 'sqlite', database: path.join(dir, 'db.sqlite'), entities: ENTITIES, migrations }).initialize();
  const token = (name: string, subjectKey: string, createdAt: string, revokedAt: string | null = null) => ({
    token: name.padEnd(24, '0'),
    eventId: 'ev',
    kind: 'member',
    subjectKey,
    createdAt,
    revokedAt,
  });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-links-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("keeps the oldest of a person's active links, revokes the others, then refuses a second one", async () => {
    const before = await open(MIGRATIONS.slice(0, MIGRATIONS.indexOf(OneActiveLink1764700000000)));
    await before.runMigrations();
    await before.query(
      'INSERT INTO access_tokens (token, eventId, kind, subjectKey, createdAt, revokedAt) VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)',
      [
        token('b', 'm1', '2026-03-01T10:00:00.000Z'),
        token('a', 'm1', '2026-03-01T10:00:00.500Z'),
        token('c', 'm1', '2026-02-01T10:00:00.000Z', '2026-02-02T00:00:00.000Z'),
        token('d', 'm2', '2026-03-01T10:00:00.000Z'),
      ].flatMap((t) => Object.values(t)),
    );
    await before.destroy();

    // Up to this migration: one after it changes the table (tokens stored as hashes).
    const after = await open(MIGRATIONS.slice(0, MIGRATIONS.indexOf(OneActiveLink1764700000000) + 1));
    try {
      await after.runMigrations();
      const rows = await after.query('SELECT token, subjectKey, revokedAt FROM access_tokens ORDER BY token');
      expect(rows.map((r: any) => [r.token[0], r.subjectKey, r.revokedAt !== null])).toEqual([
        ['a', 'm1', true],
        ['b', 'm1', false],
        ['c', 'm1', true],
        ['d', 'm2', false],
      ]);
      await expect(
        after.query('INSERT INTO access_tokens (token, eventId, kind, subjectKey, createdAt) VALUES (?, ?, ?, ?, ?)', [
          'e'.padEnd(24, '0'),
          'ev',
          'member',
          'm2',
          '2026-03-02T00:00:00.000Z',
        ]),
      ).rejects.toThrow(/UNIQUE/);
    } finally {
      await after.destroy();
    }
  });
});
