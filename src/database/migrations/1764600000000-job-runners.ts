import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * Which instance runs a generation and when it last said so, so that jobs left by a stopped instance
 * are told from live ones; and a cancel asked of another instance than the one running the job.
 */
export class JobRunners1764600000000 implements MigrationInterface {
  name = 'JobRunners1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('generation_jobs', [
      new TableColumn({ name: 'runner', type: 'varchar', length: '120', isNullable: true }),
      new TableColumn({ name: 'heartbeatAt', type: 'varchar', length: '30', isNullable: true }),
      new TableColumn({ name: 'cancelRequestedAt', type: 'varchar', length: '30', isNullable: true }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('generation_jobs', 'cancelRequestedAt');
    await runner.dropColumn('generation_jobs', 'heartbeatAt');
    await runner.dropColumn('generation_jobs', 'runner');
  }
}
