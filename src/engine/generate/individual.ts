/**
 * A forum of individual auditions (family individual): each citizen is a group of one, each
 * expert keeps a fixed table and receives up to a table's worth of citizens at once.
 * Feasible by construction: one table per expert, single citizens always fit, pins never compete.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../format';
import type { Random } from '../random';
import { roundsOf, session } from './calendar';
import { feasiblePins, forbiddenPairs } from './constraints';
import { Members, expert, tables, wishes } from './parts';
import type { People } from './people';
import { THEMES } from './words';

const CITIZENS = 120;
const EXPERTS = 20;
const SEATS = 8;

export function individual(rng: Random, people: People, seed: number): InstanceFile {
  const rounds = roundsOf([session('2027-01-23', '09:30', 6)]);
  const ids = rounds.map((r) => r.id);

  const experts: ExpertFile[] = Array.from({ length: EXPERTS }, (_, i) => {
    const own = [THEMES[i % THEMES.length]];
    if (rng.next() < 0.4) own.push(rng.pick(THEMES.filter((t) => t !== own[0])));
    const e: ExpertFile = { ...expert(rng, people, i, own, false), maxGroupsPerRound: SEATS, table: `t${i + 1}` };
    // A quarter of the experts only drop by for part of the morning.
    if (rng.next() < 0.25) {
      const length = rng.between(2, ids.length - 1);
      const start = rng.int(ids.length - length + 1);
      e.rounds = ids.slice(start, start + length);
    }
    return e;
  });

  const members = new Members(people);
  const groups: GroupFile[] = Array.from({ length: CITIZENS }, (_, i) => {
    const [citizen] = members.make(1);
    const own = [rng.pick(THEMES)];
    return { id: `g${i + 1}`, name: citizen.name, size: 1, themes: own, members: [citizen], wishes: wishes(rng, own, experts, 5) };
  });

  const pins = feasiblePins(rng, ids, experts, groups, 1, 0);
  return {
    format: 'audition-plan/1',
    event: { name: 'Auditions individuelles — forum citoyen', timezone: 'Europe/Paris', location: 'Hôtel de Métropole, Nantes' },
    rounds,
    tables: tables(rng, EXPERTS, () => SEATS, 'Table'),
    experts,
    groups,
    pins,
    forbidden: forbiddenPairs(rng, experts, groups, pins, 1),
    options: { minMeetingsPerExpert: 1, themeMatchWeight: 1, objective: 'fair', seed, timeLimitMs: 10000 },
  };
}
