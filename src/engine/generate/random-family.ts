/**
 * Small instances that exercise every field of the format at random (family random), for
 * property-based tests of the engine. Nothing here guarantees feasibility: pins may clash with
 * presence, forbidden pairs or each other, groups may not fit any table. Only validity holds.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../format';
import type { Random } from '../random';
import { SPRING_FORWARD, roundsOf, type Session } from './calendar';
import type { ForbiddenFile, PinFile } from './constraints';
import { Members, tables } from './parts';
import type { People } from './people';
import { THEMES } from './words';

/** Few themes, so that groups and experts share some and theme matches happen. */
const THEME_POOL = THEMES.slice(0, 4);

export function randomInstance(rng: Random, people: People, seed: number): InstanceFile {
  const rounds = roundsOf(randomSessions(rng));
  const ids = rounds.map((r) => r.id);
  const tableList = tables(rng, rng.between(1, 6), () => rng.between(1, 8), 'Table');

  const experts: ExpertFile[] = Array.from({ length: rng.between(2, 10) }, (_, i) => {
    const p = people.next();
    const e: ExpertFile = { id: `e${i + 1}`, name: p.name, themes: themesOf(rng) };
    if (chance(rng, 0.5)) e.email = p.email;
    if (chance(rng, 0.1)) e.rounds = [];
    else if (chance(rng, 0.3)) e.rounds = subset(rng, ids);
    if (chance(rng, 0.25)) e.maxMeetings = rng.between(0, 4);
    if (chance(rng, 0.25)) e.maxConsecutive = rng.between(1, 3);
    if (chance(rng, 0.3)) e.maxGroupsPerRound = rng.between(1, 3);
    if (chance(rng, 0.25)) e.table = rng.pick(tableList).id;
    return e;
  });

  const members = new Members(people);
  const groups: GroupFile[] = Array.from({ length: rng.between(2, 8) }, (_, i) => {
    const size = rng.between(1, 6);
    const g: GroupFile = { id: `g${i + 1}`, name: `Groupe ${i + 1}`, size, themes: themesOf(rng) };
    if (chance(rng, 0.5)) g.members = members.make(size);
    if (chance(rng, 0.05)) g.rounds = [];
    else if (chance(rng, 0.25)) g.rounds = subset(rng, ids);
    if (chance(rng, 0.2)) g.maxMeetings = rng.between(0, 3);
    if (chance(rng, 0.7)) {
      g.wishes = subset(
        rng,
        experts.map((e) => e.id),
      ).map((expert) => ({ expert, weight: rng.between(1, 10) }));
    }
    return g;
  });

  const pins: PinFile[] = distinctPairs(rng, experts, groups, rng.between(0, 3)).map((pair) => (chance(rng, 0.5) ? { ...pair, round: rng.pick(ids) } : pair));
  // Drawn independently of the pins: a pin on a forbidden pair is one of the conflicts to report.
  const forbidden = distinctPairs(rng, experts, groups, rng.between(0, 2));

  const instance: InstanceFile = {
    format: 'audition-plan/1',
    event: { name: `Auditions aléatoires (test ${seed})` },
    rounds,
    tables: tableList,
    experts,
    groups,
    pins,
    forbidden,
  };
  // The zone and the options are sometimes left out, to exercise their defaults.
  if (chance(rng, 0.8)) instance.event.timezone = 'Europe/Paris';
  if (chance(rng, 0.8)) {
    instance.options = {
      minMeetingsPerExpert: rng.between(0, 2),
      themeMatchWeight: rng.between(0, 3),
      objective: rng.pick(['fair', 'total'] as const),
      seed,
      timeLimitMs: 1000,
    };
  }
  return instance;
}

function chance(rng: Random, p: number): boolean {
  return rng.next() < p;
}

/** 2–6 rounds of 10–45 minutes, sometimes back to back, over one or two days, sometimes across the spring change of hour. */
function randomSessions(rng: Random): Session[] {
  const count = rng.between(2, 6);
  const length = 5 * rng.between(2, 9);
  const change = 5 * rng.between(0, 2);
  if (chance(rng, 0.25)) {
    return [{ date: SPRING_FORWARD.date, start: 5 * rng.between(6, 20), rounds: count, length, change }];
  }
  const start = 5 * rng.between(8 * 12, 18 * 12);
  if (count >= 3 && chance(rng, 0.3)) {
    const first = rng.between(1, count - 1);
    return [
      { date: '2027-01-22', start, rounds: first, length, change },
      { date: '2027-01-23', start: 5 * rng.between(8 * 12, 10 * 12), rounds: count - first, length, change },
    ];
  }
  return [{ date: '2027-01-22', start, rounds: count, length, change }];
}

function themesOf(rng: Random): string[] {
  return rng.shuffle([...THEME_POOL]).slice(0, rng.between(0, 2));
}

/** Each item kept with probability one half, in the original order (possibly none). */
function subset<T>(rng: Random, items: readonly T[]): T[] {
  return items.filter(() => chance(rng, 0.5));
}

function distinctPairs(rng: Random, experts: ExpertFile[], groups: GroupFile[], count: number): ForbiddenFile[] {
  const all = groups.flatMap((g) => experts.map((e) => ({ group: g.id, expert: e.id })));
  return rng.shuffle(all).slice(0, count);
}
