/** The "Audit" sheet: what is needed to re-run the plan and check it gives the same meetings. */
import type ExcelJS from 'exceljs';
import type { InstanceFile, ScheduleFile } from '../../engine/format';
import { auditEntries, replayCommand, type Audit } from './audit';
import { fitColumns, writeRow } from './xlsx-rows';

export const AUDIT_SHEET = 'Audit';

export function addAuditSheet(workbook: ExcelJS.Workbook, instance: InstanceFile, schedule: ScheduleFile, audit: Audit): void {
  const sheet = workbook.addWorksheet(AUDIT_SHEET);
  writeRow(sheet, ['Audit', instance.event.name], 'title');
  for (const entry of auditEntries(audit)) writeRow(sheet, [entry.label, entry.value]);
  writeRow(sheet, ['Fuseau / Timezone', instance.event.timezone ?? 'Europe/Paris']);
  writeRow(sheet, ['Rencontres / Meetings', schedule.meetings.length]);
  writeRow(sheet, ['Manque / Shortfall', schedule.metrics.shortfall]);
  writeRow(sheet, ['Valeur des souhaits / Wish value', schedule.metrics.wishValue]);
  writeRow(sheet, ['Part minimale / Min group share', schedule.metrics.minGroupShare]);
  writeRow(sheet, ['Rejouer / Replay', replayCommand(audit)]);
  fitColumns(sheet, 10, 80);
}
