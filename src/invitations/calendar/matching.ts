/**
 * Which sent invitation each of an expert's new blocks is. Positions lie: when the first block of
 * three goes, the second becomes the first. So a new block is paired with a sent one by what it
 * holds, most alike first:
 *
 * 1. the very same block (same fingerprint);
 * 2. the sent block it overlaps most in time (a delay, a round more or less, a group swapped);
 * 3. a sent block at the same table on the same day (a delay longer than the block itself);
 * 4. a cancelled block it overlaps (the slot comes back under its old UID).
 *
 * A new block paired with none gets a fresh UID (the expert's next number, never one used before);
 * a sent block paired with none is gone and will be cancelled.
 */
import { DateTime } from 'luxon';
import type { ExpertBlock } from './blocks';
import { blockFingerprint } from './fingerprint';
import { blockUid, parseBlockUid } from './uid';
import type { SentInvitation } from './updates';

export interface BlockMatch {
  block: ExpertBlock;
  uid: string;
  /** What was sent under that UID; none for a fresh UID. */
  sent?: SentInvitation;
}

export interface Matching {
  /** Every new block, in the order given. */
  matched: BlockMatch[];
  /** Sent blocks (not already cancelled) that no new block is: to cancel, in UID order. */
  gone: { uid: string; sent: SentInvitation }[];
}

interface Stored {
  uid: string;
  ordinal: number;
  sent: SentInvitation;
}

const overlap = (a: ExpertBlock, b: ExpertBlock) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const day = (b: ExpertBlock) => DateTime.fromMillis(b.start, { zone: b.timezone }).toISODate();

export function matchBlocks(previous: ReadonlyMap<string, SentInvitation>, next: readonly ExpertBlock[], eventKey: string): Matching {
  const storedByExpert = new Map<string, Stored[]>();
  for (const [uid, sent] of previous) {
    // Only this event's block UIDs: a map that also holds another event's rows must not touch them.
    const parsed = parseBlockUid(uid);
    if (parsed?.eventKey !== eventKey) continue;
    storedByExpert.set(parsed.expertId, [...(storedByExpert.get(parsed.expertId) ?? []), { uid, ordinal: parsed.ordinal, sent }]);
  }
  const nextByExpert = new Map<string, ExpertBlock[]>();
  for (const b of next) nextByExpert.set(b.expert.id, [...(nextByExpert.get(b.expert.id) ?? []), b]);

  const pairs = new Map<ExpertBlock, BlockMatch>();
  const gone: Matching['gone'] = [];
  for (const expertId of new Set([...storedByExpert.keys(), ...nextByExpert.keys()])) {
    const stored = storedByExpert.get(expertId) ?? [];
    const blocks = nextByExpert.get(expertId) ?? [];
    const live = stored.filter((s) => !s.sent.cancelled && !s.sent.retired);
    const taken = new Set<Stored>();
    const pair = (candidates: Stored[], score: (b: ExpertBlock, s: Stored) => number | undefined) => {
      const options: { b: ExpertBlock; s: Stored; score: number }[] = [];
      for (const b of blocks) {
        if (pairs.has(b)) continue;
        for (const s of candidates) {
          const value = taken.has(s) ? undefined : score(b, s);
          if (value !== undefined) options.push({ b, s, score: value });
        }
      }
      // Best first; ties by time, then UID, so the result never depends on the order of the rows.
      options.sort((x, y) => y.score - x.score || x.b.start - y.b.start || (x.s.uid < y.s.uid ? -1 : 1));
      for (const { b, s } of options) {
        if (pairs.has(b) || taken.has(s)) continue;
        pairs.set(b, { block: b, uid: s.uid, sent: s.sent });
        taken.add(s);
      }
    };
    const fingerprints = new Map(blocks.map((b) => [b, blockFingerprint(b)]));
    pair(live, (b, s) => (s.sent.fingerprint === fingerprints.get(b) ? 1 : undefined));
    pair(live, (b, s) => overlap(b, s.sent.block) || undefined);
    pair(live, (b, s) => (b.table.id === s.sent.block.table.id && day(b) === day(s.sent.block) ? -Math.abs(b.start - s.sent.block.start) : undefined));
    pair(
      stored.filter((s) => s.sent.cancelled && !s.sent.retired),
      (b, s) => overlap(b, s.sent.block) || undefined,
    );
    let last = Math.max(0, ...stored.map((s) => s.ordinal));
    for (const b of blocks) if (!pairs.has(b)) pairs.set(b, { block: b, uid: blockUid(eventKey, expertId, ++last) });
    for (const s of live) if (!taken.has(s)) gone.push({ uid: s.uid, sent: s.sent });
  }
  gone.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { matched: next.map((b) => pairs.get(b)!), gone };
}
