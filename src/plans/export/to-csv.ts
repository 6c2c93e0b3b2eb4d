/**
 * The schedule as one CSV row per meeting, for mail merges and pivot tables.
 * The audit fills the last columns of every row rather than comment lines or a final row:
 * CSV readers choke on comments, a final row breaks sorting and filtering, and a row pasted
 * elsewhere still says which plan it came from.
 */
import type { InstanceFile, ScheduleFile } from '../../engine/format';
import type { Audit } from './audit';
import { csvText, type CsvCell } from './csv-text';
import { planView } from './plan-view';

export const CSV_HEADER = [
  'tour / round',
  'début / start',
  'fin / end',
  'id table',
  'table',
  'id expert',
  'expert',
  'organisation / organization',
  'id groupe / group id',
  'groupe / group',
  'taille / size',
  'fuseau / timezone',
  'moteur / engine',
  'graine / seed',
  'itérations / iterations',
  'empreinte instance / input hash',
  'empreinte rencontres / meetings hash',
  'version',
  'publié le / published at',
];

export function toCsv(instance: InstanceFile, schedule: ScheduleFile, audit: Audit): string {
  const view = planView(instance, schedule);
  const auditCells: CsvCell[] = [view.zone, audit.engine, audit.seed, audit.iterations, audit.inputHash, audit.meetingsHash, audit.version, audit.publishedAt];
  const rows: CsvCell[][] = view.meetings.map((m) => [
    m.round.id,
    m.round.start.stamp,
    m.round.end.stamp,
    m.table.id,
    m.table.name,
    m.expert.id,
    m.expert.name,
    m.expert.organization,
    m.group.id,
    m.group.name,
    m.group.size,
    ...auditCells,
  ]);
  return csvText([CSV_HEADER, ...rows]);
}
