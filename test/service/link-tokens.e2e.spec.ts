/**
 * Personal links across the migration that stops storing their tokens in clear: a database made
 * by the migrations before it holds an event and clear tokens (one active, one revoked); the
 * service started on it migrates it, and the active link still opens its member's page, the
 * organizers still get it in their list, the revoked one stays refused, and no token is left in
 * clear in the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { SQLITE_FILE } from '../../src/database/data-source';
import { ENTITIES } from '../../src/database/entities';
import { MIGRATIONS } from '../../src/database/migrations';
import { HashedLinkTokens1764960000000 } from '../../src/database/migrations/1764960000000-hashed-link-tokens';
import { EventEntity } from '../../src/events/entities/event.entity';
import { eventFields } from '../../src/events/event.mapper';
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';
import type { InstanceFile } from '../../src/engine';

const ACTIVE = 'AAAAAAAAAAAAAAAAAAAAactv';
const REVOKED = 'RRRRRRRRRRRRRRRRRRRRrvkd';

(process.env.TEST_DATABASE_URL ? describe.skip : describe)('personal links across the hashed-token migration', () => {
  let t: TestApp;
  let dataDir: string;
  const instance = sample('nantes-1.json') as unknown as InstanceFile;
  const group = instance.groups.find((g) => g.members?.length)!;
  const member = group.members![0];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-tokens-'));
    const before = await new DataSource({
      type: 'sqlite',
      database: path.join(dataDir, SQLITE_FILE),
      entities: ENTITIES,
      migrations: MIGRATIONS.filter((m) => m !== HashedLinkTokens1764960000000),
    }).initialize();
    await before.runMigrations();
    await before.manager.save(
      Object.assign(new EventEntity(), eventFields(instance), {
        id: 'ev-links',
        revision: 1,
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
      }),
    );
    const row = (token: string, revokedAt: string | null) => [token, 'ev-links', 'member', member.id, '2026-11-01T10:00:00.000Z', revokedAt];
    await before.query('INSERT INTO access_tokens (token, eventId, kind, subjectKey, createdAt, revokedAt) VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)', [
      ...row(REVOKED, '2026-11-01T11:00:00.000Z'),
      ...row(ACTIVE, null),
    ]);
    await before.destroy();
    t = await startApp({ dataDir });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('still opens the member’s page (their group’s, before a grid) by the link printed before, and refuses the revoked one', async () => {
    expect((await t.http.get(`/m/${ACTIVE}`).expect(200)).text).toContain(`<h1>${member.name} — ${group.name}</h1>`);
    await t.http.get(`/m/${REVOKED}`).expect(404);
  });

  it('gives organizers the same link again', async () => {
    const links = (await t.http.get('/api/events/ev-links/links').set(AUTH).expect(200)).body as { kind: string; key: string; token: string }[];
    expect(links.find((l) => l.kind === 'member' && l.key === member.id)?.token).toBe(ACTIVE);
  });

  it('keeps no token in clear in the database file, and its key readable by the owner only', async () => {
    await t.close();
    const bytes = Buffer.concat(
      fs
        .readdirSync(dataDir)
        .filter((f) => f.startsWith(SQLITE_FILE))
        .map((f) => fs.readFileSync(path.join(dataDir, f))),
    );
    for (const token of [ACTIVE, REVOKED]) expect(bytes.includes(token)).toBe(false);
    expect((fs.statSync(path.join(dataDir, 'link.key')).mode & 0o777).toString(8)).toBe('600');
    t = await startApp({ dataDir });
    await t.http.get(`/m/${ACTIVE}`).expect(200);
  });
});
