/**
 * A block's fingerprint: a hash of everything the expert reads in its invitation (times, table,
 * place, groups round by round, its own name and address). Equal fingerprints = no new e-mail.
 * Ids of groups are included so that swapping two groups with the same name still counts.
 */
import { createHash } from 'node:crypto';
import type { ExpertBlock } from './blocks';

export function blockFingerprint(block: ExpertBlock): string {
  // An array, not an object: field order is fixed, so the same block always hashes the same.
  const content = [
    'v1',
    block.start,
    block.end,
    block.timezone,
    [block.expert.id, block.expert.name, block.expert.email ?? null],
    [block.table.id, block.table.name, block.table.location ?? null],
    block.rounds.map((r) => [r.roundId, r.start, r.end, r.groups.map((g) => [g.id, g.name, g.size, g.themes])]),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
