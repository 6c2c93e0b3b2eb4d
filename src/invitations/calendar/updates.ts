/**
 * What to send when a new version of the plan is published, compared with what was sent before.
 * The service stores, per UID, the last SEQUENCE, fingerprint and block it sent; this decides, and
 * the service sends and then stores what it sent. Nothing is sent for a block that did not change,
 * so a replan that only moves other experts leaves this expert's inbox alone.
 *
 * A block is known by its content, not by its position among the expert's blocks: each new block
 * takes the UID of the sent block it is (`matchBlocks`). When an expert's Friday block goes, the
 * Saturday one keeps its UID and nothing is sent about it; only Friday's is cancelled.
 */
import type { ExpertBlock } from './blocks';
import { CalendarError } from './errors';
import { blockFingerprint } from './fingerprint';
import { matchBlocks } from './matching';

export interface SentInvitation {
  /** SEQUENCE of the last message sent for this UID. */
  sequence: number;
  /** `blockFingerprint` of the block that message described. */
  fingerprint: string;
  /** The last message was a CANCEL: don't cancel twice; a block that comes back is invited again. */
  cancelled?: boolean;
  /** Sent by an organizer address no longer in use: never paired again, its number never reused. */
  retired?: boolean;
  /** The block that message described: what a new block is matched with, and what an update compares. */
  block: ExpertBlock;
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
      /** The block as last sent under this UID (changed, restored): what the update says changed. */
      previous?: ExpertBlock;
    }
  | {
      action: 'cancel';
      uid: string;
      sequence: number;
      expertId: string;
      /** The block as last sent: the cancellation names it. */
      previous: ExpertBlock;
    };

export function planUpdates(previous: ReadonlyMap<string, SentInvitation>, next: readonly ExpertBlock[], eventKey: string): InvitationUpdate[] {
  const { matched, gone } = matchBlocks(previous, next, eventKey);
  const updates: InvitationUpdate[] = [];
  const present = new Set<string>();
  for (const { block, uid, sent } of matched) {
    if (present.has(uid)) throw new CalendarError(`two blocks share the UID ${uid}`);
    present.add(uid);
    const fingerprint = blockFingerprint(block);
    if (!sent) updates.push({ action: 'request', reason: 'new', uid, sequence: 0, fingerprint, block });
    else if (sent.cancelled)
      updates.push({ action: 'request', reason: 'restored', uid, sequence: sent.sequence + 1, fingerprint, block, previous: sent.block });
    else if (sent.fingerprint !== fingerprint)
      updates.push({ action: 'request', reason: 'changed', uid, sequence: sent.sequence + 1, fingerprint, block, previous: sent.block });
  }
  for (const { uid, sent } of gone) updates.push({ action: 'cancel', uid, sequence: sent.sequence + 1, expertId: sent.block.expert.id, previous: sent.block });
  return updates;
}
