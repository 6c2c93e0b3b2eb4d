/**
 * What every relaxation of the rounds still open starts from: which group may meet which expert in
 * which round once the fixed meetings (held, and in a replan the kept ones) are in place, and how
 * much room each group, expert and round has left. Shared by the capacity flows and the per-round
 * Lagrangian bound, so that both relax exactly the same rules.
 */
import type { Meeting, Problem } from '../model';

export interface Relaxation {
  from: number;
  /** groupRoom[g]: upper bound on group g's meetings from `from` on (besides the kept ones). */
  groupRoom: number[];
  /** expertRoom[e]: upper bound on expert e's meetings from `from` on (besides the kept ones). */
  expertRoom: number[];
  /** May g meet e in round r, given the fixed meetings? */
  meets(g: number, e: number, r: number): boolean;
  /** Meetings expert e can still take in round r (its maxGroupsPerRound less its kept ones). */
  expertRoundRoom(e: number, r: number): number;
  /** Upper bound on the meetings round r can hold besides the kept ones. */
  roundRoom: number[];
  /** Expert e's seat is known and another expert's kept meeting holds it in round r. */
  seatTaken(e: number, r: number): boolean;
  seatOf: number[];
  /** Table t can seat one more expert in round r (open, not held by a kept meeting). */
  tableFree(t: number, r: number): boolean;
  tableBusy: Int32Array;
  keptWith: Int32Array;
  /** The fixed meetings (held, then kept). */
  fixed: Meeting[];
}

export function relaxationOf(p: Problem, from: number, held: Meeting[], kept: Meeting[] = []): Relaxation {
  const E = p.experts.length;
  const R = p.rounds.length;
  const fixed = [...held, ...kept];
  const heldByGroup = p.groups.map(() => 0);
  const heldByExpert = p.experts.map(() => 0);
  for (const m of fixed) {
    heldByGroup[m.group]++;
    heldByExpert[m.expert]++;
  }
  const heard = new Set(fixed.map((m) => m.group * E + m.expert));
  // Meetings to come that are fixed too (`kept`): their group-rounds are taken, and their experts'
  // places in those rounds.
  const taken = new Set(kept.map((m) => m.group * R + m.round));
  const keptWith = new Int32Array(E * R);
  const keptIn = new Int32Array(R);
  for (const m of kept) {
    keptWith[m.expert * R + m.round]++;
    keptIn[m.round]++;
  }
  // An expert sits at one table for the whole event: where a fixed meeting (or its fixed seat)
  // says which, a round in which another expert's kept meeting holds that table is closed to it.
  const seatOf = p.experts.map((x) => x.table);
  for (const m of fixed) seatOf[m.expert] = m.table;
  const tableBusy = new Int32Array(p.tables.length * R).fill(-1);
  for (const m of kept) tableBusy[m.table * R + m.round] = m.expert;
  const seatTaken = (e: number, r: number): boolean => seatOf[e] >= 0 && tableBusy[seatOf[e] * R + r] >= 0 && tableBusy[seatOf[e] * R + r] !== e;
  const meets = (g: number, e: number, r: number): boolean =>
    r >= from &&
    !seatTaken(e, r) &&
    p.groups[g].available[r] &&
    !taken.has(g * R + r) &&
    p.experts[e].available[r] &&
    keptWith[e * R + r] < p.experts[e].maxGroupsPerRound &&
    !p.forbidden[g][e] &&
    !heard.has(g * E + e) &&
    p.experts[e].maxMeetings > heldByExpert[e] &&
    (seatOf[e] < 0 || p.tables[seatOf[e]].seats >= p.groups[g].size);
  const groupRoom = p.groups.map((group, g) => {
    const rounds = group.available.filter((ok, r) => ok && r >= from && !taken.has(g * R + r)).length;
    return Math.max(0, Math.min(group.maxMeetings - heldByGroup[g], rounds));
  });
  const expertRoundRoom = (e: number, r: number): number =>
    r >= from && p.experts[e].available[r] && !seatTaken(e, r) ? Math.max(0, p.experts[e].maxGroupsPerRound - keptWith[e * R + r]) : 0;
  const expertRoom = p.experts.map((x, e) => {
    let places = 0;
    for (let r = from; r < R; r++) places += expertRoundRoom(e, r);
    return Math.max(0, Math.min(x.maxMeetings - heldByExpert[e], places));
  });
  const roundRoom = p.rounds.map((_, r) =>
    r < from ? 0 : Math.max(0, Math.min(roundCapacity(p, r) - keptIn[r], seatedCapacity(p, r, seatOf, tableBusy, keptWith))),
  );
  const tableFree = (t: number, r: number): boolean => r >= from && r < p.tables[t].closedFrom && tableBusy[t * R + r] < 0;
  return { from, groupRoom, expertRoom, meets, expertRoundRoom, roundRoom, seatTaken, seatOf, tableFree, tableBusy, keptWith, fixed };
}

