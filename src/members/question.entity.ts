import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member's question for an expert the group will meet; the expert reads it, without the asker's name, before the group comes. */
@Entity('questions')
@Index(['eventId', 'expertKey'])
@Index(['eventId', 'groupKey'])
export class QuestionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('varchar', { length: 100 })
  groupKey!: string;

  @Column('varchar', { length: 100 })
  expertKey!: string;

  /** Who asked, to limit how many one member may send; never shown. */
  @Column('varchar', { length: 100 })
  memberKey!: string;

  @Column('text')
  text!: string;

  @Column('varchar', { length: 30 })
  createdAt!: string;
}
