import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ExpertBlock } from '../calendar';

/**
 * What was last sent for one UID (one block of one expert): `planUpdates` compares the version in
 * force with it, and it moves forward in the same transaction as the messages it causes.
 */
@Entity('invitations')
@Index(['eventId'])
export class InvitationStateEntity {
  @PrimaryColumn('varchar', { length: 255 })
  uid!: string;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('varchar', { length: 100 })
  expertKey!: string;

  /** SEQUENCE of the last message made for this UID. */
  @Column('integer')
  sequence!: number;

  /** `blockFingerprint` of the block last sent. */
  @Column('varchar', { length: 64 })
  fingerprint!: string;

  /** The last message was a CANCEL. */
  @Column('boolean')
  cancelled!: boolean;

  /** The block last sent: its times and table for a later CANCEL and for the organizers' view. */
  @Column('simple-json')
  block!: ExpertBlock;

  @Column('varchar', { length: 30 })
  updatedAt!: string;
}