/**
 * Meetings round r can hold besides the kept ones, when every expert hears one group at a time: one
 * per table still free in r (open, seating some group, not held by a kept meeting) that an expert
 * can take. An expert whose seat is known (a fixed table, a past or kept meeting) can only take its
 * own; the others, any. So: the free tables some seated expert of theirs can take, plus as many
 * others as there are unseated experts. (Infinity where an expert takes several groups at once.)
 */
function seatedCapacity(p: Problem, r: number, seatOf: number[], tableBusy: Int32Array, keptWith: Int32Array): number {
  const R = p.rounds.length;
  if (p.experts.some((x) => x.available[r] && x.maxGroupsPerRound > 1)) return Infinity;
  const smallest = Math.min(...p.groups.filter((g) => g.available[r]).map((g) => g.size));
  const free = p.tables.map((t) => r < t.closedFrom && t.seats >= smallest && tableBusy[t.index * R + r] < 0);
  const claimed = new Set<number>();
  let unseated = 0;
  p.experts.forEach((x, e) => {
    if (!x.available[r] || keptWith[e * R + r] > 0) return;
    if (seatOf[e] < 0) unseated++;
    else if (free[seatOf[e]]) claimed.add(seatOf[e]);
  });
  const freeCount = free.filter(Boolean).length;
  return claimed.size + Math.min(unseated, freeCount - claimed.size);
}

/**
 * Meetings round r can hold: each open table seats one expert, who takes at most maxGroupsPerRound
 * groups, and at most as many groups as fit in its seats (counting the smallest groups).
 */
function roundCapacity(p: Problem, r: number): number {
  const sizes = p.groups
    .filter((g) => g.available[r])
    .map((g) => g.size)
    .sort((a, b) => a - b);
  const fitting = (seats: number): number => {
    let n = 0;
    for (let used = 0; n < sizes.length && used + sizes[n] <= seats; n++) used += sizes[n];
    return n;
  };
  const tables = p.tables
    .filter((t) => r < t.closedFrom)
    .map((t) => fitting(t.seats))
    .sort((a, b) => b - a);
  const experts = p.experts
    .filter((x) => x.available[r])
    .map((x) => x.maxGroupsPerRound)
    .sort((a, b) => b - a);
  // Pairing the largest table with the busiest expert, and so on, is the best any seating can do.
  let total = 0;
  for (let k = 0; k < Math.min(tables.length, experts.length); k++) total += Math.min(tables[k], experts[k]);
  return Math.min(total, sizes.length);
}

/** The most rounds of a stretch without a pause an expert can meet in: no run longer than `max`. */
export function mostActive(available: boolean[], max: number): number {
  // best[k]: the most rounds so far, ending on a run of k (-1: not reachable).
  let best = [0];
  for (const ok of available) {
    const next = new Array<number>(Math.min(best.length + 1, max + 1)).fill(-1);
    for (let k = 0; k < best.length; k++) {
      if (best[k] < 0) continue;
      next[0] = Math.max(next[0], best[k]);
      if (ok && k + 1 <= max) next[k + 1] = Math.max(next[k + 1] ?? -1, best[k] + 1);
    }
    best = next;
  }
  return Math.max(...best);
}

/** block[r]: which stretch without a pause round r belongs to (0, 1, …). */
export function stretches(p: Problem): number[] {
  const block: number[] = [];
  p.rounds.forEach((round, r) => block.push(r === 0 ? 0 : block[r - 1] + (round.followsWithoutPause ? 0 : 1)));
  return block;
}
