import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

/** A physical table or a video room. */
@Entity('tables')
export class TableEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  key!: string;

  @Column('varchar', { length: 300, nullable: true })
  name!: string | null;

  @Column('integer')
  seats!: number;

  /** A room link for video rooms, or where the table is. */
  @Column('varchar', { length: 1000, nullable: true })
  location!: string | null;
}
