import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

@Entity('groups')
export class GroupEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  key!: string;

  @Column('varchar', { length: 300 })
  name!: string;

  @Column('integer')
  size!: number;

  @Column('simple-json', { nullable: true })
  themes!: string[] | null;

  @Column('simple-json', { nullable: true })
  rounds!: string[] | null;

  @Column('integer', { nullable: true })
  maxMeetings!: number | null;

  /** Whether the instance listed members (an empty list is not the same as none given). */
  @Column('boolean')
  hasMembers!: boolean;
}
