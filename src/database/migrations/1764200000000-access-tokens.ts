import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class AccessTokens1764200000000 implements MigrationInterface {
  name = 'AccessTokens1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'access_tokens',
        columns: [
          { name: 'token', type: 'varchar', length: '64', isPrimary: true },
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'subjectKey', type: 'varchar', length: '100' },
          { name: 'createdAt', type: 'varchar', length: '30' },
          { name: 'revokedAt', type: 'varchar', length: '30', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_access_tokens_subject', columnNames: ['eventId', 'kind', 'subjectKey'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('access_tokens');
  }
}
