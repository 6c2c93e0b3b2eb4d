/**
 * Pins and forbidden pairs that can always be honoured together: each pin has its own group and
 * its own expert, both present in the pinned round, and no forbidden pair touches a pin. This is
 * what keeps the realistic families feasible by construction.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../format';
import type { Random } from '../random';

export type PinFile = NonNullable<InstanceFile['pins']>[number];
export type ForbiddenFile = NonNullable<InstanceFile['forbidden']>[number];

/** The rounds someone is present in: no `rounds` field means every round. */
export function presence(rounds: string[] | undefined, all: string[]): string[] {
  return rounds ?? all;
}

/**
 * `count` pins, `withoutRound` of them naming no round (the organizer only cares that they meet).
 * Pins go preferably to an expert the group wished: that is why organizers pin.
 */
export function feasiblePins(rng: Random, rounds: string[], experts: ExpertFile[], groups: GroupFile[], count: number, withoutRound: number): PinFile[] {
  const pins: PinFile[] = [];
  const pinnedExperts = new Set<string>();
  for (const group of rng.shuffle([...groups])) {
    if (pins.length >= count) break;
    if (group.maxMeetings === 0) continue;
    const groupRounds = new Set(presence(group.rounds, rounds));
    const wished = rng.shuffle((group.wishes ?? []).map((w) => w.expert));
    const others = rng.shuffle(experts.map((e) => e.id).filter((id) => !wished.includes(id)));
    const byId = new Map(experts.map((e) => [e.id, e]));
    for (const id of [...wished, ...others]) {
      const expert = byId.get(id) as ExpertFile;
      if (pinnedExperts.has(id) || expert.maxMeetings === 0) continue;
      const common = presence(expert.rounds, rounds).filter((r) => groupRounds.has(r));
      if (common.length === 0) continue;
      pinnedExperts.add(id);
      pins.push(pins.length < withoutRound ? { group: group.id, expert: id } : { group: group.id, expert: id, round: rng.pick(common) });
      break;
    }
  }
  return pins;
}

/** `count` distinct group–expert pairs that never meet, none of them pinned. */
export function forbiddenPairs(rng: Random, experts: ExpertFile[], groups: GroupFile[], pins: PinFile[], count: number): ForbiddenFile[] {
  const taken = new Set(pins.map((p) => `${p.group} ${p.expert}`));
  const pairs: ForbiddenFile[] = [];
  const limit = Math.min(count, experts.length * groups.length - taken.size);
  while (pairs.length < limit) {
    const pair = { group: rng.pick(groups).id, expert: rng.pick(experts).id };
    const key = `${pair.group} ${pair.expert}`;
    if (taken.has(key)) continue;
    taken.add(key);
    pairs.push(pair);
  }
  return pairs;
}
