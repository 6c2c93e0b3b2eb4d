/** The only code that talks to the database about invitation state and the outbox's rows. */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors';
import { ExpertAnswerEntity } from '../confirmations/expert-answer.entity';
import { message } from '../i18n';
import './words/errors.messages';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { InvitationStateEntity } from './entities/invitation-state.entity';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import type { OutboxCode } from './outbox-messages';
import type { MessageDraft, StoredInvitation } from './reconciliation';

/** A plain e-mail to enqueue. */
export interface NoticeDraft {
  dedupeKey: string;
  subjectKey: string;
  recipient: string;
  recipientName: string;
  subject: string;
  body: string;
}

@Injectable()
export class InvitationsRepository {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
  ) {}

  states(eventId: string): Promise<InvitationStateEntity[]> {
    return this.reads.manager.find(InvitationStateEntity, { where: { eventId }, order: { uid: 'ASC' } });
  }

  /**
   * Moves each UID to its new state and enqueues its message, all in one transaction. `read` is
   * the state the changes were computed from: if another run (another instance, the periodic job)
   * moved a UID meanwhile, or already enqueued the same message (unique dedupeKey), everything is
   * rolled back and a ConflictError says to compute again.
   */
  async apply(
    eventId: string,
    read: readonly StoredInvitation[],
    changes: { state: StoredInvitation; messages: MessageDraft[] }[],
    now: string,
  ): Promise<OutboxMessageEntity[]> {
    const before = new Map(read.map((s) => [s.uid, s.sequence]));
    return this.transactions.run(async (m) => {
      const made: OutboxMessageEntity[] = [];
      for (const { state, messages } of changes) {
        // The organizer of a UID is read from its messages (their sender), not stored twice.
        const { organizer: _, ...stored } = state;
        const row = { ...stored, eventId, updatedAt: now };
        const old = before.get(state.uid);
        if (old === undefined) await m.insert(InvitationStateEntity, row);
        else {
          const result = await m.update(InvitationStateEntity, { uid: state.uid, sequence: old }, row);
          if (result.affected !== 1) throw new ConflictError(message('invitations.raced'));
        }
        for (const message of messages) made.push(await this.enqueue(m, eventId, message, now));
      }
      return made;
    });
  }

  private async enqueue(m: EntityManager, eventId: string, d: MessageDraft, now: string): Promise<OutboxMessageEntity> {
    const row = Object.assign(new OutboxMessageEntity(), {
      id: randomUUID(),
      eventId,
      kind: d.kind,
      dedupeKey: d.dedupeKey,
      uid: d.uid,
      sequence: d.sequence,
      subjectKey: d.subjectKey,
      recipient: d.recipient,
      recipientName: d.recipientName,
      sender: d.sender || null,
      senderName: d.senderName,
      subject: d.subject,
      body: d.body,
      calendar: d.calendar,
      method: d.method,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      claimedBy: null,
      claimedUntil: null,
      createdAt: now,
      sentAt: null,
    } satisfies OutboxMessageEntity);
    await m.insert(OutboxMessageEntity, row);
    return row;
  }

  /**
   * Plain e-mails (reminders, notices) into the outbox; one already made with the same dedupe key
   * is left as it is, so enqueuing again, from any instance, sends nothing twice. `within`: a
   * transaction already open, so the notices are stored with what caused them (a publish) or not at all.
   */
  async enqueueNotices(
    eventId: string,
    kind: 'reminder' | 'notice' | 'link' | 'member-reminder',
    drafts: NoticeDraft[],
    sender: { email?: string; name?: string },
    now: string,
    within?: EntityManager,
  ): Promise<number> {
    if (!drafts.length) return 0;
    const insert = async (m: EntityManager) => {
      const rows = drafts.map((d) => ({
        id: randomUUID(),
        eventId,
        kind,
        dedupeKey: d.dedupeKey,
        uid: null,
        sequence: null,
        subjectKey: d.subjectKey,
        recipient: d.recipient,
        recipientName: d.recipientName,
        sender: sender.email ?? null,
        senderName: sender.name ?? null,
        subject: d.subject,
        body: d.body,
        calendar: null,
        method: null,
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        claimedBy: null,
        claimedUntil: null,
        createdAt: now,
        sentAt: null,
      }));
      const result = await m.createQueryBuilder().insert().into(OutboxMessageEntity).values(rows).orIgnore().execute();
      return result.identifiers.filter(Boolean).length;
    };
    return within ? insert(within) : this.transactions.run(insert);
  }

  /** The experts who answered « Je ne pourrai pas venir »: their cancellations thank them for it. */
  async declinedExperts(eventId: string): Promise<Set<string>> {
    const rows = await this.reads.manager.find(ExpertAnswerEntity, { select: { expertKey: true }, where: { eventId, answer: 'no' } });
    return new Set(rows.map((r) => r.expertKey));
  }

  /** The event's plain e-mails of one kind still waiting for their first try or a retry, with their words. */
  pendingOfKind(eventId: string, kind: 'reminder' | 'member-reminder'): Promise<Pick<OutboxMessageEntity, 'dedupeKey' | 'subject' | 'body'>[]> {
    return this.reads.manager.find(OutboxMessageEntity, {
      select: { dedupeKey: true, subject: true, body: true },
      where: { eventId, kind, status: 'pending' },
    });
  }

  /**
   * Waiting e-mails worded again, or withdrawn (failed, `outbox.too_late`), so that what goes out
   * is true when it goes; a row the outbox has claimed meanwhile is left to it.
   */
  async rewordPending(
    reworded: readonly { dedupeKey: string; subject: string; body: string }[],
    withdrawn: readonly string[],
    within?: EntityManager,
  ): Promise<void> {
    if (!reworded.length && !withdrawn.length) return;
    const write = async (m: EntityManager) => {
      for (const r of reworded) await m.update(OutboxMessageEntity, { dedupeKey: r.dedupeKey, status: 'pending' }, { subject: r.subject, body: r.body });
      for (const key of withdrawn)
        await m.update(
          OutboxMessageEntity,
          { dedupeKey: key, status: 'pending' },
          { status: 'failed', lastError: 'outbox.too_late' satisfies OutboxCode, body: '' },
        );
    };
    await (within ? write(within) : this.transactions.run(write));
  }

  /** The event's plain e-mails of one kind: what was queued already, and how it went. */
  messagesOfKind(eventId: string, kind: OutboxMessageEntity['kind']): Promise<Pick<OutboxMessageEntity, 'dedupeKey' | 'status' | 'subjectKey'>[]> {
    return this.reads.manager.find(OutboxMessageEntity, { select: { dedupeKey: true, status: true, subjectKey: true }, where: { eventId, kind } });
  }

  /** The latest message of each UID of the event. */
  async latestMessages(eventId: string): Promise<Map<string, OutboxMessageEntity>> {
    return latestByUid(await this.messages(eventId));
  }

  /** Every e-mail of the event's outbox, oldest first. */
  messages(eventId: string): Promise<OutboxMessageEntity[]> {
    return this.reads.manager.find(OutboxMessageEntity, { where: { eventId }, order: { createdAt: 'ASC', sequence: 'ASC', kind: 'ASC' } });
  }

  /** Events with a version in force: what the periodic reconciliation looks at. */
  async publishedEventIds(): Promise<string[]> {
    const rows = await this.reads.manager.find(ScheduleVersionEntity, { select: { eventId: true }, where: { status: 'published' } });
    return [...new Set(rows.map((r) => r.eventId))];
  }

  async deleteForEvent(m: EntityManager, eventId: string): Promise<void> {
    await m.delete(OutboxMessageEntity, { eventId });
    await m.delete(InvitationStateEntity, { eventId });
  }
}

/** Each UID's last message among `rows` (oldest first). An address change makes a CANCEL (old address) and a REQUEST (new) together: the REQUEST, last, is the block's state. */
export function latestByUid(rows: readonly OutboxMessageEntity[]): Map<string, OutboxMessageEntity> {
  const latest = new Map<string, OutboxMessageEntity>();
  for (const r of rows) if (r.uid) latest.set(r.uid, r);
  return latest;
}
