import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An audition session; its rounds, tables, experts and groups are stored beside it, by event id. */
@Entity('events')
export class EventEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 300 })
  name!: string;

  @Column('varchar', { length: 100 })
  timezone!: string;

  @Column('varchar', { length: 500, nullable: true })
  location!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  organizerName!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  organizerEmail!: string | null;

  /** The instance's `options` block, as written. */
  @Column('simple-json')
  options!: Record<string, unknown>;

  /** Bumped by every change: a writer that read an older revision gets a conflict. */
  @Column('integer')
  revision!: number;

  @Column('varchar', { length: 30 })
  createdAt!: string;

  @Column('varchar', { length: 30 })
  updatedAt!: string;
}
