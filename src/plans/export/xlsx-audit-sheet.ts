/** The "Audit" sheet: what is needed to re-run the plan and check it gives the same meetings. */
import type ExcelJS from 'exceljs';
import type { InstanceFile, ScheduleFile } from '../../engine';
import type { Lang } from '../../i18n';
import { auditEntries, replayCommand, type Audit } from './audit';
import { heading, labels } from './labels';
import { fitColumns, writeRow } from './xlsx-rows';

export const AUDIT_SHEET = 'Audit';

export function addAuditSheet(workbook: ExcelJS.Workbook, instance: InstanceFile, schedule: ScheduleFile, audit: Audit, lang: Lang): void {
  const say = labels(lang);
  const sheet = workbook.addWorksheet(AUDIT_SHEET);
  writeRow(sheet, ['Audit', instance.event.name], 'title');
  for (const entry of auditEntries(audit, lang)) writeRow(sheet, [entry.label, entry.value]);
  writeRow(sheet, [heading(say('export.timezone')), instance.event.timezone ?? 'Europe/Paris']);
  writeRow(sheet, [heading(say('export.meetings')), schedule.meetings.length]);
  writeRow(sheet, [heading(say('export.shortfall')), schedule.metrics.shortfall]);
  writeRow(sheet, [heading(say('export.wish_value')), schedule.metrics.wishValue]);
  writeRow(sheet, [heading(say('export.min_share')), schedule.metrics.minGroupShare]);
  writeRow(sheet, [heading(say('export.replay')), replayCommand(audit)]);
  fitColumns(sheet, 10, 80);
}
