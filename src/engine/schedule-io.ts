/** Schedules in and out of the exchange format (`audition-schedule/1`), against a loaded problem. */
import { SCHEDULE_FORMAT, type MeetingFile, type Metrics, type ScheduleFile, type UnmetWish } from './format';
import type { Meeting, Problem, Violation } from './model';
import { message } from './messages/message';
import { checkScheduleShape } from './schema/validate';

/**
 * The meetings of a schedule file in index form. A meeting naming an unknown round, table, expert
 * or group is left out and reported; schema errors are reported too (as 'reference': the file does
 * not say what it should), and every readable meeting is still returned so all problems show at once.
 */
export function readSchedule(problem: Problem, json: unknown): { meetings: Meeting[]; errors: Violation[] } {
  const errors: Violation[] = checkScheduleShape(json).map((e) => ({ rule: 'reference', ...(e.path && { path: e.path }), said: e.said }));
  const list = typeof json === 'object' && json !== null ? (json as { meetings?: unknown }).meetings : undefined;
  if (!Array.isArray(list)) return { meetings: [], errors };

  const lookups = {
    round: new Map(problem.rounds.map((x) => [x.id, x.index])),
    table: new Map(problem.tables.map((x) => [x.id, x.index])),
    expert: new Map(problem.experts.map((x) => [x.id, x.index])),
    group: new Map(problem.groups.map((x) => [x.id, x.index])),
  };
  const meetings: Meeting[] = [];
  list.forEach((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null) return;
    const m = raw as Record<string, unknown>;
    const found: Partial<Meeting> = {};
    for (const field of ['round', 'table', 'expert', 'group'] as const) {
      const id = m[field];
      if (typeof id !== 'string') continue; // the schema reported it
      const index = lookups[field].get(id);
      if (index === undefined) {
        const path = `meetings[${i}].${field}`;
        errors.push({ rule: 'reference', path, said: message('instance.unknown_ref', { kind: field, id }) });
      } else found[field] = index;
    }
    if (found.round !== undefined && found.table !== undefined && found.expert !== undefined && found.group !== undefined) {
      meetings.push(found as Meeting);
    }
  });
  return { meetings, errors };
}

/** Meetings sorted by round, then table, so the file reads like the grid on the wall. */
export function writeSchedule(problem: Problem, meetings: Meeting[], metrics: Metrics, unmetWishes?: UnmetWish[]): ScheduleFile {
  const sorted = [...meetings].sort((a, b) => a.round - b.round || a.table - b.table || a.group - b.group || a.expert - b.expert);
  const file: ScheduleFile = {
    format: SCHEDULE_FORMAT,
    meetings: sorted.map((m): MeetingFile => ({
      round: problem.rounds[m.round].id,
      table: problem.tables[m.table].id,
      expert: problem.experts[m.expert].id,
      group: problem.groups[m.group].id,
    })),
    metrics,
  };
  if (unmetWishes) file.unmetWishes = unmetWishes;
  return file;
}
