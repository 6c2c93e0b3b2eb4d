/**
 * How many meetings the rounds still open can hold at most, whoever meets whom: the bound behind
 * idle (group-rounds that must stay empty) and behind the tighter share and wish-value bounds
 * (groups cannot all be served when tables or experts are scarce).
 */
import type { Meeting, Problem } from '../model';
import { Flow } from './flow';

export interface Capacity {
  /** Upper bound on the meetings from `from` on. */
  meetings: number;
  /** futureRoom[g]: upper bound on group g's meetings from `from` on. */
  futureRoom: number[];
}

/**
 * The smaller of two maximum flows, each a relaxation of the hard rules: groups to rounds (one
 * meeting per group and round, a round holding at most what its open tables and present experts
 * can seat), and groups to experts (each pair once, each expert up to its maxMeetings).
 */
export function meetingCapacity(p: Problem, from: number, held: Meeting[]): Capacity {
  const G = p.groups.length;
  const E = p.experts.length;
  const R = p.rounds.length;
  const heldOf = (list: { index: number }[], key: (m: Meeting) => number): number[] => {
    const count = list.map(() => 0);
    for (const m of held) count[key(m)]++;
    return count;
  };
  const heldByGroup = heldOf(p.groups, (m) => m.group);
  const heldByExpert = heldOf(p.experts, (m) => m.expert);
  const heard = new Set(held.map((m) => m.group * E + m.expert));
  const meets = (g: number, e: number, r: number): boolean =>
    r >= from &&
    p.groups[g].available[r] &&
    p.experts[e].available[r] &&
    !p.forbidden[g][e] &&
    !heard.has(g * E + e) &&
    p.experts[e].maxMeetings > heldByExpert[e];
  const futureRoom = p.groups.map((group, g) => {
    const rounds = group.available.filter((ok, r) => ok && r >= from).length;
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
  for (let r = from; r < R; r++) byRound.edge(1 + G + r, roundSink, roundCapacity(p, r), 0);

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
    const rounds = x.available.filter((ok, r) => ok && r >= from).length;
    const cap = Math.min(x.maxMeetings - heldByExpert[e], rounds * x.maxGroupsPerRound);
    if (cap > 0) byExpert.edge(1 + G + e, expertSink, cap, 0);
  });

  return { meetings: Math.min(byRound.maxFlow(0, roundSink), byExpert.maxFlow(0, expertSink)), futureRoom };
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
