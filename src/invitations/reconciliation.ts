/**
 * What to send for the version in force, given what was sent before: pure, so that the service
 * only has to store the result in one transaction. `planUpdates` decides per UID; this adds who
 * can be reached, builds the calendar files and the e-mails, and the state each UID moves to.
 *
 * An expert with no usable address (or the organizer's own) is left out on both sides: nothing is
 * made for them and their earlier invitations are neither updated nor cancelled; the organizers see
 * them as not deliverable. Once an address is added and the plan republished, they are invited.
 * When an expert's address changes, the old address gets a CANCEL of what it holds, the new one
 * the REQUEST: otherwise the old calendar would keep a meeting nobody updates.
 */
import type { InstanceFile, ScheduleFile } from '../engine/format';
import { allExpertBlocks, attendeeProblem, cancellation, type ExpertBlock, invitation, planUpdates, type SentInvitation } from './calendar';
import type { MessageKind } from './entities/outbox-message.entity';
import { addressChangedMail, cancellationMail, invitationMail } from './mail-text';

export interface StoredInvitation {
  uid: string;
  expertKey: string;
  sequence: number;
  fingerprint: string;
  cancelled: boolean;
  block: ExpertBlock;
}

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
  /** new / changed / restored for a REQUEST; cancelled, or addressChanged (to the old address), for a CANCEL. */
  reason: 'new' | 'changed' | 'restored' | 'cancelled' | 'addressChanged';
}

export interface Undeliverable {
  expertKey: string;
  name: string;
  problem: string;
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
}

/**
 * The version in force with each expert's address as the event has it now: a version keeps the
 * plan it was published with, but an address corrected since is where invitations must go, without
 * publishing again. An expert no longer in the event keeps the address of the version.
 */
export function withCurrentAddresses(published: InstanceFile, current: InstanceFile): InstanceFile {
  const now = new Map(current.experts.map((e) => [e.id, e.email]));
  return {
    ...published,
    experts: published.experts.map((e) => {
      if (!now.has(e.id)) return e;
      const { email: _, ...rest } = e;
      const email = now.get(e.id);
      return email === undefined ? rest : { ...rest, email };
    }),
  };
}

/** Throws CalendarError when no invitation at all can be made (no organizer address). */
export function planReconciliation({ eventId, instance, schedule, states, now }: ReconcileInput): ReconcilePlan {
  const event = instance.event;
  const organizer = event.organizer;
  const blocks = allExpertBlocks(instance, schedule);
  const undeliverable = new Map<string, Undeliverable>();
  for (const b of blocks) {
    const problem = undeliverable.has(b.expert.id) ? undefined : attendeeProblem(b.expert, organizer);
    if (problem) undeliverable.set(b.expert.id, { expertKey: b.expert.id, name: b.expert.name, problem });
  }
  const reachable = (expertKey: string) => !undeliverable.has(expertKey);
  const stored = new Map(states.filter((s) => reachable(s.expertKey)).map((s) => [s.uid, s]));
  const previous = new Map<string, SentInvitation>([...stored].map(([uid, s]) => [uid, { sequence: s.sequence, fingerprint: s.fingerprint, cancelled: s.cancelled }]));
  const sender = { sender: organizer?.email?.trim() ?? '', senderName: organizer?.name ?? null };

  const cancel = (last: StoredInvitation, uid: string, sequence: number, reason: 'cancelled' | 'addressChanged'): MessageDraft => {
    const expert = last.block.expert;
    const mail = reason === 'cancelled' ? cancellationMail(event.name, expert.name, last.block) : addressChangedMail(event.name, expert.name, last.block);
    return {
      kind: 'cancellation', dedupeKey: `${reason === 'cancelled' ? 'cancellation' : 'readdressed'}:${uid}:${sequence}`, uid, sequence, subjectKey: last.expertKey,
      recipient: expert.email!.trim(), recipientName: expert.name, ...sender, ...mail,
      calendar: cancellation({ event, expert, uid, sequence, now, previous: last.block }), method: 'CANCEL', reason,
    };
  };

  const changes = planUpdates(previous, blocks.filter((b) => reachable(b.expert.id)), eventId).map((u) => {
    if (u.action === 'request') {
      const { block, uid, sequence, fingerprint, reason } = u;
      const mail = invitationMail(event.name, block, reason);
      const last = stored.get(uid);
      const moved = last && !last.cancelled && address(last.block.expert.email) !== address(block.expert.email);
      return {
        state: { uid, expertKey: block.expert.id, sequence, fingerprint, cancelled: false, block },
        messages: [
          ...(moved ? [cancel(last, uid, sequence, 'addressChanged')] : []),
          {
            kind: 'invitation' as const, dedupeKey: `invitation:${uid}:${sequence}`, uid, sequence, subjectKey: block.expert.id,
            recipient: block.expert.email!.trim(), recipientName: block.expert.name, ...sender, ...mail,
            calendar: invitation({ event, block, uid, sequence, now }), method: 'REQUEST' as const, reason,
          },
        ],
      };
    }
    const last = stored.get(u.uid)!;
    return { state: { ...last, sequence: u.sequence, cancelled: true }, messages: [cancel(last, u.uid, u.sequence, 'cancelled')] };
  });
  return { changes, undeliverable: [...undeliverable.values()] };
}

/** Addresses compare without case or surrounding spaces. */
function address(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}
