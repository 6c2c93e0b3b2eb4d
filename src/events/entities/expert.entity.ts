import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

@Entity('experts')
export class ExpertEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  key!: string;

  @Column('varchar', { length: 300 })
  name!: string;

  @Column('varchar', { length: 300, nullable: true })
  email!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  organization!: string | null;

  @Column('simple-json', { nullable: true })
  themes!: string[] | null;

  /** Round keys present; null means every round. */
  @Column('simple-json', { nullable: true })
  rounds!: string[] | null;

  @Column('integer', { nullable: true })
  maxMeetings!: number | null;

  @Column('integer', { nullable: true })
  maxConsecutive!: number | null;

  @Column('integer', { nullable: true })
  maxGroupsPerRound!: number | null;

  /** Fixed seat: a table key. */
  @Column('varchar', { length: 100, nullable: true })
  tableKey!: string | null;
}
