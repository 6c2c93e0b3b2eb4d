import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MarkKind, MarkStatus } from '../marks';

/** An expert or a group marked absent or late on the day, or a table closed. */
@Entity('live_marks')
@Index(['eventId'])
export class LiveMarkEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('varchar', { length: 20 })
  kind!: MarkKind;

  @Column('varchar', { length: 100 })
  key!: string;

  @Column('varchar', { length: 20 })
  status!: MarkStatus;

  @Column('varchar', { length: 100, nullable: true })
  round!: string | null;

  /** Absent only: the round the expert or group is back for; null: not back. */
  @Column('varchar', { length: 100, nullable: true })
  until!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  note!: string | null;

  @Column('varchar', { length: 30 })
  createdAt!: string;
}
