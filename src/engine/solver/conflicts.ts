/**
 * Why an instance is infeasible. Every hard rule is an "at most" rule except the pins (H5), so an
 * instance is infeasible exactly when its pins (and, when replanning, the meetings already held)
 * cannot all hold together. These checks name the pins and the rule they collide with; the search
 * in `pins.ts` catches what is left.
 */
import type { Conflict, Problem } from '../model';
import { fr } from '../french';

export function pinConflicts(p: Problem): Conflict[] {
  const out: Conflict[] = [];
  const add: Add = (rules, message, french) => out.push({ rules, message, fr: french });
  const gid = (g: number) => `"${p.groups[g].id}"`;
  const eid = (e: number) => `"${p.experts[e].id}"`;
  const rid = (r: number) => `"${p.rounds[r].id}"`;
  const pinName = (i: number) => `pins[${i}]`;
  const maxSeats = Math.max(...p.tables.map((t) => t.seats));
  const from = p.replan?.from ?? 0;

  for (const pin of p.pins) {
    const g = p.groups[pin.group];
    const x = p.experts[pin.expert];
    const at = pin.round >= 0 ? ` in round ${rid(pin.round)}` : '';
    const atFr = pin.round >= 0 ? ` au ${fr.round(p, pin.round)}` : '';
    const pinFr = `${pinName(pin.index)} :`;
    if (p.forbidden[pin.group][pin.expert]) {
      add(['H5'], `${pinName(pin.index)}: group ${gid(pin.group)} is pinned to expert ${eid(pin.expert)}, a pair that "forbidden" excludes`,
        `${pinFr} le ${fr.group(p, pin.group)} est épinglé à l’${fr.expert(p, pin.expert)}, une paire que « forbidden » exclut`);
    }
    if (pin.round >= from && pin.round >= 0 && !g.available[pin.round]) {
      add(['H1', 'H5'], `${pinName(pin.index)}: group ${gid(pin.group)} is pinned${at} but is not present in that round`,
        `${pinFr} le ${fr.group(p, pin.group)} est épinglé${atFr} mais n’est pas présent à ce tour`);
    }
    if (pin.round >= from && pin.round >= 0 && !x.available[pin.round]) {
      add(['H2', 'H5'], `${pinName(pin.index)}: expert ${eid(pin.expert)} is pinned${at} but is not present in that round`,
        `${pinFr} l’${fr.expert(p, pin.expert)} est épinglé${atFr} mais n’est pas présent à ce tour`);
    }
    if (pin.round < 0 && !g.available.some((ok, r) => r >= from && ok && x.available[r])) {
      add(['H1', 'H2', 'H5'], `${pinName(pin.index)}: group ${gid(pin.group)} and expert ${eid(pin.expert)} are never present in the same round`,
        `${pinFr} le ${fr.group(p, pin.group)} et l’${fr.expert(p, pin.expert)} ne sont jamais présents au même tour`);
    }
    const seats = x.table >= 0 ? p.tables[x.table].seats : maxSeats;
    if (g.size > seats) {
      const where = x.table >= 0 ? `its fixed table "${p.tables[x.table].id}"` : 'the largest table';
      const whereFr = x.table >= 0
        ? `la ${fr.table(p, x.table)} attribuée à l’${fr.expert(p, pin.expert)} (${fr.plural(seats, 'place')})`
        : `la plus grande table (${fr.plural(seats, 'place')}), où que siège l’${fr.expert(p, pin.expert)}`;
      add(['H4', 'H5'], `${pinName(pin.index)}: group ${gid(pin.group)} (${g.size} people) cannot sit at ${where} of expert ${eid(pin.expert)} (${seats} seats)`,
        `${pinFr} le ${fr.group(p, pin.group)} (${fr.plural(g.size, 'personne')}) ne tient pas à ${whereFr}`);
    }
  }

  pairConflicts(p, add, gid, eid, rid);
  countConflicts(p, add, gid, eid, rid);
  return out;
}

/** « n’a que 3 tours », « n’a qu’un tour », or « n’est présent à aucun tour ». */
const roundsFr = (n: number) => (n === 0 ? 'n’est présent à aucun tour' : n === 1 ? 'n’a qu’un tour' : `n’a que ${n} tours`);

/** A conflict, worded in English and in French. */
type Add = (rules: Conflict['rules'], message: string, french: string) => void;
type Name = (i: number) => string;

