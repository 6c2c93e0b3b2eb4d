/**
 * The experts' invitations follow the version in force, when the organizer says so: publishing
 * sends nothing. `preview` says what « Envoyer » would send (to whom, invitations, updates,
 * cancellations); `send` stores exactly that, the new state and the e-mails in one transaction, and
 * the outbox job delivers them. `send` is given the preview's digest: if the plan changed between
 * the preview and the click, it refuses instead of sending something nobody saw. Sending again
 * changes nothing.
 */
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { ConflictError, StateError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { answerPath } from '../confirmations/paths';
import { EventsService } from '../events/events.service';
import { type Message, message } from '../i18n';
import { PlansService } from '../plans/plans.service';
import { allExpertBlocks, attendeeProblem, CalendarError, matchBlocks, organizerProblem, type SentInvitation, togetherAsSent } from './calendar';
import type { OutboxMessageEntity } from './entities/outbox-message.entity';
import { InvitationsRepository, latestByUid } from './invitations.repository';
import type { ExpertLinks } from './mail-text';
import { type LinksAddress, linksAddress, refuseLocalLinks } from './public-links';
import { type MessageDraft, planReconciliation, type ReconcilePlan, type StoredInvitation, type Undeliverable, withCurrentDetails } from './reconciliation';
import './words/errors.messages';

/** One message « Envoyer » would send, in the organizer's words (no body). */
export interface PlannedMessage {
  expert: string;
  name: string;
  recipient: string;
  method: 'REQUEST' | 'CANCEL';
  reason: MessageDraft['reason'];
  start: string;
  end: string;
}

export interface Preview {
  /** The version in force, or null before anything is published. */
  version: number | null;
  /** Names this exact set of messages: `send` refuses another one. */
  digest: string;
  messages: PlannedMessage[];
  counts: Record<MessageDraft['reason'], number> & { total: number; experts: number };
  undeliverable: Undeliverable[];
  /** Where the e-mails' links lead, and whether anyone but this machine can open it. */
  links: LinksAddress;
}

export interface Enqueued {
  id: string;
  kind: OutboxMessageEntity['kind'];
  method: string | null;
  expert: string;
  recipient: string;
  uid: string;
  sequence: number;
}

export interface SendResult {
  version: number | null;
  enqueued: Enqueued[];
  undeliverable: Undeliverable[];
}

@Injectable()
export class InvitationsService {
  /** One send at a time per event in this process (other processes are held off by the guarded writes). */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    private readonly repo: InvitationsRepository,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly links: LinksService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    events.onRemove((m, eventId) => repo.deleteForEvent(m, eventId));
  }

  async preview(eventId: string): Promise<Preview> {
    const found = await this.plan(eventId);
    const seen = found ? describe(found.version, found.plan) : describe(null, { changes: [], undeliverable: [] });
    return { ...seen, links: linksAddress(this.config.publicUrl) };
  }

  /**
   * Stores what the preview with this `digest` showed (every pending change when no digest is
   * given); links to an address that is not public go only with `confirmLocalLinks`.
   */
  send(eventId: string, digest?: string, confirmLocalLinks?: boolean): Promise<SendResult> {
    const previous = this.running.get(eventId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.sendOnce(eventId, digest, confirmLocalLinks));
    this.running.set(eventId, next);
    void next.finally(() => this.running.get(eventId) === next && this.running.delete(eventId)).catch(() => undefined);
    return next;
  }

  private async sendOnce(eventId: string, digest: string | undefined, confirmLocalLinks: boolean | undefined): Promise<SendResult> {
    const found = await this.plan(eventId);
    if (!found) return { version: null, enqueued: [], undeliverable: [] };
    const { version, plan, states } = found;
    const seen = describe(version, plan);
    if (digest !== undefined && digest !== seen.digest) {
      const before = Number(/^(\d+):/.exec(digest)?.[1] ?? 0);
      throw new ConflictError(message('invitations.stale', { before, after: seen.messages.length }));
    }
    if (seen.messages.length) refuseLocalLinks(this.config.publicUrl, confirmLocalLinks);
    try {
      const made = await this.repo.apply(eventId, states, plan.changes, this.clock.now().toISOString());
      return {
        version,
        undeliverable: plan.undeliverable,
        enqueued: made.map((m) => ({
          id: m.id,
          kind: m.kind,
          method: m.method,
          expert: m.subjectKey!,
          recipient: m.recipient,
          uid: m.uid!,
          sequence: m.sequence!,
        })),
      };
    } catch (error) {
      // Another instance stored a send first: what this preview showed is no longer what is pending.
      if (error instanceof ConflictError) throw new ConflictError(message('invitations.raced'));
      throw error;
    }
  }

  /** What the version in force asks for, from what was sent; undefined before anything is published. */
  private async plan(eventId: string): Promise<{ version: number; plan: ReconcilePlan; states: StoredInvitation[] } | undefined> {
    const inForce = await this.inForce(eventId);
    if (!inForce) return undefined;
    const noInvitation = organizerProblem(inForce.instance.event.organizer);
    if (noInvitation) throw new StateError(noInvitation);
    const [states, links, declined] = await Promise.all([this.stored(eventId), this.expertLinks(eventId), this.repo.declinedExperts(eventId)]);
    try {
      return {
        version: inForce.number,
        states,
        plan: planReconciliation({ eventId, instance: inForce.instance, schedule: inForce.schedule, states, now: this.clock.now(), links, declined }),
      };
    } catch (error) {
      if (error instanceof CalendarError) throw new StateError(message('invitations.cannot', { reason: error.message }));
      throw error;
    }
  }

  /** The state of every UID, with the address its last message came from (its ORGANIZER). */
  private async stored(eventId: string): Promise<StoredInvitation[]> {
    const [rows, latest] = await Promise.all([this.repo.states(eventId), this.repo.latestMessages(eventId)]);
    return rows.map((r) => ({
      uid: r.uid,
      expertKey: r.expertKey,
      sequence: r.sequence,
      fingerprint: r.fingerprint,
      cancelled: r.cancelled,
      block: r.block,
      organizer: latest.get(r.uid)?.sender ?? undefined,
    }));
  }

  private async expertLinks(eventId: string): Promise<Map<string, ExpertLinks>> {
    const base = this.config.publicUrl;
    return new Map(
      (await this.links.links(eventId))
        .filter((l) => l.kind === 'expert')
        .map((l) => [
          l.key,
          {
            page: l.url,
            feed: `${base}/cal/x/${l.token}.ics`,
            confirm: `${base}${answerPath(l.token, 'yes')}`,
            decline: `${base}${answerPath(l.token, 'no')}`,
          },
        ]),
    );
  }

  /** The version in force with the experts' addresses as the event has them now. */
  private async inForce(eventId: string) {
    const [published, { instance }] = await Promise.all([this.plans.inForce(eventId), this.events.instance(eventId)]);
    return published && { ...published, instance: withCurrentDetails(published.instance, instance) };
  }

  /** Per expert of the version in force (and any expert invited before): blocks, sequences, deliveries. */
  async status(eventId: string) {
    const [inForce, { instance: now }] = await Promise.all([this.inForce(eventId), this.events.instance(eventId)]);
    const [states, messages] = await Promise.all([this.repo.states(eventId), this.repo.messages(eventId)]);
    const latest = latestByUid(messages);
    const organizer = inForce?.instance.event.organizer;
    const blocks = inForce ? allExpertBlocks(inForce.instance, inForce.schedule, { together: togetherAsSent(states) }) : [];
    const stateByUid = new Map(states.map((s) => [s.uid, s]));
    const previous = new Map<string, SentInvitation>(
      states.map((s) => [s.uid, { sequence: s.sequence, fingerprint: s.fingerprint, cancelled: s.cancelled, block: s.block }]),
    );
    const { matched } = matchBlocks(previous, blocks, eventId);
    const current = new Set(matched.map((m) => m.uid));
    const experts = new Map<string, { key: string; name: string; email: string | null; deliverable: boolean; problem: Message | null; blocks: unknown[] }>();
    const expertOf = (e: { id: string; name: string; email?: string }) => {
      if (!experts.has(e.id)) {
        const problem = attendeeProblem(e, organizer) ?? null;
        experts.set(e.id, { key: e.id, name: e.name, email: e.email ?? null, deliverable: !problem, problem, blocks: [] });
      }
      return experts.get(e.id)!;
    };
    for (const e of inForce?.instance.experts ?? []) expertOf(e);
    const lastMessage = (uid: string) => {
      const m = latest.get(uid);
      return m
        ? {
            id: m.id,
            kind: m.kind,
            method: m.method,
            sequence: m.sequence,
            subject: m.subject,
            status: m.status,
            attempts: m.attempts,
            lastError: m.lastError,
            nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt : null,
            createdAt: m.createdAt,
            sentAt: m.sentAt,
          }
        : null;
    };
    const view = (uid: string, b: { start: number; end: number; table: { id: string; name: string } }, inForceNow: boolean) => {
      const s = stateByUid.get(uid);
      return {
        uid,
        start: new Date(b.start).toISOString(),
        end: new Date(b.end).toISOString(),
        table: b.table.id,
        tableName: b.table.name,
        inForce: inForceNow,
        sequence: s?.sequence ?? null,
        cancelled: s?.cancelled ?? false,
        lastMessage: lastMessage(uid),
      };
    };
    for (const { block, uid } of matched) expertOf(block.expert).blocks.push(view(uid, block, true));
    // Blocks sent before that are gone from the version in force (cancelled, or to be on the next send).
    for (const s of states) if (!current.has(s.uid)) expertOf(s.block.expert).blocks.push(view(s.uid, s.block, false));
    // Every invitation, update and cancellation sent so far, not only each block's last one.
    const invitations = messages.filter((m) => m.kind === 'invitation' || m.kind === 'cancellation');
    const count = (status: string) => invitations.filter((m) => m.status === status).length;
    const sent = (kind: string) => messages.filter((m) => m.status === 'sent' && m.kind === kind).length;
    return {
      eventId,
      version: inForce?.number ?? null,
      organizer: organizer?.email ?? now.event.organizer?.email ?? null,
      smtp: Boolean(this.config.smtpUrl),
      totals: { pending: count('pending') + count('sending'), sent: count('sent'), failed: count('failed') },
      /** What has reached the mail server, by kind: the experts' invitations and their updates, cancellations, reminders, and the members' change notices. */
      sentByKind: {
        requests: sent('invitation'),
        cancellations: sent('cancellation'),
        reminders: sent('reminder'),
        notices: sent('notice'),
      },
      experts: [...experts.values()],
    };
  }
}

function describe(version: number | null, plan: Pick<ReconcilePlan, 'changes' | 'undeliverable'>): Omit<Preview, 'links'> {
  const drafts = plan.changes.flatMap((c) => c.messages);
  const messages = drafts.map((d) => ({
    expert: d.subjectKey,
    name: d.recipientName,
    recipient: d.recipient,
    method: d.method,
    reason: d.reason,
    start: new Date(d.start).toISOString(),
    end: new Date(d.end).toISOString(),
  }));
  const counts = {
    new: 0,
    changed: 0,
    restored: 0,
    cancelled: 0,
    addressChanged: 0,
    reorganized: 0,
    total: drafts.length,
    experts: new Set(drafts.map((d) => d.subjectKey)).size,
  };
  for (const d of drafts) counts[d.reason]++;
  const keys = drafts.map((d) => `${d.dedupeKey}>${d.recipient.toLowerCase()}`).sort();
  // The count first, so a stale digest can say how many the organizer saw.
  const digest = `${drafts.length}:${createHash('sha256')
    .update(JSON.stringify([version, keys]))
    .digest('hex')
    .slice(0, 32)}`;
  return { version, digest, messages, counts, undeliverable: plan.undeliverable };
}
