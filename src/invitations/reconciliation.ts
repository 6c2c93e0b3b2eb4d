/**
 * What to send for the version in force, given what was sent before: pure, so that the service
 * only has to show it (the preview) or store it in one transaction (« Envoyer »). `planUpdates`
 * pairs blocks with sent invitations by content and decides per UID; this adds who can be reached,
 * builds the calendar files and the e-mails, and the state each UID moves to.
 *
 * - An expert with no usable address (or the organizer's own) is left out on both sides: nothing is
 *   made for them and their earlier invitations are neither updated nor cancelled; the organizers
 *   see them as not deliverable.
 * - An expert's address changed: the old address gets a CANCEL of what it holds, then the new one an
 *   invitation (titled as one, not as an update) with a higher SEQUENCE and a later DTSTAMP, so no
 *   client can take one for the other.
 * - The organizer's address changed: iTIP has one ORGANIZER per UID, and Google and Outlook treat a
 *   new one under the same UID as someone else's meeting. So each UID sent from the old address is
 *   cancelled under its old ORGANIZER, and the block is invited again under a new UID from the new
 *   address (docs/calendar.md, « Changer d'organisateur »).
 */
import type { InstanceFile, ScheduleFile } from '../engine';
import type { Message } from '../i18n';
import { allExpertBlocks, attendeeProblem, cancellation, type ExpertBlock, invitation, planUpdates, type SentInvitation, togetherAsSent } from './calendar';
import type { MessageKind } from './entities/outbox-message.entity';
import { addressChangedMail, cancellationMail, type ExpertLinks, invitationMail, type MailText, reorganizedMail } from './mail-text';

export interface StoredInvitation {
  uid: string;
  expertKey: string;
  sequence: number;
  fingerprint: string;
  cancelled: boolean;
  block: ExpertBlock;
  /** The address the last message of this UID was sent from (its ORGANIZER); unknown for old rows. */
  organizer?: string;
}

export type DraftReason = 'new' | 'changed' | 'restored' | 'cancelled' | 'addressChanged' | 'reorganized';

export interface MessageDraft {
  kind: MessageKind;
  dedupeKey: string;
  uid: string;
  sequence: number;
  subjectKey: string;
  recipient: string;
  recipientName: string;
  sender: string;
  senderName: string | null;
  subject: string;
  body: string;
  calendar: string;
  method: 'REQUEST' | 'CANCEL';
  reason: DraftReason;
  /** The slot the message is about (the new block for a REQUEST, the one that goes for a CANCEL). */
  start: number;
  end: number;
}

export interface Undeliverable {
  expertKey: string;
  name: string;
  /** Why, by name: worded in the request's language at the edge. */
  problem: Message;
}

export interface ReconcilePlan {
  /** The rows to write, each with the messages it causes. */
  changes: { state: StoredInvitation; messages: MessageDraft[] }[];
  undeliverable: Undeliverable[];
}

export interface ReconcileInput {
  /** Also the event key of the UIDs (a random UUID minted once per event). */
  eventId: string;
  instance: InstanceFile;
  schedule: ScheduleFile;
  states: readonly StoredInvitation[];
  now: Date;
  /** Each expert's page, answer and feed links, written in the e-mails. */
  links?: ReadonlyMap<string, ExpertLinks>;
  /** The experts who declined: a cancellation thanks them for telling. */
  declined?: ReadonlySet<string>;
}

/**
 * The version in force with the details as the event has them now. A version keeps the plan it was
 * published with (a copy keeps its source's), but an address corrected since (an expert's, the
 * organizer's) and a table's room or video link are where people must go: the invitations and the
 * feeds follow them without publishing again. An expert or table no longer in the event keeps what
 * the version says.
 */
export function withCurrentDetails(published: InstanceFile, current: InstanceFile): InstanceFile {
  const emails = new Map(current.experts.map((e) => [e.id, e.email]));
  const tables = new Map(current.tables.map((t) => [t.id, t]));
  const { organizer: _, ...event } = published.event;
  return {
    ...published,
    event: current.event.organizer ? { ...event, organizer: current.event.organizer } : event,
    tables: published.tables.map((t) => {
      const now = tables.get(t.id);
      if (!now) return t;
      const { location: _l, name: _n, ...rest } = t;
      return { ...rest, ...(now.name !== undefined ? { name: now.name } : {}), ...(now.location !== undefined ? { location: now.location } : {}) };
    }),
    experts: published.experts.map((e) => {
      if (!emails.has(e.id)) return e;
      const { email: _, ...rest } = e;
      const email = emails.get(e.id);
      return email === undefined ? rest : { ...rest, email };
    }),
  };
}

/** What a message is about, in its unique dedupe key (`invitation:<uid>:<sequence>`, say). */
const DEDUPE: Record<string, string> = { request: 'invitation', cancelled: 'cancellation', addressChanged: 'readdressed', reorganized: 'reorganized' };

