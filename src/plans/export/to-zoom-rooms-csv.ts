/**
 * Zoom's breakout-room pre-assignment file for ONE round: Zoom keeps a single set of
 * pre-assignments per meeting, so a rotation needs one file per round (see docs/exports.md).
 */
import type { InstanceFile, ScheduleFile } from '../../engine';
import { csvText, type CsvCell } from './csv-text';
import { planView } from './plan-view';

export const ZOOM_HEADER = ['Pre-assign Room Name', 'Email Address'];

export function toZoomRoomsCsv(instance: InstanceFile, schedule: ScheduleFile, roundId: string): string {
  if (!instance.rounds.some((round) => round.id === roundId)) {
    throw new Error(`round "${roundId}" not in the instance`);
  }
  const rows: CsvCell[][] = [];
  const placed = new Set<string>();
  const add = (room: string, email: string | undefined) => {
    // An address twice would make Zoom pick one room at random; the first (the expert's) wins.
    if (!email || placed.has(email.toLowerCase())) return;
    placed.add(email.toLowerCase());
    rows.push([room, email]);
  };
  for (const meeting of planView(instance, schedule, 'en').meetings.filter((m) => m.round.id === roundId)) {
    add(meeting.table.name, meeting.expert.email);
    for (const member of meeting.group.members ?? []) add(meeting.table.name, member.email);
  }
  // Zoom matches the header text exactly: no BOM in front of it.
  return csvText([ZOOM_HEADER, ...rows], { bom: false });
}
