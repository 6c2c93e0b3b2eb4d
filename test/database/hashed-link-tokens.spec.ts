/**
 * The migration that stops storing link tokens in clear, on a real database (SQLite, or the
 * PostgreSQL of TEST_DATABASE_URL, where CARROUSEL_LINK_KEY must be set): every link is then
 * found by its token's SHA-256, its sealed copy opens to the same token, and no token is left in
 * clear in the table.
 */
import { randomBytes } from 'node:crypto';
import { LinkSeal, tokenHash } from '../../src/access/link-seal';
import { HashedLinkTokens1764960000000 } from '../../src/database/migrations/1764960000000-hashed-link-tokens';
import { insert, migrationDatabase } from './migration-database';

describe('hashing the stored link tokens', () => {
  const key = randomBytes(32).toString('base64url');
  const saved = process.env.CARROUSEL_LINK_KEY;
  beforeAll(() => (process.env.CARROUSEL_LINK_KEY = key));
  afterAll(() => (saved === undefined ? delete process.env.CARROUSEL_LINK_KEY : (process.env.CARROUSEL_LINK_KEY = saved)));

  it('keys every link by its hash and seals its token, keeping what it points to', async () => {
    const database = await migrationDatabase();
    const links = [
      { token: 'AAAAAAAAAAAAAAAAAAAAactv', eventId: 'ev', kind: 'member', subjectKey: 'm-ana', createdAt: '2026-11-01T10:00:00.000Z', revokedAt: null },
      {
        token: 'RRRRRRRRRRRRRRRRRRRRrvkd',
        eventId: 'ev',
        kind: 'member',
        subjectKey: 'm-ana',
        createdAt: '2026-10-01T10:00:00.000Z',
        revokedAt: '2026-11-01T10:00:00.000Z',
      },
      { token: 'XXXXXXXXXXXXXXXXXXXXexpt', eventId: 'ev', kind: 'expert', subjectKey: 'e1', createdAt: '2026-11-01T10:00:00.000Z', revokedAt: null },
    ];
    try {
      const before = await database.before(HashedLinkTokens1764960000000);
      await insert(before, 'access_tokens', links);
      await before.destroy();
      const after = await database.after();
      try {
        await after.runMigrations();
        const rows = await after.query('SELECT * FROM "access_tokens" ORDER BY "createdAt"');
        const seal = new LinkSeal(Buffer.from(key, 'base64url'));
        const expected = [links[1], links[0], links[2]];
        expect(rows.map((r: Record<string, string>) => ({ ...r, sealedToken: seal.open(r.sealedToken) }))).toEqual(
          expected.map(({ token, ...rest }) => ({ tokenHash: tokenHash(token), sealedToken: token, ...rest })),
        );
        expect(JSON.stringify(rows)).not.toMatch(/AAAAAAAA|RRRRRRRR|XXXXXXXX/);
      } finally {
        await after.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
