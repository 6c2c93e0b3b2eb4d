import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * One active link per person: two first visits at once (on PostgreSQL) could each make a link,
 * and revoking one left the other working. Extra active links already made are revoked first,
 * keeping the oldest (the one printed on badges first).
 */
export class OneActiveLink1764700000000 implements MigrationInterface {
  name = 'OneActiveLink1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE "access_tokens" SET "revokedAt" = "createdAt" WHERE "revokedAt" IS NULL AND EXISTS (
      SELECT 1 FROM "access_tokens" "older" WHERE "older"."eventId" = "access_tokens"."eventId" AND "older"."kind" = "access_tokens"."kind"
        AND "older"."subjectKey" = "access_tokens"."subjectKey" AND "older"."revokedAt" IS NULL
        AND ("older"."createdAt" < "access_tokens"."createdAt" OR ("older"."createdAt" = "access_tokens"."createdAt" AND "older"."token" < "access_tokens"."token")))`);
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

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('access_tokens', 'IDX_access_tokens_active');
  }
}
