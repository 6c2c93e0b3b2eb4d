import { Column, Entity } from 'typeorm';
import { EventItemColumns } from './event-item.columns';

@Entity('rounds')
export class RoundEntity extends EventItemColumns {
  @Column('varchar', { length: 100 })
  key!: string;

  /** Wall times in the event's zone, as organizers wrote them. */
  @Column('varchar', { length: 16 })
  start!: string;

  @Column('varchar', { length: 16 })
  end!: string;

  /** The same times as UTC instants (ISO 8601), for the clock and the calendars. */
  @Column('varchar', { length: 30 })
  startsAt!: string;

  @Column('varchar', { length: 30 })
  endsAt!: string;
}
