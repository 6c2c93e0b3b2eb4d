/**
 * H4: each expert sits at one table all event (its fixed table if it has one); a table holds at
 * most one expert per round (among experts meeting someone then: a table may change hands between
 * rounds); the groups at a table in a round fit in its seats; a table closed from a round on
 * (Carrousel's `closedFrom` extension) is not used then, except in meetings already held.
 */
import type { Meeting, Problem, Violation } from '../model';
import { bucket, expertName, roundTime, tableName, violation } from './common';

export function checkTableRule(problem: Problem, meetings: Meeting[]): Violation[] {
  const out: Violation[] = [];
  for (const [e, list] of bucket(meetings, (m) => m.expert)) {
    const expert = expertName(problem, e);
    const tables = [...new Set(list.map((m) => m.table))];
    if (tables.length > 1)
      out.push(violation('H4', 'rule.h4.several_tables', { expert, count: tables.length, tables: tables.map((t) => tableName(problem, t)) }));
    const seat = problem.experts[e].table;
    if (seat >= 0) {
      for (const t of tables.filter((t) => t !== seat)) {
        out.push(violation('H4', 'rule.h4.not_fixed_table', { expert, table: tableName(problem, t), fixed: tableName(problem, seat) }));
      }
    }
  }
  for (const [, list] of bucket(meetings, (m) => m.table * problem.rounds.length + m.round)) {
    const { table, round } = list[0];
    const at = { table: tableName(problem, table), round: roundTime(problem, round) };
    const experts = [...new Set(list.map((m) => m.expert))];
    if (experts.length > 1)
      out.push(violation('H4', 'rule.h4.several_experts', { ...at, count: experts.length, experts: experts.map((x) => expertName(problem, x)) }));
    const closed = problem.tables[table].closedFrom;
    const from = problem.replan?.from ?? 0;
    if (round >= closed && round >= from) out.push(violation('H4', 'rule.h4.closed', { ...at, closed: roundTime(problem, closed) }));
    const people = list.reduce((sum, m) => sum + problem.groups[m.group].size, 0);
    const seats = problem.tables[table].seats;
    if (people > seats) out.push(violation('H4', 'rule.h4.seats', { ...at, seats, people }));
  }
  return out;
}
