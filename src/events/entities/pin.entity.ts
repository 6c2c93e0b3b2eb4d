import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

/** A meeting that must happen (in a given round, if one is named). */
@Entity('pins')
export class PinEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  groupKey!: string;

  @Column('varchar', { length: 100 })
  expertKey!: string;

  @Column('varchar', { length: 100, nullable: true })
  roundKey!: string | null;
}
