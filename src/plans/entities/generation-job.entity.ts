import { Column, Entity, PrimaryColumn } from 'typeorm';

export type JobStatus = 'queued' | 'running' | 'done' | 'infeasible' | 'failed' | 'cancelled';

/** A grid being generated in the background; its result is a new draft version. */
@Entity('generation_jobs')
export class GenerationJobEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('varchar', { length: 20 })
  status!: JobStatus;

  @Column('integer')
  seed!: number;

  @Column('integer')
  timeLimitMs!: number;

  /** The best metrics so far, and the elapsed time. */
  @Column('simple-json', { nullable: true })
  progress!: { elapsedMs: number; best: Record<string, number> } | null;

  /** Why it failed, or the conflicts of an infeasible instance. */
  @Column('simple-json', { nullable: true })
  problems!: unknown[] | null;

  @Column('integer', { nullable: true })
  versionNumber!: number | null;

  @Column('varchar', { length: 30 })
  createdAt!: string;

  @Column('varchar', { length: 30, nullable: true })
  finishedAt!: string | null;

  /** The service instance running it (its LeaseHolder id); null for jobs made before instances said so. */
  @Column('varchar', { length: 120, nullable: true })
  runner!: string | null;

  /** When its instance last said it was still running it (wall time, not the event's clock). */
  @Column('varchar', { length: 30, nullable: true })
  heartbeatAt!: string | null;

  /** A cancel asked of an instance that is not the one running it; the runner stops at its next heartbeat. */
  @Column('varchar', { length: 30, nullable: true })
  cancelRequestedAt!: string | null;
}
