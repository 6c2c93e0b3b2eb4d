/**
 * How many meetings the rounds still open can hold at most, whoever meets whom: the bound behind
 * idle (group-rounds that must stay empty) and behind the tighter share and wish-value bounds
 * (groups cannot all be served when tables or experts are scarce).
 */
import type { Meeting, Problem } from '../model';
import { Flow } from './flow';

export interface Capacity {
  /** Upper bound on the meetings from `from` on (besides the `kept` ones). */
  meetings: number;
  /** futureRoom[g]: upper bound on group g's meetings from `from` on. */
  futureRoom: number[];
}

/**
 * The smaller of two maximum flows, each a relaxation of the hard rules: groups to rounds (one
 * meeting per group and round, a round holding at most what its open tables and present experts
 * can seat), and groups to experts (each pair once, each expert up to its maxMeetings).
 */
export function meetingCapacity(p: Problem, from: number, held: Meeting[], kept: Meeting[] = []): Capacity {
  const G = p.groups.length;
  const E = p.experts.length;
  const R = p.rounds.length;
  const fixed = [...held, ...kept];
  const heldOf = (list: { index: number }[], key: (m: Meeting) => number): number[] => {
    const count = list.map(() => 0);
    for (const m of fixed) count[key(m)]++;
    return count;
  };
  const heldByGroup = heldOf(p.groups, (m) => m.group);
  const heldByExpert = heldOf(p.experts, (m) => m.expert);
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
    p.experts[e].maxMeetings > heldByExpert[e];
  const futureRoom = p.groups.map((group, g) => {
    const rounds = group.available.filter((ok, r) => ok && r >= from && !taken.has(g * R + r)).length;
    return Math.max(0, Math.min(group.maxMeetings - heldByGroup[g], rounds));
  });

  // Groups to rounds. Nodes: 0 source, 1..G groups, G+1..G+R rounds, G+R+1 sink.
  const byRound = new Flow(G + R + 2);
  const roundSink = G + R + 1;
  futureRoom.forEach((room, g) => room > 0 && byRound.edge(0, 1 + g, room, 0));
  for (let g = 0; g < G; g++) {
    for (let r = from; r < R; r++) {
      if (p.experts.some((_, e) => meets(g, e, r))) byRound.edge(1 + g, 1 + G + r, 1, 0);
    }
  }
  for (let r = from; r < R; r++) {
    const cap = Math.min(roundCapacity(p, r) - keptIn[r], seatedCapacity(p, r, seatOf, tableBusy, keptWith));
    byRound.edge(1 + G + r, roundSink, Math.max(0, cap), 0);
  }

  // Groups to experts. Nodes: 0 source, 1..G groups, G+1..G+E experts, G+E+1 sink.
  const byExpert = new Flow(G + E + 2);
  const expertSink = G + E + 1;
  futureRoom.forEach((room, g) => room > 0 && byExpert.edge(0, 1 + g, room, 0));
  for (let g = 0; g < G; g++) {
    for (let e = 0; e < E; e++) {
      let shared = false;
      for (let r = from; r < R && !shared; r++) shared = meets(g, e, r);
      if (shared) byExpert.edge(1 + g, 1 + G + e, 1, 0);
    }
  }
  p.experts.forEach((x, e) => {
    let places = 0;
    for (let r = from; r < R; r++) if (x.available[r] && !seatTaken(e, r)) places += Math.max(0, x.maxGroupsPerRound - keptWith[e * R + r]);
    const cap = Math.min(x.maxMeetings - heldByExpert[e], places);
    if (cap > 0) byExpert.edge(1 + G + e, expertSink, cap, 0);
  });

  const bySeat = seatFlow(p, from, {
    futureRoom,
    groupRound: (g, r) => p.experts.some((_, e) => meets(g, e, r)),
    tableFree: (t, r) => tableBusy[t * R + r] < 0,
    expertAt: (e, t, r) => p.experts[e].available[r] && keptWith[e * R + r] === 0 && !seatTaken(e, r) && (seatOf[e] < 0 || seatOf[e] === t),
    keptActive: (e, r) => keptWith[e * R + r] > 0,
    expertRoom: (e) => p.experts[e].maxMeetings - heldByExpert[e],
  });
  return { meetings: Math.min(byRound.maxFlow(0, roundSink), byExpert.maxFlow(0, expertSink), bySeat), futureRoom };
}

