import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who runs a timed job, until when (see leases.ts). One row per job name. */
@Entity('job_leases')
export class JobLeaseEntity {
  @PrimaryColumn('varchar', { length: 100 })
  name!: string;

  /** The process holding the lease (`processHolder()`); '' when never taken. */
  @Column('varchar', { length: 100 })
  holder!: string;

  /** ISO instant; past it, any process may take the lease over. */
  @Column('varchar', { length: 30 })
  leasedUntil!: string;
}
