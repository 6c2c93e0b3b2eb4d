import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** `link`: a member's personal link; `member-reminder`: a member's reminder before a session (src/outreach). */
export type MessageKind = 'invitation' | 'cancellation' | 'reminder' | 'notice' | 'link' | 'member-reminder';
/** `sending` = claimed by one instance until `claimedUntil` (see scheduling/leases.ts). */
export type MessageStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One e-mail to send, stored before anything is sent: the outbox. A timed job claims due messages
 * one by one and sends them; failures are retried with back-off. `dedupeKey` is unique, so making
 * the same message twice (a reconciliation run again, by two instances) is refused by the database.
 */
@Entity('outbox_messages')
@Index(['status', 'nextAttemptAt'])
@Index(['eventId'])
export class OutboxMessageEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  eventId!: string;

  @Column('varchar', { length: 20 })
  kind!: MessageKind;

  /** What the message is about: `invitation:<uid>:<sequence>`, say. */
  @Index('IDX_outbox_messages_dedupeKey', { unique: true })
  @Column('varchar', { length: 400 })
  dedupeKey!: string;

  /** The invitation's UID and SEQUENCE, for invitations and cancellations. */
  @Column('varchar', { length: 255, nullable: true })
  uid!: string | null;

  @Column('integer', { nullable: true })
  sequence!: number | null;

  /** The expert (or member) the message is for, in the event's words. */
  @Column('varchar', { length: 100, nullable: true })
  subjectKey!: string | null;

  @Column('varchar', { length: 320 })
  recipient!: string;

  @Column('varchar', { length: 300, nullable: true })
  recipientName!: string | null;

  /** The event's organizer at the time the message was made: From. None → the message fails. */
  @Column('varchar', { length: 320, nullable: true })
  sender!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  senderName!: string | null;

  @Column('varchar', { length: 500 })
  subject!: string;

  @Column('text')
  body!: string;

  /** The iCalendar file, sent as the `text/calendar; method=…` alternative. */
  @Column('text', { nullable: true })
  calendar!: string | null;

  @Column('varchar', { length: 10, nullable: true })
  method!: 'REQUEST' | 'CANCEL' | null;

  @Column('varchar', { length: 10 })
  status!: MessageStatus;

  @Column('integer')
  attempts!: number;

  @Column('varchar', { length: 30 })
  nextAttemptAt!: string;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  claimedBy!: string | null;

  @Column('varchar', { length: 30, nullable: true })
  claimedUntil!: string | null;

  @Column('varchar', { length: 30 })
  createdAt!: string;

  @Column('varchar', { length: 30, nullable: true })
  sentAt!: string | null;
}