/** Work above which the seat flow is not built (tables × experts × rounds). */
const SEAT_FLOW_LIMIT = 100_000;

interface SeatFlowParts {
  futureRoom: number[];
  groupRound: (g: number, r: number) => boolean;
  tableFree: (t: number, r: number) => boolean;
  expertAt: (e: number, t: number, r: number) => boolean;
  keptActive: (e: number, r: number) => boolean;
  expertRoom: (e: number) => number;
}

/**
 * Groups to rounds to the tables of each round to the experts who can sit there: each table holds
 * one expert a round, an expert whose seat is known only its own table; each expert within its
 * maxMeetings and, in each stretch of rounds without a pause, within the most rounds its
 * maxConsecutive lets it meet in. Built where every expert hears one group at a time (Infinity
 * otherwise, or where it would be too large).
 */
function seatFlow(p: Problem, from: number, parts: SeatFlowParts): number {
  const G = p.groups.length;
  const E = p.experts.length;
  const R = p.rounds.length;
  const T = p.tables.length;
  if (p.experts.some((x) => x.maxGroupsPerRound > 1) || T * E * R > SEAT_FLOW_LIMIT) return Infinity;
  const block: number[] = [];
  p.rounds.forEach((round, r) => block.push(r === 0 ? 0 : block[r - 1] + (round.followsWithoutPause ? 0 : 1)));
  const B = block[R - 1] + 1;
  // Nodes: source, groups, rounds, table-rounds, expert-rounds, expert-stretches, experts, sink.
  let n = 1;
  const groupNode = n;
  n += G;
  const roundNode = n;
  n += R;
  const tableRound = n;
  n += T * R;
  const expertRound = n;
  n += E * R;
  const expertBlock = n;
  n += E * B;
  const expertNode = n;
  n += E;
  const sink = n++;
  const flow = new Flow(n);
  parts.futureRoom.forEach((room, g) => room > 0 && flow.edge(0, groupNode + g, room, 0));
  for (let g = 0; g < G; g++) for (let r = from; r < R; r++) if (parts.groupRound(g, r)) flow.edge(groupNode + g, roundNode + r, 1, 0);
  for (let r = from; r < R; r++) {
    const present = p.groups.filter((g) => g.available[r]);
    if (present.length === 0) continue;
    const smallest = Math.min(...present.map((g) => g.size));
    for (let t = 0; t < T; t++) {
      if (r >= p.tables[t].closedFrom || p.tables[t].seats < smallest || !parts.tableFree(t, r)) continue;
      flow.edge(roundNode + r, tableRound + t * R + r, 1, 0);
      for (let e = 0; e < E; e++) if (parts.expertAt(e, t, r)) flow.edge(tableRound + t * R + r, expertRound + e * R + r, 1, 0);
    }
  }
  p.experts.forEach((x, e) => {
    for (let r = from; r < R; r++) if (x.available[r]) flow.edge(expertRound + e * R + r, expertBlock + e * B + block[r], 1, 0);
    for (let b = 0; b < B; b++) {
      const rounds = [...Array(R).keys()].filter((r) => r >= from && block[r] === b);
      const kept = rounds.filter((r) => parts.keptActive(e, r)).length;
      const cap = mostActive(
        rounds.map((r) => x.available[r]),
        x.maxConsecutive,
      );
      if (cap - kept > 0) flow.edge(expertBlock + e * B + b, expertNode + e, cap - kept, 0);
    }
    const room = parts.expertRoom(e);
    if (room > 0) flow.edge(expertNode + e, sink, Math.min(room, R), 0);
  });
  return flow.maxFlow(0, sink);
}

/** The most rounds of a stretch without a pause an expert can meet in: no run longer than `max`. */
function mostActive(available: boolean[], max: number): number {
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
