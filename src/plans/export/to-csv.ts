/**
 * The schedule as one CSV row per meeting, for mail merges and pivot tables, its column heads in
 * the language asked for.
 * The audit fills the last columns of every row rather than comment lines or a final row:
 * CSV readers choke on comments, a final row breaks sorting and filtering, and a row pasted
 * elsewhere still says which plan it came from.
 */
import type { InstanceFile, ScheduleFile } from '../../engine';
import type { Lang } from '../../i18n';
import type { Audit } from './audit';
import { csvText, type CsvCell } from './csv-text';
import { type ExportWord, labels } from './labels';
import { planView } from './plan-view';

const COLUMNS: ExportWord[] = [
  'export.round',
  'export.start',
  'export.end',
  'export.table_id',
  'export.table',
  'export.expert_id',
  'export.expert',
  'export.organization',
  'export.group_id',
  'export.group',
  'export.size',
  'export.timezone',
  'export.engine',
  'export.seed',
  'export.iterations',
  'export.input_hash',
  'export.meetings_hash',
  'export.version',
  'export.published_at',
];

export const csvHeader = (lang: Lang): string[] => COLUMNS.map((code) => labels(lang)(code));

export function toCsv(instance: InstanceFile, schedule: ScheduleFile, audit: Audit, lang: Lang): string {
  const view = planView(instance, schedule, lang);
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
  return csvText([csvHeader(lang), ...rows]);
}
