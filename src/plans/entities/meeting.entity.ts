import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Group `groupKey` hears expert `expertKey` at table `tableKey` in round `roundKey`. */
@Entity('meetings')
@Index(['versionId'])
export class MeetingEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 36 })
  versionId!: string;

  @Column('varchar', { length: 100 })
  roundKey!: string;

  @Column('varchar', { length: 100 })
  tableKey!: string;

  @Column('varchar', { length: 100 })
  expertKey!: string;

  @Column('varchar', { length: 100 })
  groupKey!: string;
}
