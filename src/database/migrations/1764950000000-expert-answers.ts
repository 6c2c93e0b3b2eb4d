import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/** The experts' answers to their invitations (src/confirmations). */
export class ExpertAnswers1764950000000 implements MigrationInterface {
  name = 'ExpertAnswers1764950000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'expert_answers',
        columns: [
          { name: 'eventId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'expertKey', type: 'varchar', length: '100', isPrimary: true },
          { name: 'answer', type: 'varchar', length: '3' },
          { name: 'answeredAt', type: 'varchar', length: '30' },
          { name: 'markId', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_expert_answers_event', columnNames: ['eventId'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('expert_answers');
  }
}
