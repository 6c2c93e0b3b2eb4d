import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions, TableIndex } from 'typeorm';

const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const long = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });

/** Invitation state per UID, the e-mail outbox, and the leases of timed jobs. */
export class Invitations1764300000000 implements MigrationInterface {
  name = 'Invitations1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'invitations',
        columns: [
          { ...text('uid', 255), isPrimary: true },
          text('eventId', 36),
          text('expertKey', 100),
          int('sequence'),
          text('fingerprint', 64),
          { name: 'cancelled', type: 'boolean' },
          long('block'),
          text('updatedAt', 30),
        ],
        indices: [new TableIndex({ name: 'IDX_invitations_eventId', columnNames: ['eventId'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          { ...text('id', 36), isPrimary: true },
          text('eventId', 36),
          text('kind', 20),
          text('dedupeKey', 400),
          text('uid', 255, true),
          int('sequence', true),
          text('subjectKey', 100, true),
          text('recipient', 320),
          text('recipientName', 300, true),
          text('sender', 320, true),
          text('senderName', 300, true),
          text('subject', 500),
          long('body'),
          long('calendar', true),
          text('method', 10, true),
          text('status', 10),
          int('attempts'),
          text('nextAttemptAt', 30),
          long('lastError', true),
          text('claimedBy', 100, true),
          text('claimedUntil', 30, true),
          text('createdAt', 30),
          text('sentAt', 30, true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_outbox_messages_dedupeKey', columnNames: ['dedupeKey'], isUnique: true }),
          new TableIndex({ name: 'IDX_outbox_messages_status_nextAttemptAt', columnNames: ['status', 'nextAttemptAt'] }),
          new TableIndex({ name: 'IDX_outbox_messages_eventId', columnNames: ['eventId'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'job_leases',
        columns: [{ ...text('name', 100), isPrimary: true }, text('holder', 100), text('leasedUntil', 30)],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('job_leases');
    await runner.dropTable('outbox_messages');
    await runner.dropTable('invitations');
  }
}
