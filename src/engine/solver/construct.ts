/**
 * The starting grid: the meetings already held (when replanning), then the pins, then a greedy fill
 * that always serves the group with the smallest share of its wishes next, then the experts still
 * unheard. Local search (`search.ts`) improves it from there.
 */
import { message } from '../messages/message';
import type { Conflict, Problem } from '../model';
import { pinPair } from './conflicts';
import { NONE, SearchState } from './state';

/** Replanning: the meetings before `from` happened; they stay exactly as they were. */
export function seedHeldMeetings(state: SearchState): void {
  const p = state.problem;
  if (!p.replan) return;
  const { from, baseline } = p.replan;
  for (const m of baseline) {
    if (m.round >= from) continue;
    // Availability is not re-checked in the past: the meeting took place.
    if (state.tableOf[m.expert] !== m.table && state.expertTotal[m.expert] > 0) state.seat(m.expert, m.table);
    state.add(m.group, m.round, m.expert, m.table);
    state.tableLocked[m.expert] = 1;
  }
  for (let g = 0; g < state.G; g++) for (let r = 0; r < from; r++) state.frozen[g * state.R + r] = 1;
  state.commit();
}

const PIN_SEARCH_NODES = 200_000;

/** Places every pin; returns the conflicts when they cannot all hold. */
export function placePins(state: SearchState): Conflict[] {
  const p = state.problem;
  const from = p.replan?.from ?? 0;
  const conflicts: Conflict[] = [];
  const pending = p.pins.filter((pin) => {
    const met = state.meetRound[pin.group * state.E + pin.expert];
    if (met !== NONE && (pin.round < 0 || met === pin.round)) return false;
    if (pin.round >= 0 && pin.round < from) {
      conflicts.push({ rules: ['H5', 'replan'], said: message('conflict.pin_past', { ...pinPair(p, pin), round: p.rounds[pin.round].startWall }) });
    }
    return true;
  });
  if (conflicts.length) return conflicts;
  // Pins with a round first (no choice), then those with the fewest possible rounds.
  const choices = (pin: (typeof pending)[number]) =>
    pin.round >= 0 ? 0 : p.rounds.filter((_, r) => r >= from && p.groups[pin.group].available[r] && p.experts[pin.expert].available[r]).length;
  pending.sort((a, b) => choices(a) - choices(b));

  // When replanning, a pinned expert keeps the table it was planned at, if it can.
  const tables = p.tables.map((t) => t.index);
  const tableOrder = p.experts.map((_, e) => {
    const planned = p.replan?.baseline.find((m) => m.expert === e && m.round >= from)?.table;
    return planned === undefined ? tables : [planned, ...tables.filter((t) => t !== planned)];
  });
  let nodes = 0;
  const place = (k: number): boolean => {
    if (k === pending.length) return true;
    if (++nodes > PIN_SEARCH_NODES) return false;
    const { group: g, expert: e, round } = pending[k];
    const met = state.meetRound[g * state.E + e];
    if (met !== NONE) return (round < 0 || met === round) && place(k + 1);
    for (let r = round >= 0 ? round : from; r < (round >= 0 ? round + 1 : state.R); r++) {
      if (!state.canMeet(g, r, e)) continue;
      const own = state.tableOf[e];
      for (const t of tableOrder[e]) {
        if ((own !== NONE && t !== own) || !state.tableFits(t, r, e, g)) continue;
        const mark = state.mark();
        state.add(g, r, e, t);
        if (place(k + 1)) return true;
        state.undo(mark);
      }
    }
    return false;
  };
  if (!place(0)) {
    const pins = pending.map((pin) => message('conflict.pin', pinPair(p, pin)));
    return [
      { rules: ['H1', 'H2', 'H3', 'H4', 'H5'], said: message(nodes > PIN_SEARCH_NODES ? 'conflict.pins_search_limit' : 'conflict.pins_together', { pins }) },
    ];
  }
  for (const pin of p.pins) {
    if (pin.round >= 0) state.frozen[pin.group * state.R + pin.round] = 1;
    else state.pinnedPair[pin.group * state.E + pin.expert] = 1;
  }
  state.commit();
  return [];
}

/**
 * Replanning: the meetings still to come stay where they were wherever the rules allow, so that
 * people who already know their next table keep it.
 */
export function keepBaseline(state: SearchState): void {
  const p = state.problem;
  if (!p.replan) return;
  for (const m of p.replan.baseline) {
    if (m.round < p.replan.from || !state.canMeet(m.group, m.round, m.expert)) continue;
    const own = state.tableOf[m.expert];
    if ((own === NONE || own === m.table) && state.tableFits(m.table, m.round, m.expert, m.group)) {
      state.add(m.group, m.round, m.expert, m.table);
    }
  }
  state.commit();
}

/**
 * Greedy fill: repeatedly give the group with the smallest share its most valued expert that still
 * fits somewhere; then give every expert still short of meetings a group.
 */
export function fillGreedy(state: SearchState): void {
  const p = state.problem;
  const { G, E } = state;
  const done = new Uint8Array(G);
  for (;;) {
    let g = NONE;
    let gShare = Infinity;
    for (let q = 0; q < G; q++) {
      if (done[q] || p.potential[q] === 0) continue;
      const share = state.received[q] / p.potential[q];
      if (share < gShare) [g, gShare] = [q, share];
    }
    if (g === NONE) break;
    if (!addBest(state, g, (e) => state.valueOf(g, e))) done[g] = 1;
  }
  for (let e = 0; e < E; e++) {
    const need = Math.min(p.options.minMeetingsPerExpert, p.experts[e].maxMeetings, p.experts[e].roundCount);
    for (let k = state.expertTotal[e]; k < need; k++) {
      if (!addBestGroup(state, e)) break;
    }
  }
  state.commit();
}

/** Adds, for group g, the meeting with the best positive score; false if there is none. */
function addBest(state: SearchState, g: number, score: (e: number) => number): boolean {
  let best = -1;
  let bestE = NONE;
  let bestR = NONE;
  let bestT = NONE;
  for (let e = 0; e < state.E; e++) {
    const s = score(e);
    if (s <= 0 || s <= best || state.meetRound[g * state.E + e] !== NONE) continue;
    for (let r = 0; r < state.R; r++) {
      if (state.frozen[g * state.R + r] || !state.canMeet(g, r, e)) continue;
      const t = state.findTable(g, r, e, false);
      if (t === NONE) continue;
      [best, bestE, bestR, bestT] = [s, e, r, t];
      break;
    }
  }
  if (bestE === NONE) return false;
  state.add(g, bestR, bestE, bestT);
  return true;
}

/** Gives expert e one more group: the one valuing it most among those with room. */
function addBestGroup(state: SearchState, e: number): boolean {
  let best = -1;
  let bestG = NONE;
  let bestR = NONE;
  let bestT = NONE;
  for (let g = 0; g < state.G; g++) {
    const s = state.valueOf(g, e);
    if (s <= best) continue;
    for (let r = 0; r < state.R; r++) {
      if (state.frozen[g * state.R + r] || !state.canMeet(g, r, e)) continue;
      const t = state.findTable(g, r, e, false);
      if (t === NONE) continue;
      [best, bestG, bestR, bestT] = [s, g, r, t];
      break;
    }
  }
  if (bestG === NONE) return false;
  state.add(bestG, bestR, e, bestT);
  return true;
}
