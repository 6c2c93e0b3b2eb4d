/**
 * The search state's self-check: every incremental counter recounted from scratch, from the grid
 * alone (who meets whom in which round, and each expert's table), and compared. The property tests
 * run it after every accepted move; a difference is an engine bug, named by the counter.
 */
import { NONE, type SearchState } from './state';

export function recountDifferences(s: SearchState): string[] {
  const p = s.problem;
  const { G, E, R, T } = s;
  const out: string[] = [];
  const compare = (name: string, kept: ArrayLike<number>, real: ArrayLike<number>): void => {
    for (let i = 0; i < real.length; i++) {
      if (kept[i] !== real[i]) {
        out.push(`${name}[${i}] is ${kept[i]}, recounted ${real[i]}`);
        return;
      }
    }
  };
  const expertRound = new Int32Array(E * R);
  const tableExpert = new Int32Array(T * R).fill(NONE);
  const seatsUsed = new Int32Array(T * R);
  const meetRound = new Int32Array(G * E).fill(NONE);
  const expertTotal = new Int32Array(E);
  const groupTotal = new Int32Array(G);
  const received = new Int32Array(G);
  let kept = 0;
  for (let g = 0; g < G; g++) {
    for (let r = 0; r < R; r++) {
      const e = s.slot[g * R + r];
      if (e === NONE) continue;
      const t = s.tableOf[e];
      if (t === NONE) out.push(`expert ${e} meets group ${g} in round ${r} without a table`);
      else {
        if (tableExpert[t * R + r] !== NONE && tableExpert[t * R + r] !== e) out.push(`table ${t} holds two experts in round ${r}`);
        tableExpert[t * R + r] = e;
        seatsUsed[t * R + r] += p.groups[g].size;
      }
      expertRound[e * R + r]++;
      meetRound[g * E + e] = r;
      expertTotal[e]++;
      groupTotal[g]++;
      received[g] += s.valueOf(g, e);
      if (s.baseline[g * R + r] === e * T + t + 1) kept++;
    }
  }
  compare('expertRound', s.expertRound, expertRound);
  compare('tableExpert', s.tableExpert, tableExpert);
  compare('seatsUsed', s.seatsUsed, seatsUsed);
  compare('meetRound', s.meetRound, meetRound);
  compare('expertTotal', s.expertTotal, expertTotal);
  compare('groupTotal', s.groupTotal, groupTotal);
  compare('received', s.received, received);
  let shortfall = 0;
  for (let e = 0; e < E; e++) shortfall += Math.max(0, s.need[e] - expertTotal[e]);
  let wishValue = 0;
  let idle = 0;
  let raise = 0;
  let keep = 0;
  for (let g = 0; g < G; g++) {
    wishValue += received[g];
    idle += Math.max(0, s.slots[g] - groupTotal[g]);
    raise += Math.max(0, s.raiseDemand[g] - received[g]);
    keep += Math.max(0, s.keepDemand[g] - received[g]);
  }
  const scalars: [string, number, number][] = [
    ['shortfall', s.shortfall, shortfall],
    ['wishValue', s.wishValue, wishValue],
    ['idle', s.idle, idle],
    ['kept', s.kept, kept],
    ['raiseDeficit', s.raiseDeficit, raise],
    ['keepDeficit', s.keepDeficit, keep],
  ];
  for (const [name, value, real] of scalars) if (value !== real) out.push(`${name} is ${value}, recounted ${real}`);
  return out;
}
