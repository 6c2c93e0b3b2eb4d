import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member who asked for no more reminders (« Ne plus recevoir de rappels »), until they ask again. */
@Entity('member_reminder_stops')
export class MemberReminderStopEntity {
  @PrimaryColumn('varchar', { length: 36 })
  eventId!: string;

  @PrimaryColumn('varchar', { length: 100 })
  memberKey!: string;

  @Column('varchar', { length: 30 })
  stoppedAt!: string;
}
