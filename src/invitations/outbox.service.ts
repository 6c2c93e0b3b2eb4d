/**
 * Sends the outbox. A timed job (every OUTBOX_INTERVAL_MS) takes the messages that are due, claims
 * each one with a conditional UPDATE (pending and due → sending, by this instance, until a lease
 * time; see scheduling/leases.ts), sends it with nodemailer, then marks it sent, or schedules a retry
 * with exponential back-off, or marks it failed after the last attempt.
 *
 * Never twice: a message is sent only by the instance whose claim changed its row, and only while
 * that claim holds (the SMTP timeouts are well inside the lease). On a graceful stop the pass under
 * way finishes the message it is sending and marks it, takes no other, and hands back any claim
 * still held, so the next instance sends at once what is left and nothing twice. A claim left by a
 * crashed instance is released after the lease time. The one window left is a crash after the SMTP
 * server accepted the message and before the row says `sent`: that message goes again after the
 * lease, with the same Message-ID (mail stores that keep one copy per Message-ID show it once) and
 * the same UID and SEQUENCE (calendars treat it as the same one). Once sent, the body and the
 * calendar file are purged: the outbox keeps who, when and the subject, not the personal details.
 * Without SMTP_URL nothing is sent: messages stay pending, visible to organizers.
 */
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import nodemailer, { type Transporter } from 'nodemailer';
import { LessThanOrEqual } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { claim, LeaseHolder } from '../scheduling/leases';
import { DEFAULT_RETRY, isPermanent, retryDelayMs, type RetryPolicy } from './backoff';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { type OutboxCode } from './outbox-messages';

/** How long a claim holds: far longer than one SMTP exchange (timeouts below). */
export const CLAIM_LEASE_MS = 5 * 60_000;
const SMTP_TIMEOUT_MS = 60_000;
const BATCH = 50;

@Injectable()
export class OutboxService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private readonly retry: RetryPolicy;
  private transport?: Transporter;
  /** The pass under way, awaited on a graceful stop. */
  private pass?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly holder: LeaseHolder,
    private readonly scheduler: SchedulerRegistry,
  ) {
    this.retry = { ...DEFAULT_RETRY, baseMs: config.outboxRetryBaseMs };
  }

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) {
      this.logger.warn('no SMTP_URL: e-mails stay pending in the outbox');
      return;
    }
    this.transport = nodemailer.createTransport({
      url: this.config.smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    this.scheduler.addInterval(
      'outbox',
      setInterval(() => void this.tick(), this.config.outboxIntervalMs),
    );
  }

  /** A graceful stop: the message being sent is finished and marked, no other is taken, claims are handed back. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.pass;
    await this.transactions
      .run((m) => m.update(OutboxMessageEntity, { status: 'sending', claimedBy: this.holder.id }, { status: 'pending', claimedBy: null, claimedUntil: null }))
      .catch((error: Error) => this.logger.warn(`outbox: claims not handed back on stop: ${error.message}`));
    this.transport?.close();
  }

  /** One pass: release stale claims, then send every due message this instance manages to claim. */
  tick(): Promise<void> {
    if (this.pass || !this.transport || this.stopping) return this.pass ?? Promise.resolve();
    this.pass = this.run().finally(() => (this.pass = undefined));
    return this.pass;
  }

  private async run(): Promise<void> {
    try {
      await this.releaseStaleClaims();
      const due = await this.reads.manager.find(OutboxMessageEntity, {
        select: { id: true },
        where: { status: 'pending', nextAttemptAt: LessThanOrEqual(this.clock.now().toISOString()) },
        order: { nextAttemptAt: 'ASC' },
        take: BATCH,
      });
      for (const { id } of due) {
        if (this.stopping) break;
        await this.deliver(id);
      }
    } catch (error) {
      this.logger.error(`outbox: ${(error as Error).stack ?? error}`);
    }
  }

  private async releaseStaleClaims(): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.transactions.run((m) =>
      m.update(
        OutboxMessageEntity,
        { status: 'sending', claimedUntil: LessThanOrEqual(now) },
        { status: 'pending', claimedBy: null, claimedUntil: null, nextAttemptAt: now },
      ),
    );
  }

  private async deliver(id: string): Promise<void> {
    const now = this.clock.now();
    const mine = { claimedBy: this.holder.id, claimedUntil: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString() };
    const won = await this.transactions.run((m) =>
      claim(m, OutboxMessageEntity, { id }, { status: 'sending', ...mine, attempts: () => '"attempts" + 1' }, [
        { status: 'pending', nextAttemptAt: LessThanOrEqual(now.toISOString()) },
      ]),
    );
    if (!won) return;
    const message = await this.reads.manager.findOneByOrFail(OutboxMessageEntity, { id });
    // A code of the outbox's messages, worded in the organizer's language when read (sayLastError).
    if (!message.sender) return this.finish(message, 'failed', 'outbox.no_sender' satisfies OutboxCode);
    try {
      const organizer = { name: message.senderName ?? '', address: message.sender };
      await this.transport!.sendMail({
        messageId: `<${message.id}@carrousel.invalid>`,
        // From the service's own address when it has one (the mail server may not send as the organizer's domain); answers still reach the organizer.
        ...(this.config.mailFrom
          ? { from: { name: organizer.name || organizer.address, address: this.config.mailFrom }, replyTo: organizer }
          : { from: organizer }),
        to: { name: message.recipientName ?? '', address: message.recipient },
        subject: message.subject,
        text: message.body,
        ...(message.calendar && message.method ? { icalEvent: { method: message.method, filename: 'invitation.ics', content: message.calendar } } : {}),
      });
      await this.finish(message, 'sent', null);
    } catch (error) {
      const e = error as Error & { responseCode?: number };
      const last = isPermanent(e) || message.attempts >= this.retry.maxAttempts;
      await this.finish(message, last ? 'failed' : 'pending', e.message.slice(0, 2000));
    }
  }

  private async finish(message: OutboxMessageEntity, status: 'sent' | 'pending' | 'failed', lastError: string | null): Promise<void> {
    const now = this.clock.now();
    const changes = {
      status,
      lastError,
      claimedBy: null,
      claimedUntil: null,
      // Delivered: what it said (names, addresses, the agenda) is not kept longer than needed.
      ...(status === 'sent' ? { sentAt: now.toISOString(), body: '', calendar: null } : {}),
      ...(status === 'pending' ? { nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts, this.retry)).toISOString() } : {}),
    };
    const ok = await this.transactions.run((m) =>
      claim(m, OutboxMessageEntity, { id: message.id }, changes, [{ status: 'sending', claimedBy: this.holder.id }]),
    );
    if (!ok) this.logger.warn(`outbox message ${message.id}: its claim lapsed before it was marked ${status}`);
    else if (status !== 'sent')
      this.logger.warn(
        `outbox message ${message.id} to ${message.recipient}, attempt ${message.attempts}: ${lastError}${status === 'failed' ? ' (given up)' : ''}`,
      );
  }
}
