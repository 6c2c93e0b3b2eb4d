/**
 * What changed in a block between the invitation last sent and the new one, as data the e-mail
 * words (« désormais 18 h 25 – 19 h 10 », « le groupe Mobilités remplace le groupe Énergie »).
 * Rounds are compared by id, so a delay that moves every round reads as new times, and the groups
 * of each round as who comes in place of whom. Names and times only: never an internal id.
 */
import type { BlockGroup, ExpertBlock } from './blocks';

export type BlockChange =
  | { kind: 'times'; before: { start: number; end: number }; after: { start: number; end: number } }
  | { kind: 'table'; before: string; after: string }
  | { kind: 'place'; before?: string; after?: string }
  /** `at`: when the round starts in the new block (or started in the old one, for a group removed). */
  | { kind: 'replaced'; at: number; before: string; after: string }
  | { kind: 'added'; at: number; group: string }
  | { kind: 'removed'; at: number; group: string };

export function blockChanges(before: ExpertBlock, after: ExpertBlock): BlockChange[] {
  const changes: BlockChange[] = [];
  if (before.start !== after.start || before.end !== after.end) {
    changes.push({ kind: 'times', before: { start: before.start, end: before.end }, after: { start: after.start, end: after.end } });
  }
  if (before.table.name !== after.table.name) changes.push({ kind: 'table', before: before.table.name, after: after.table.name });
  if ((before.table.location ?? '') !== (after.table.location ?? ''))
    changes.push({ kind: 'place', before: before.table.location, after: after.table.location });
  const old = new Map(before.rounds.map((r) => [r.roundId, r]));
  const seen = new Set<string>();
  for (const round of after.rounds) {
    seen.add(round.roundId);
    changes.push(...groupChanges(old.get(round.roundId)?.groups ?? [], round.groups, round.start));
  }
  for (const round of before.rounds) if (!seen.has(round.roundId)) changes.push(...groupChanges(round.groups, [], round.start));
  return changes;
}

function groupChanges(before: BlockGroup[], after: BlockGroup[], at: number): BlockChange[] {
  const ids = (gs: BlockGroup[]) => new Set(gs.map((g) => g.id));
  const removed = before.filter((g) => !ids(after).has(g.id));
  const added = after.filter((g) => !ids(before).has(g.id));
  if (removed.length === 1 && added.length === 1) return [{ kind: 'replaced', at, before: removed[0].name, after: added[0].name }];
  return [...added.map((g) => ({ kind: 'added' as const, at, group: g.name })), ...removed.map((g) => ({ kind: 'removed' as const, at, group: g.name }))];
}
