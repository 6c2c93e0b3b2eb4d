/**
 * Personal links' tokens are no longer stored in clear: each row gets the token's SHA-256 (its new
 * key, by which links are looked up) and the token sealed under the link key (src/access/link-seal.ts).
 * Every link keeps working: the token itself does not change. The key is the one the service
 * uses: CARROUSEL_LINK_KEY, else on SQLite `link.key` beside the database file; on PostgreSQL
 * with links to migrate, CARROUSEL_LINK_KEY must be set (instances sharing it need the same key).
 */
import path from 'node:path';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { LinkSeal, tokenHash } from '../../access/link-seal';

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length: String(length), isNullable: nullable });

export class HashedLinkTokens1764960000000 implements MigrationInterface {
  name = 'HashedLinkTokens1764960000000';

  async up(runner: QueryRunner): Promise<void> {
    const rows = (await runner.query('SELECT * FROM "access_tokens"')) as Record<string, string | null>[];
    const seal = rows.length ? sealFor(runner) : undefined;
    await runner.createTable(
      new Table({
        name: 'access_tokens_hashed',
        columns: [
          { ...text('tokenHash', 64), isPrimary: true },
          text('sealedToken', 200),
          text('eventId', 36),
          text('kind', 20),
          text('subjectKey', 100),
          text('createdAt', 30),
          text('revokedAt', 30, true),
        ],
      }),
    );
    const postgres = runner.connection.driver.options.type === 'postgres';
    const slots = Array.from({ length: 7 }, (_, i) => (postgres ? `$${i + 1}` : '?')).join(', ');
    for (const r of rows) {
      await runner.query(
        `INSERT INTO "access_tokens_hashed" ("tokenHash", "sealedToken", "eventId", "kind", "subjectKey", "createdAt", "revokedAt") VALUES (${slots})`,
        [tokenHash(r.token!), seal!.seal(r.token!), r.eventId, r.kind, r.subjectKey, r.createdAt, r.revokedAt],
      );
    }
    // SQLite leaves a dropped table's pages as they were, tokens readable in the file, unless told to zero them.
    if (!postgres) await runner.query('PRAGMA secure_delete = ON');
    await runner.dropTable('access_tokens', true, true, true);
    await runner.renameTable('access_tokens_hashed', 'access_tokens');
    await runner.createIndex('access_tokens', new TableIndex({ name: 'IDX_access_tokens_subject', columnNames: ['eventId', 'kind', 'subjectKey'] }));
    await runner.createIndex(
      'access_tokens',
      new TableIndex({
        name: 'IDX_access_tokens_active',
        columnNames: ['eventId', 'kind', 'subjectKey'],
        isUnique: true,
        where: '"revokedAt" IS NULL',
      }),
    );
  }

  /** Not undone: putting tokens back in clear is what this migration is for not doing. */
  async down(): Promise<void> {
    throw new Error('link tokens are not put back in clear: restore the database backed up before the upgrade');
  }
}

function sealFor(runner: QueryRunner): LinkSeal {
  const options = runner.connection.options;
  if (options.type === 'sqlite') return LinkSeal.load(path.dirname(String(options.database)));
  if (!process.env.CARROUSEL_LINK_KEY) {
    throw new Error('CARROUSEL_LINK_KEY must be set to migrate the personal links stored in PostgreSQL (the same key for every instance sharing it)');
  }
  return LinkSeal.load('');
}
