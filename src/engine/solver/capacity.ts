/**
 * How many meetings the rounds still open can hold at most, whoever meets whom: the bound behind
 * idle (group-rounds that must stay empty) and behind the tighter share and wish-value bounds
 * (groups cannot all be served when tables or experts are scarce).
 */
import type { Meeting, Problem } from '../model';
import { Flow } from './flow';
import { mostActive, relaxationOf, stretches } from './relaxation';

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
  const parts = relaxationOf(p, from, held, kept);
  const { meets, seatTaken, seatOf, tableBusy, keptWith } = parts;
  const futureRoom = parts.groupRoom;

  // Groups to rounds. Nodes: 0 source, 1..G groups, G+1..G+R rounds, G+R+1 sink.
  const byRound = new Flow(G + R + 2);
  const roundSink = G + R + 1;
  futureRoom.forEach((room, g) => room > 0 && byRound.edge(0, 1 + g, room, 0));
  for (let g = 0; g < G; g++) {
    for (let r = from; r < R; r++) {
      if (p.experts.some((_, e) => meets(g, e, r))) byRound.edge(1 + g, 1 + G + r, 1, 0);
    }
  }
  for (let r = from; r < R; r++) byRound.edge(1 + G + r, roundSink, parts.roundRoom[r], 0);

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
  parts.expertRoom.forEach((cap, e) => cap > 0 && byExpert.edge(1 + G + e, expertSink, cap, 0));

  const heldByExpert = p.experts.map(() => 0);
  for (const m of parts.fixed) heldByExpert[m.expert]++;
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
  const block = stretches(p);
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
