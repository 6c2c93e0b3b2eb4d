import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class Questions1764400000000 implements MigrationInterface {
  name = 'Questions1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'questions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'groupKey', type: 'varchar', length: '100' },
          { name: 'expertKey', type: 'varchar', length: '100' },
          { name: 'memberKey', type: 'varchar', length: '100' },
          { name: 'text', type: 'text' },
          { name: 'createdAt', type: 'varchar', length: '30' },
        ],
        indices: [
          new TableIndex({ name: 'IDX_questions_expert', columnNames: ['eventId', 'expertKey'] }),
          new TableIndex({ name: 'IDX_questions_group', columnNames: ['eventId', 'groupKey'] }),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('questions');
  }
}
