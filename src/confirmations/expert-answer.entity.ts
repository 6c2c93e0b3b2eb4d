import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Answer } from './paths';

/**
 * An expert's answer to the invitation: « Je confirme » or « Je ne pourrai pas venir », the last
 * one counting. A decline marks the expert absent on the day (`markId`, the live mark it made), so
 * a replan leaves them out; a later confirmation removes that mark again.
 */
@Entity('expert_answers')
@Index(['eventId'])
export class ExpertAnswerEntity {
  @PrimaryColumn('varchar', { length: 36 })
  eventId!: string;

  @PrimaryColumn('varchar', { length: 100 })
  expertKey!: string;

  @Column('varchar', { length: 3 })
  answer!: Answer;

  @Column('varchar', { length: 30 })
  answeredAt!: string;

  @Column('varchar', { length: 36, nullable: true })
  markId!: string | null;
}
