/**
 * Why an instance is infeasible. Every hard rule is an "at most" rule except the pins (H5), so an
 * instance is infeasible exactly when its pins (and, when replanning, the meetings already held)
 * cannot all hold together. These checks name the pins and the rule they collide with; the search
 * in `construct.ts` catches what is left.
 */
import { message, type MessageParams } from '../messages/message';
import type { Conflict, Pin, Problem } from '../model';

export function pinConflicts(p: Problem): Conflict[] {
  const out: Conflict[] = [];
  const add: Add = (rules, code, params) => out.push({ rules, said: message(code, params) });
  const maxSeats = Math.max(...p.tables.map((t) => t.seats));
  const from = p.replan?.from ?? 0;

  for (const pin of p.pins) {
    const g = p.groups[pin.group];
    const x = p.experts[pin.expert];
    const pair = pinPair(p, pin);
    if (p.forbidden[pin.group][pin.expert]) add(['H5'], 'conflict.pin_forbidden', pair);
    if (pin.round >= from && pin.round >= 0 && !g.available[pin.round])
      add(['H1', 'H5'], 'conflict.pin_group_absent', { ...pair, round: p.rounds[pin.round].startWall });
    if (pin.round >= from && pin.round >= 0 && !x.available[pin.round])
      add(['H2', 'H5'], 'conflict.pin_expert_absent', { ...pair, round: p.rounds[pin.round].startWall });
    if (pin.round < 0 && !g.available.some((ok, r) => r >= from && ok && x.available[r])) add(['H1', 'H2', 'H5'], 'conflict.pin_never_together', pair);
    const seats = x.table >= 0 ? p.tables[x.table].seats : maxSeats;
    if (g.size > seats) add(['H4', 'H5'], 'conflict.pin_too_big', { ...pair, size: g.size, seats, ...(x.table >= 0 && { table: p.tables[x.table].name }) });
  }

  pairConflicts(p, add);
  countConflicts(p, add);
  return out;
}

/** A pin as its group and expert, by name: the parameters every pin message starts from. */
export const pinPair = (p: Problem, pin: Pin): { group: string; expert: string } => ({ group: p.groups[pin.group].name, expert: p.experts[pin.expert].name });

/** A conflict, as a code and its parameters. */
type Add = (rules: Conflict['rules'], code: string, params: MessageParams) => void;

/** Two pins that cannot both hold: one group in two places at once, or one pair met twice. */
function pairConflicts(p: Problem, add: Add): void {
  const pins = p.pins;
  for (let i = 0; i < pins.length; i++) {
    for (let j = i + 1; j < pins.length; j++) {
      const a = pins[i];
      const b = pins[j];
      if (a.group !== b.group) continue;
      if (a.expert === b.expert) {
        if (a.round >= 0 && b.round >= 0 && a.round !== b.round) {
          add(['H3', 'H5'], 'conflict.pins_twice', { ...pinPair(p, a), first: p.rounds[a.round].startWall, second: p.rounds[b.round].startWall });
        }
      } else if (a.round >= 0 && a.round === b.round) {
        add(['H1', 'H5'], 'conflict.pins_same_round', { ...pinPair(p, a), other: p.experts[b.expert].name, round: p.rounds[a.round].startWall });
      }
    }
  }
}

/** More pinned meetings than an expert, a group, a round or the tables can hold. */
function countConflicts(p: Problem, add: Add): void {
  const groupsOfExpert = p.experts.map(() => new Set<number>());
  const expertsOfGroup = p.groups.map(() => new Set<number>());
  const perExpertRound = new Map<string, Set<number>>();
  const expertsInRound = p.rounds.map(() => new Set<number>());
  for (const pin of p.pins) {
    groupsOfExpert[pin.expert].add(pin.group);
    expertsOfGroup[pin.group].add(pin.expert);
    if (pin.round >= 0) {
      const key = `${pin.expert}:${pin.round}`;
      perExpertRound.set(key, (perExpertRound.get(key) ?? new Set()).add(pin.group));
      expertsInRound[pin.round].add(pin.expert);
    }
  }
  groupsOfExpert.forEach((groups, e) => {
    const x = p.experts[e];
    const count = groups.size;
    if (count > x.maxMeetings) add(['H2', 'H5'], 'conflict.expert_over_max', { expert: x.name, count, max: x.maxMeetings });
    else if (count > x.roundCount * x.maxGroupsPerRound)
      add(['H2', 'H5'], 'conflict.expert_rounds', { expert: x.name, count, rounds: x.roundCount, perRound: x.maxGroupsPerRound });
  });
  expertsOfGroup.forEach((experts, g) => {
    const group = p.groups[g];
    const count = experts.size;
    if (count > group.maxMeetings) add(['H1', 'H5'], 'conflict.group_over_max', { group: group.name, count, max: group.maxMeetings });
    else if (count > group.roundCount) add(['H1', 'H5'], 'conflict.group_rounds', { group: group.name, count, rounds: group.roundCount });
  });
  for (const [key, groups] of perExpertRound) {
    const [e, r] = key.split(':').map(Number);
    const x = p.experts[e];
    if (groups.size > x.maxGroupsPerRound)
      add(['H2', 'H5'], 'conflict.expert_per_round', { expert: x.name, count: groups.size, round: p.rounds[r].startWall, max: x.maxGroupsPerRound });
  }
  expertsInRound.forEach((experts, r) => {
    if (experts.size > p.tables.length)
      add(['H4', 'H5'], 'conflict.round_tables', { round: p.rounds[r].startWall, count: experts.size, tables: p.tables.length });
  });
  p.experts.forEach((x) => {
    if (x.maxConsecutive >= p.rounds.length) return;
    let run = 0;
    for (let r = 0; r <= p.rounds.length; r++) {
      const pinned = r < p.rounds.length && perExpertRound.has(`${x.index}:${r}`);
      // A pause before round r ends the run, as H2 reads it (format 1.1).
      if (pinned && (run === 0 || p.rounds[r].followsWithoutPause)) run++;
      else {
        if (run > x.maxConsecutive)
          add(['H2', 'H5'], 'conflict.expert_in_a_row', { expert: x.name, count: run, last: p.rounds[r - 1].startWall, max: x.maxConsecutive });
        run = pinned ? 1 : 0;
      }
    }
  });
}
