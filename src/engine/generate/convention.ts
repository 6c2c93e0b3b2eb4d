/**
 * Citizens' conventions in working groups (families small, nantes, large, xl): groups of a few
 * citizens rotate between experts' tables over a Friday evening and a Saturday morning, as in the
 * samples. Feasible by construction: every group fits every table, pins never compete (see
 * constraints.ts), and the other limits only cap what the schedule may do.
 */
import type { ExpertFile, GroupFile, InstanceFile } from '../format';
import type { Random } from '../random';
import { roundsOf, type Session } from './calendar';
import { feasiblePins, forbiddenPairs } from './constraints';
import { Members, expert, tables, wishes, type ExpertWithRole } from './parts';
import type { People } from './people';
import { THEMES, capitalize } from './words';

export interface ConventionShape {
  event: InstanceFile['event'];
  sessions: Session[];
  groups: number;
  groupSize: [number, number];
  experts: number;
  tables: number;
  seats: number;
  tableLabel: string;
  /** Whether experts carry a role (the small test sessions leave it out). */
  roles: boolean;
  /** How many of THEMES the event covers. */
  themes: number;
  wishes: [number, number];
  pins: number;
  pinsWithoutRound: number;
  forbidden: number;
  /** Shares of experts who come only part of the time, who cap their meetings, who need pauses. */
  partial: number;
  capped: number;
  capRange: [number, number];
  paused: number;
  pauseAfter: number;
  /** Share of groups that arrive late or leave early. */
  groupsPartial: number;
  timeLimitMs: number;
}

export function convention(rng: Random, people: People, shape: ConventionShape, seed: number): InstanceFile {
  const rounds = roundsOf(shape.sessions);
  const ids = rounds.map((r) => r.id);
  const bySession = sessionIds(shape.sessions, ids);
  const themes = THEMES.slice(0, shape.themes);

  const experts: ExpertWithRole[] = Array.from({ length: shape.experts }, (_, i) => {
    const own = [themes[i % themes.length]];
    if (rng.next() < 0.3) own.push(rng.pick(themes.filter((t) => t !== own[0])));
    const e: ExpertFile = expert(rng, people, i, own, shape.roles);
    if (rng.next() < shape.partial) e.rounds = partialRounds(rng, bySession);
    if (rng.next() < shape.capped) e.maxMeetings = rng.between(...shape.capRange);
    if (rng.next() < shape.paused) e.maxConsecutive = shape.pauseAfter;
    return e;
  });

  const members = new Members(people);
  const used = new Map<string, number>();
  const groups: GroupFile[] = Array.from({ length: shape.groups }, (_, i) => {
    const theme = themes[i % themes.length];
    const own = [theme];
    if (rng.next() < 0.15) own.push(rng.pick(themes.filter((t) => t !== theme)));
    // "Groupe Santé 2" only when several groups share a theme.
    const n = (used.get(theme) ?? 0) + 1;
    used.set(theme, n);
    const size = rng.between(...shape.groupSize);
    const g: GroupFile = {
      id: `g${i + 1}`,
      name: `Groupe ${capitalize(theme)}${shape.groups > themes.length ? ` ${n}` : ''}`,
      size,
      themes: own,
      members: members.make(size),
      wishes: wishes(rng, own, experts, rng.between(...shape.wishes)),
    };
    if (ids.length > 2 && rng.next() < shape.groupsPartial) g.rounds = rng.next() < 0.5 ? ids.slice(1) : ids.slice(0, -1);
    return g;
  });

  const pins = feasiblePins(rng, ids, experts, groups, shape.pins, shape.pinsWithoutRound);
  return {
    format: 'audition-plan/1',
    event: shape.event,
    rounds,
    tables: tables(rng, shape.tables, () => shape.seats, shape.tableLabel),
    experts,
    groups,
    pins,
    forbidden: forbiddenPairs(rng, experts, groups, pins, shape.forbidden),
    options: { minMeetingsPerExpert: 1, themeMatchWeight: 1, objective: 'fair', seed, timeLimitMs: shape.timeLimitMs },
  };
}

function sessionIds(sessions: Session[], ids: string[]): string[][] {
  let next = 0;
  return sessions.map((s) => ids.slice(next, (next += s.rounds)));
}

/**
 * An expert who comes for one of the days, or arrives late / leaves early: the two ways experts
 * restrict their presence in the samples. Never empty: everyone invited comes.
 */
function partialRounds(rng: Random, bySession: string[][]): string[] {
  if (bySession.length > 1 && rng.next() < 0.7) return [...rng.pick(bySession)];
  const all = bySession.flat();
  const length = rng.between(Math.ceil(all.length / 2), Math.max(Math.ceil(all.length / 2), all.length - 1));
  const start = rng.int(all.length - length + 1);
  return all.slice(start, start + length);
}
