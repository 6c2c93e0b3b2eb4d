import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

/** A group and an expert who must never meet. */
@Entity('forbidden_pairs')
export class ForbiddenPairEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  groupKey!: string;

  @Column('varchar', { length: 100 })
  expertKey!: string;
}
