import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

/** A group's wish to hear an expert, weight 1–10. */
@Entity('wishes')
export class WishEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  groupKey!: string;

  @Column('varchar', { length: 100 })
  expertKey!: string;

  @Column('integer')
  weight!: number;
}
