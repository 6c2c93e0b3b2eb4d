/**
 * Reconciliation: the invitations sent must always match the version in force. It runs when a
 * version is published, when organizers ask, and periodically (so that a crash between publishing
 * and reconciling loses nothing). Each run compares every expert's blocks with what was last sent
 * (`planUpdates`), and stores the new state and the e-mails to send in one transaction; the outbox
 * job sends them. Running it again changes nothing.
 */
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { ConflictError, StateError } from '../common/errors';
import { PlanEvents } from '../common/plan-events';
import { AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { PlansService } from '../plans/plans.service';
import { LeaseHolder, Leases } from '../scheduling/leases';
import { allExpertBlocks, attendeeProblem, blockUid, CalendarError } from './calendar';
import type { OutboxMessageEntity } from './entities/outbox-message.entity';
import { InvitationsRepository } from './invitations.repository';
import { planReconciliation, type Undeliverable, withCurrentAddresses } from './reconciliation';

export interface Enqueued {
  id: string;
  kind: OutboxMessageEntity['kind'];
  method: string | null;
  expert: string;
  recipient: string;
  uid: string;
  sequence: number;
}

export interface ReconcileResult {
  /** The version in force, or null before anything is published. */
  version: number | null;
  enqueued: Enqueued[];
  undeliverable: Undeliverable[];
}

const RECONCILE_JOB = 'invitations.reconcile';

@Injectable()
export class InvitationsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(InvitationsService.name);
  /** One run at a time per event in this process (other processes are handled by the guarded writes). */
  private readonly running = new Map<string, Promise<ReconcileResult>>();

  constructor(
    private readonly repo: InvitationsRepository,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly leases: Leases,
    private readonly holder: LeaseHolder,
    private readonly scheduler: SchedulerRegistry,
    news: PlanEvents,
  ) {
    news.on('published', ({ eventId }) => this.reconcile(eventId).then(() => undefined));
    events.onRemove((m, eventId) => repo.deleteForEvent(m, eventId));
  }

  onApplicationBootstrap(): void {
    const every = this.config.invitationsReconcileMs;
    this.scheduler.addInterval(RECONCILE_JOB, setInterval(() => void this.reconcileAll(), every));
    // Soon after a start too: a crash right after a publication must not wait a whole period.
    this.scheduler.addTimeout(`${RECONCILE_JOB}.start`, setTimeout(() => void this.reconcileAll(), Math.min(every, 2_000)));
  }

  async onModuleDestroy(): Promise<void> {
    await this.leases.release(RECONCILE_JOB, this.holder.id).catch(() => undefined);
  }

  /** Every event in force, on the one instance holding the job's lease. */
  async reconcileAll(): Promise<void> {
    try {
      if (!(await this.leases.tryLease(RECONCILE_JOB, this.holder.id, this.config.invitationsReconcileMs * 3, this.clock.now()))) return;
      for (const eventId of await this.repo.publishedEventIds()) {
        await this.reconcile(eventId).catch((error: Error) => this.logger.warn(`reconciliation of event ${eventId}: ${error.message}`));
      }
    } catch (error) {
      this.logger.error(`periodic reconciliation failed: ${(error as Error).stack ?? error}`);
    }
  }

  reconcile(eventId: string): Promise<ReconcileResult> {
    const previous = this.running.get(eventId) ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then(() => this.reconcileOnce(eventId));
    this.running.set(eventId, next);
    void next.finally(() => this.running.get(eventId) === next && this.running.delete(eventId)).catch(() => undefined);
    return next;
  }

  /** The event, and its version in force with the experts' addresses as the event has them now. */
  private async inForce(eventId: string) {
    const [published, { event, instance }] = await Promise.all([this.plans.inForce(eventId), this.events.instance(eventId)]);
    return { event, inForce: published && { ...published, instance: withCurrentAddresses(published.instance, instance) } };
  }

  private async reconcileOnce(eventId: string): Promise<ReconcileResult> {
    for (let attempt = 1; ; attempt++) {
      const { inForce } = await this.inForce(eventId);
      if (!inForce) return { version: null, enqueued: [], undeliverable: [] };
      const states = await this.repo.states(eventId);
      let plan;
      try {
        plan = planReconciliation({ eventId, instance: inForce.instance, schedule: inForce.schedule, states, now: this.clock.now() });
      } catch (error) {
        if (error instanceof CalendarError) throw new StateError(`invitations impossibles : ${error.message} / invitations cannot be made: ${error.message}`);
        throw error;
      }
      try {
        const made = await this.repo.apply(eventId, states, plan.changes, this.clock.now().toISOString());
        return {
          version: inForce.number,
          undeliverable: plan.undeliverable,
          enqueued: made.map((m) => ({ id: m.id, kind: m.kind, method: m.method, expert: m.subjectKey!, recipient: m.recipient, uid: m.uid!, sequence: m.sequence! })),
        };
      } catch (error) {
        // Another run got there first (another instance, the periodic job): compute again from its result.
        if (attempt >= 3) throw error instanceof ConflictError ? error : new ConflictError(`reconciliation raced with another run: ${(error as Error).message}`);
      }
    }
  }

  /** Per expert of the version in force (and any expert invited before): blocks, sequences, deliveries. */
  async status(eventId: string) {
    const { event, inForce } = await this.inForce(eventId);
    const [states, latest] = await Promise.all([this.repo.states(eventId), this.repo.latestMessages(eventId)]);
    const organizer = inForce?.instance.event.organizer;
    const blocks = inForce ? allExpertBlocks(inForce.instance, inForce.schedule) : [];
    const stateByUid = new Map(states.map((s) => [s.uid, s]));
    const current = new Set(blocks.map((b) => blockUid(eventId, b.expert.id, b.ordinal)));
    const experts = new Map<string, { key: string; name: string; email: string | null; deliverable: boolean; problem: string | null; blocks: unknown[] }>();
    const expertOf = (e: { id: string; name: string; email?: string }) => {
      if (!experts.has(e.id)) {
        const problem = attendeeProblem(e, organizer) ?? null;
        experts.set(e.id, { key: e.id, name: e.name, email: e.email ?? null, deliverable: !problem, problem, blocks: [] });
      }
      return experts.get(e.id)!;
    };
    for (const e of inForce?.instance.experts ?? []) expertOf(e);
    const message = (uid: string) => {
      const m = latest.get(uid);
      return m ? { id: m.id, kind: m.kind, method: m.method, sequence: m.sequence, subject: m.subject, status: m.status, attempts: m.attempts, lastError: m.lastError, nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt : null, createdAt: m.createdAt, sentAt: m.sentAt } : null;
    };
    const view = (uid: string, b: { ordinal: number; start: number; end: number; table: { id: string; name: string } }, inForceNow: boolean) => {
      const s = stateByUid.get(uid);
      return {
        uid, ordinal: b.ordinal, start: new Date(b.start).toISOString(), end: new Date(b.end).toISOString(), table: b.table.id, tableName: b.table.name,
        inForce: inForceNow, sequence: s?.sequence ?? null, cancelled: s?.cancelled ?? false, lastMessage: message(uid),
      };
    };
    for (const b of blocks) {
      const uid = blockUid(eventId, b.expert.id, b.ordinal);
      expertOf(b.expert).blocks.push(view(uid, b, true));
    }
    // Blocks sent before that are gone from the version in force (cancelled, or about to be).
    for (const s of states) if (!current.has(s.uid)) expertOf(s.block.expert).blocks.push(view(s.uid, s.block, false));
    const all = [...latest.values()];
    const count = (status: string) => all.filter((m) => m.status === status).length;
    return {
      eventId, version: inForce?.number ?? null,
      organizer: organizer?.email ?? event.organizerEmail ?? null,
      smtp: Boolean(this.config.smtpUrl),
      totals: { pending: count('pending') + count('sending'), sent: count('sent'), failed: count('failed') },
      experts: [...experts.values()],
    };
  }
}
