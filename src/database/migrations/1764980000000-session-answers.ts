import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * An expert who can come to some sessions and not others: the answer names the session declined
 * (`expert_answers.session`, its first round), and the mark it makes ends where the expert is back
 * (`live_marks.until`). Both null: the whole event, as before.
 */
export class SessionAnswers1764980000000 implements MigrationInterface {
  name = 'SessionAnswers1764980000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('live_marks', new TableColumn({ name: 'until', type: 'varchar', length: '100', isNullable: true }));
    await runner.addColumn('expert_answers', new TableColumn({ name: 'session', type: 'varchar', length: '100', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('expert_answers', 'session');
    await runner.dropColumn('live_marks', 'until');
  }
}
