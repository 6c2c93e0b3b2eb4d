/**
 * The schedule joined with its instance, in reading order, as every export needs it: rounds
 * with their times, tables with their names, meetings with their expert and group.
 */
import type { ExpertFile, GroupFile, InstanceFile, ScheduleFile } from '../../engine';
import type { Lang } from '../../i18n';
import { wallTime, type WallTime } from './wall-time';

export const DEFAULT_ZONE = 'Europe/Paris';

export interface RoundView {
  id: string;
  index: number;
  start: WallTime;
  end: WallTime;
  /** "18:00–18:20" */
  hours: string;
}

export interface TableView {
  id: string;
  name: string;
  index: number;
}

export interface MeetingView {
  round: RoundView;
  table: TableView;
  expert: ExpertFile;
  group: GroupFile;
}

export interface PlanView {
  zone: string;
  rounds: RoundView[];
  /** Tables that hold at least one meeting, in instance order: an empty column only costs paper. */
  tables: TableView[];
  meetings: MeetingView[];
}

/** `lang` words the days (« vendredi 22 janvier », "Friday 22 January"). */
export function planView(instance: InstanceFile, schedule: ScheduleFile, lang: Lang): PlanView {
  const zone = instance.event.timezone ?? DEFAULT_ZONE;
  const rounds = instance.rounds.map((round, index) => {
    const start = wallTime(round.start, zone, lang);
    const end = wallTime(round.end, zone, lang);
    return { id: round.id, index, start, end, hours: `${start.clock}–${end.clock}` };
  });
  const allTables = instance.tables.map((table, index) => ({ id: table.id, name: table.name ?? table.id, index }));
  // A stored version always agrees with its own instance: a missing id is a bug, said in the logs' English.
  const find = <T extends { id: string }>(list: T[], id: string, what: string): T => {
    const found = list.find((item) => item.id === id);
    if (!found) throw new Error(`${what} "${id}" not in the instance`);
    return found;
  };
  const meetings = schedule.meetings
    .map((m) => ({
      round: find(rounds, m.round, 'round'),
      table: find(allTables, m.table, 'table'),
      expert: find(instance.experts, m.expert, 'expert'),
      group: find(instance.groups, m.group, 'group'),
    }))
    .sort((a, b) => a.round.index - b.round.index || a.table.index - b.table.index || a.group.name.localeCompare(b.group.name, 'fr'));
  const used = new Set(meetings.map((m) => m.table.id));
  return { zone, rounds, tables: allTables.filter((t) => used.has(t.id)), meetings };
}

/** The meetings at one table in one round (several when an expert receives groups together). */
export function meetingsAt(view: PlanView, roundId: string, tableId: string): MeetingView[] {
  return view.meetings.filter((m) => m.round.id === roundId && m.table.id === tableId);
}

/** "Hélène Martin — Groupe Santé", or "Hélène Martin — Santé, Logement" with two groups at once. */
export function cellLabel(meetings: MeetingView[]): string {
  if (meetings.length === 0) return '';
  const experts = [...new Set(meetings.map((m) => m.expert.name))].join(' / ');
  return `${experts} — ${meetings.map((m) => m.group.name).join(', ')}`;
}
