/**
 * What to send when a new version of the plan is published, compared with what was sent before.
 * The service stores, per UID, the last SEQUENCE and fingerprint it sent; this decides, and the
 * service sends and then stores what it sent. Nothing is sent for a block that did not change, so
 * a replan that only moves other experts leaves this expert's inbox alone.
 */
import type { ExpertBlock } from './blocks';
import { CalendarError } from './errors';
import { blockFingerprint } from './fingerprint';
import { blockUid, parseBlockUid } from './uid';

export interface SentInvitation {
  /** SEQUENCE of the last message sent for this UID. */
  sequence: number;
  /** `blockFingerprint` of the block that message described. */
  fingerprint: string;
  /** The last message was a CANCEL: don't cancel twice; a block that comes back is invited again. */
  cancelled?: boolean;
}

export type InvitationUpdate =
  | {
      action: 'request';
      /** new: first message; changed: times, table or groups moved; restored: was cancelled, is back. */
      reason: 'new' | 'changed' | 'restored';
      uid: string;
      sequence: number;
      fingerprint: string;
      block: ExpertBlock;
    }
  | {
      action: 'cancel';
      uid: string;
      sequence: number;
      /** From the UID, so the service can address the cancellation. */
      expertId: string;
    };

export function planUpdates(previous: ReadonlyMap<string, SentInvitation>, next: readonly ExpertBlock[], eventKey: string): InvitationUpdate[] {
  const updates: InvitationUpdate[] = [];
  const present = new Set<string>();
  for (const block of next) {
    const uid = blockUid(eventKey, block.expert.id, block.ordinal);
    if (present.has(uid)) throw new CalendarError(`two blocks share the UID ${uid}`);
    present.add(uid);
    const fingerprint = blockFingerprint(block);
    const sent = previous.get(uid);
    if (!sent) updates.push({ action: 'request', reason: 'new', uid, sequence: 0, fingerprint, block });
    else if (sent.cancelled) updates.push({ action: 'request', reason: 'restored', uid, sequence: sent.sequence + 1, fingerprint, block });
    else if (sent.fingerprint !== fingerprint) updates.push({ action: 'request', reason: 'changed', uid, sequence: sent.sequence + 1, fingerprint, block });
  }
  const gone = [...previous.entries()].filter(([uid, sent]) => !present.has(uid) && !sent.cancelled).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [uid, sent] of gone) {
    // Only this event's block UIDs: a map that also holds another event's rows must not cancel them.
    const parsed = parseBlockUid(uid);
    if (parsed?.eventKey === eventKey) updates.push({ action: 'cancel', uid, sequence: sent.sequence + 1, expertId: parsed.expertId });
  }
  return updates;
}