/** Throws CalendarError when no invitation at all can be made (no organizer address). */
export function planReconciliation({ eventId, instance, schedule, states, now, links, declined }: ReconcileInput): ReconcilePlan {
  const event = instance.event;
  const organizer = event.organizer;
  const blocks = allExpertBlocks(instance, schedule, { together: togetherAsSent(states) });
  const undeliverable = new Map<string, Undeliverable>();
  for (const b of blocks) {
    const problem = undeliverable.has(b.expert.id) ? undefined : attendeeProblem(b.expert, organizer);
    if (problem) undeliverable.set(b.expert.id, { expertKey: b.expert.id, name: b.expert.name, problem });
  }
  const reachable = (expertKey: string) => !undeliverable.has(expertKey);
  const stored = new Map(states.filter((s) => reachable(s.expertKey)).map((s) => [s.uid, s]));
  const retired = [...stored.values()].filter((s) => s.organizer !== undefined && address(s.organizer) !== address(organizer?.email));
  const previous = new Map<string, SentInvitation>(
    [...stored].map(([uid, s]) => [
      uid,
      {
        sequence: s.sequence,
        fingerprint: s.fingerprint,
        block: s.block,
        // A UID of the old organizer is never reused: its block is invited again under a new one.
        cancelled: s.cancelled || retired.includes(s),
        retired: retired.includes(s),
      },
    ]),
  );
  const sender = { sender: organizer?.email?.trim() ?? '', senderName: organizer?.name ?? null };
  const next = blocks.filter((b) => reachable(b.expert.id));
  const remaining = (expertKey: string) => next.filter((b) => b.expert.id === expertKey);

  const draft = (
    kind: MessageKind,
    method: 'REQUEST' | 'CANCEL',
    reason: DraftReason,
    uid: string,
    sequence: number,
    block: ExpertBlock,
    mail: MailText,
    calendar: string,
  ): MessageDraft => ({
    kind,
    method,
    reason,
    uid,
    sequence,
    dedupeKey: `${DEDUPE[method === 'REQUEST' ? 'request' : reason]}:${uid}:${sequence}`,
    subjectKey: block.expert.id,
    recipient: block.expert.email!.trim(),
    recipientName: block.expert.name,
    ...sender,
    ...mail,
    calendar,
    start: block.start,
    end: block.end,
  });
  const cancel = (last: StoredInvitation, sequence: number, reason: 'cancelled' | 'addressChanged' | 'reorganized', at: Date): MessageDraft => {
    const b = last.block;
    const mail =
      reason === 'cancelled'
        ? cancellationMail(event.name, b, remaining(last.expertKey), declined?.has(last.expertKey) ?? false)
        : reason === 'addressChanged'
          ? addressChangedMail(event.name, b)
          : reorganizedMail(event.name, b, organizer?.email ?? '');
    // Under the ORGANIZER the UID was sent with: a CANCEL from someone else would not match.
    const from = reason === 'reorganized' ? { ...event, organizer: { email: last.organizer! } } : event;
    return draft(
      'cancellation',
      'CANCEL',
      reason,
      last.uid,
      sequence,
      b,
      mail,
      cancellation({ event: from, expert: b.expert, uid: last.uid, sequence, now: at, previous: b }),
    );
  };

  // Nothing is said about a slot already over: no invitation to it, no cancellation of it.
  const over = (u: ReturnType<typeof planUpdates>[number]) =>
    u.action === 'cancel' ? u.previous.end <= now.getTime() : u.reason === 'new' && u.block.end <= now.getTime() && !stored.has(u.uid);
  const changes: ReconcilePlan['changes'] = planUpdates(previous, next, eventId)
    .filter((u) => !over(u))
    .map((u) => {
      if (u.action === 'cancel') {
        const last = stored.get(u.uid)!;
        return { state: { ...last, sequence: u.sequence, cancelled: true }, messages: [cancel(last, u.sequence, 'cancelled', now)] };
      }
      const { block, uid, fingerprint } = u;
      const last = stored.get(uid);
      const moved = last && !last.cancelled && address(last.block.expert.email) !== address(block.expert.email);
      // The new address has never seen this UID: its first message is an invitation, one SEQUENCE and one second after the CANCEL.
      const sequence = moved ? u.sequence + 1 : u.sequence;
      const at = moved ? new Date(now.getTime() + 1000) : now;
      const reason = moved ? 'new' : u.reason;
      const request = draft(
        'invitation',
        'REQUEST',
        reason,
        uid,
        sequence,
        block,
        invitationMail(event.name, block, reason, u.previous, links?.get(block.expert.id)),
        invitation({ event, block, uid, sequence, now: at }),
      );
      return {
        state: { uid, expertKey: block.expert.id, sequence, fingerprint, cancelled: false, block, organizer: organizer?.email },
        messages: [...(moved ? [cancel(last, u.sequence, 'addressChanged', now)] : []), request],
      };
    });
  for (const s of retired.filter((r) => !r.cancelled)) {
    changes.push({ state: { ...s, sequence: s.sequence + 1, cancelled: true }, messages: [cancel(s, s.sequence + 1, 'reorganized', now)] });
  }
  return { changes, undeliverable: [...undeliverable.values()] };
}

/** Addresses compare without case or surrounding spaces. */
function address(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}
