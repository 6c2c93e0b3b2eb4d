import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventSetup } from './event-setup';

/** An audition session: its own fields, and its rounds, tables, experts and groups as one document. */
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

  /**
   * Rounds, tables, experts, groups (with members and wishes), pins and forbidden pairs: JSON text
   * on SQLite, jsonb on PostgreSQL (the migration makes the column; TypeORM's json maps both).
   */
  @Column('json')
  setup!: EventSetup;

  /** Bumped by every change: a writer that read an older revision gets a conflict. */
  @Column('integer')
  revision!: number;

  @Column('varchar', { length: 30 })
  createdAt!: string;

  @Column('varchar', { length: 30 })
  updatedAt!: string;
}
