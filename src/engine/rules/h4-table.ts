/**
 * H4: each expert sits at one table all event (its fixed table if it has one); a table holds at
 * most one expert per round (among experts meeting someone then: a table may change hands between
 * rounds); the groups at a table in a round fit in its seats; a table closed from a round on
 * (Carrousel's `closedFrom` extension) is not used then, except in meetings already held.
 */
import { fr } from '../french';
import type { Meeting, Problem, Violation } from '../model';
import { bucket, expertName, roundName, tableName } from './common';

export function checkTableRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  const h4 = (message: string, french: string): void => void out.push({ rule: 'H4', message, fr: french });

  for (const [e, list] of bucket(meetings, (m) => m.expert)) {
    const tables = [...new Set(list.map((m) => m.table))];
    if (tables.length > 1) {
      h4(
        `${expertName(problem, e)} sits at ${tables.length} tables (${tables.map((t) => `"${problem.tables[t].id}"`).join(', ')}), not one`,
        `l’${fr.expert(problem, e)} siège à ${tables.length} tables (${fr.ids(tables.map((t) => problem.tables[t].id))}) au lieu d’une`,
      );
    }
    const seat = problem.experts[e].table;
    if (seat >= 0) {
      for (const t of tables.filter((t) => t !== seat)) {
        h4(
          `${expertName(problem, e)} meets at ${tableName(problem, t)} but its fixed table is "${problem.tables[seat].id}"`,
          `l’${fr.expert(problem, e)} reçoit à la ${fr.table(problem, t)} mais sa table attitrée est ${fr.ids([problem.tables[seat].id])}`,
        );
      }
    }
  }
  for (const [, list] of bucket(meetings, (m) => m.table * problem.rounds.length + m.round)) {
    const { table, round } = list[0];
    const experts = [...new Set(list.map((m) => m.expert))];
    if (experts.length > 1) {
      h4(
        `${tableName(problem, table)} holds ${experts.length} experts in ${roundName(problem, round)} ` +
          `(${experts.map((e) => `"${problem.experts[e].id}"`).join(', ')})`,
        `la ${fr.table(problem, table)} accueille ${experts.length} experts au ${fr.round(problem, round)} (${fr.ids(experts.map((e) => problem.experts[e].id))})`,
      );
    }
    const closed = problem.tables[table].closedFrom;
    const from = problem.replan?.from ?? 0;
    if (round >= closed && round >= from) {
      h4(
        `${tableName(problem, table)} is closed from ${roundName(problem, closed)} but is used in ${roundName(problem, round)}`,
        `la ${fr.table(problem, table)} est fermée à partir du ${fr.round(problem, closed)} mais sert au ${fr.round(problem, round)}`,
      );
    }
    const people = list.reduce((sum, m) => sum + problem.groups[m.group].size, 0);
    const seats = problem.tables[table].seats;
    if (people > seats) {
      h4(
        `${tableName(problem, table)} has ${seats} seats but ${people} people sit there in ${roundName(problem, round)}`,
        `la ${fr.table(problem, table)} a ${fr.plural(seats, 'place')} mais ${people} personnes y sont au ${fr.round(problem, round)}`,
      );
    }
  }
  return out;
}