/** Two pins that cannot both hold: one group in two places at once, or one pair met twice. */
function pairConflicts(p: Problem, add: Add, gid: Name, eid: Name, rid: Name): void {
  const pins = p.pins;
  for (let i = 0; i < pins.length; i++) {
    for (let j = i + 1; j < pins.length; j++) {
      const a = pins[i];
      const b = pins[j];
      if (a.group !== b.group) continue;
      if (a.expert === b.expert) {
        if (a.round >= 0 && b.round >= 0 && a.round !== b.round) {
          add(['H3', 'H5'], `pins[${a.index}] and pins[${b.index}] make group ${gid(a.group)} meet expert ${eid(a.expert)} twice (rounds ${rid(a.round)} and ${rid(b.round)})`,
            `pins[${a.index}] et pins[${b.index}] font rencontrer deux fois l’${fr.expert(p, a.expert)} au ${fr.group(p, a.group)} (tours « ${p.rounds[a.round].id} » et « ${p.rounds[b.round].id} »)`);
        }
      } else if (a.round >= 0 && a.round === b.round) {
        add(['H1', 'H5'], `group ${gid(a.group)} is pinned to ${eid(a.expert)} and ${eid(b.expert)} in round ${rid(a.round)} (pins[${a.index}] and pins[${b.index}])`,
          `le ${fr.group(p, a.group)} est épinglé à « ${p.experts[a.expert].id} » et à « ${p.experts[b.expert].id} » au ${fr.round(p, a.round)} (pins[${a.index}] et pins[${b.index}])`);
      }
    }
  }
}

/** More pinned meetings than an expert, a group, a round or the tables can hold. */
function countConflicts(p: Problem, add: Add, gid: Name, eid: Name, rid: Name): void {
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
    const n = groups.size;
    if (n > x.maxMeetings) {
      add(['H2', 'H5'], `expert ${eid(e)} is pinned to ${n} groups but has maxMeetings ${x.maxMeetings}`,
        `l’${fr.expert(p, e)} est épinglé à ${fr.plural(n, 'groupe')} mais a maxMeetings ${x.maxMeetings}`);
    } else if (n > x.roundCount * x.maxGroupsPerRound) {
      add(['H2', 'H5'], `expert ${eid(e)} is pinned to ${n} groups but has ${x.roundCount} rounds` +
        (x.maxGroupsPerRound > 1 ? ` of ${x.maxGroupsPerRound} groups` : ''),
      `l’${fr.expert(p, e)} est épinglé à ${fr.plural(n, 'groupe')} mais ${roundsFr(x.roundCount)}` +
        (x.maxGroupsPerRound > 1 && x.roundCount > 0 ? ` de ${x.maxGroupsPerRound} groupes` : ''));
    }
  });
  expertsOfGroup.forEach((experts, g) => {
    const group = p.groups[g];
    const n = experts.size;
    if (n > group.maxMeetings) {
      add(['H1', 'H5'], `group ${gid(g)} is pinned to ${n} experts but has maxMeetings ${group.maxMeetings}`,
        `le ${fr.group(p, g)} est épinglé à ${fr.plural(n, 'expert')} mais a maxMeetings ${group.maxMeetings}`);
    } else if (n > group.roundCount) {
      add(['H1', 'H5'], `group ${gid(g)} is pinned to ${n} experts but has ${group.roundCount} rounds`,
        `le ${fr.group(p, g)} est épinglé à ${fr.plural(n, 'expert')} mais ${roundsFr(group.roundCount)}`);
    }
  });
  for (const [key, groups] of perExpertRound) {
    const [e, r] = key.split(':').map(Number);
    const x = p.experts[e];
    if (groups.size > x.maxGroupsPerRound) {
      add(['H2', 'H5'], `expert ${eid(e)} is pinned to ${groups.size} groups in round ${rid(r)} but takes ${x.maxGroupsPerRound} per round`,
        `l’${fr.expert(p, e)} est épinglé à ${fr.plural(groups.size, 'groupe')} au ${fr.round(p, r)} mais en reçoit ${x.maxGroupsPerRound} par tour`);
    }
  }
  expertsInRound.forEach((experts, r) => {
    if (experts.size > p.tables.length) {
      add(['H4', 'H5'], `round ${rid(r)} has pins for ${experts.size} experts but only ${p.tables.length} tables`,
        `le ${fr.round(p, r)} a des épingles pour ${fr.plural(experts.size, 'expert')} mais seulement ${fr.plural(p.tables.length, 'table')}`);
    }
  });
  p.experts.forEach((x, e) => {
    if (x.maxConsecutive >= p.rounds.length) return;
    let run = 0;
    for (let r = 0; r <= p.rounds.length; r++) {
      const pinned = r < p.rounds.length && perExpertRound.has(`${e}:${r}`);
      // A pause before round r ends the run, as H2 reads it (format 1.1).
      if (pinned && (run === 0 || p.rounds[r].followsWithoutPause)) run++;
      else {
        if (run > x.maxConsecutive) {
          add(['H2', 'H5'], `expert ${eid(e)} is pinned in ${run} adjacent rounds up to ${rid(r - 1)} but has maxConsecutive ${x.maxConsecutive}`,
            `l’${fr.expert(p, e)} est épinglé à ${run} tours de suite jusqu’au ${fr.round(p, r - 1)} mais a maxConsecutive ${x.maxConsecutive}`);
        }
        run = pinned ? 1 : 0;
      }
    }
  });
}
