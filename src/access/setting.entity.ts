import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Service-wide values kept in the database (the organizer key's hash, for one). */
@Entity('settings')
export class SettingEntity {
  @PrimaryColumn('varchar', { length: 100 })
  key!: string;

  @Column('text')
  value!: string;
}
