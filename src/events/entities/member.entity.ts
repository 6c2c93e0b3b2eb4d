import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

/** A citizen in a group. */
@Entity('members')
export class MemberEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  groupKey!: string;

  @Column('varchar', { length: 100 })
  key!: string;

  @Column('varchar', { length: 300 })
  name!: string;

  @Column('varchar', { length: 300, nullable: true })
  email!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  phone!: string | null;
}
