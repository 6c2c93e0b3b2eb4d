import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** The members' own « no more reminders » (src/outreach/member-reminder-state.entities.ts). */
export class MemberReminderStates1764970000000 implements MigrationInterface {
  name = 'MemberReminderStates1764970000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'member_reminder_stops',
        columns: [
          { name: 'eventId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'memberKey', type: 'varchar', length: '100', isPrimary: true },
          { name: 'stoppedAt', type: 'varchar', length: '30' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('member_reminder_stops');
  }
}
