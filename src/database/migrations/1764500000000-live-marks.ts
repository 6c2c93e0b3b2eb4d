import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class LiveMarks1764500000000 implements MigrationInterface {
  name = 'LiveMarks1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'live_marks',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'key', type: 'varchar', length: '100' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'round', type: 'varchar', length: '100', isNullable: true },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '30' },
        ],
        indices: [new TableIndex({ name: 'IDX_live_marks_event', columnNames: ['eventId'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('live_marks');
  }
}
