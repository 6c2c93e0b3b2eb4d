import { Column, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every row inside an event has: its event, its place in the list (the order organizers wrote)
 * and the fields of the exchange format that have no column of their own (kept, never lost).
 */
@Index(['eventId', 'position'])
export abstract class EventItemColumns {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('integer')
  position!: number;

  @Column('simple-json', { nullable: true })
  extra!: Record<string, unknown> | null;
}
