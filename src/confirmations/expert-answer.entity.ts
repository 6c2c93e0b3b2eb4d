import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Answer } from './paths';

/**
 * An expert's answer to the invitation: « Je confirme » or « Je ne pourrai pas venir », the last
 * one counting. A decline marks the expert absent on the day (`markId`, the live mark it made), so
 * a replan leaves them out; a later confirmation removes that mark again. In an event of several sessions, the
 * decline may name one (`session`): the mark then covers that session's rounds only.
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

  /** A decline of one session only: that session's first round; null: the whole event. */
  @Column('varchar', { length: 100, nullable: true })
  session!: string | null;

  @Column('varchar', { length: 36, nullable: true })
  markId!: string | null;
}
