/** The schedule as a workbook: the grid, the audit, then one sheet per group and one per expert. */
import ExcelJS from 'exceljs';
import type { InstanceFile, ScheduleFile } from '../../engine';
import type { Lang } from '../../i18n';
import type { Audit } from './audit';
import { planView } from './plan-view';
import { SheetNames } from './sheet-names';
import { addAuditSheet, AUDIT_SHEET } from './xlsx-audit-sheet';
import { addGridSheet, GRID_SHEET } from './xlsx-grid-sheet';
import { addExpertSheets, addGroupSheets } from './xlsx-itinerary-sheets';

export async function toXlsx(instance: InstanceFile, schedule: ScheduleFile, audit: Audit, lang: Lang): Promise<Buffer> {
  const view = planView(instance, schedule, lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = audit.engine;
  // The audit's date, not the clock's: the same plan gives the same workbook properties.
  const published = audit.publishedAt ? new Date(audit.publishedAt) : undefined;
  if (published && !Number.isNaN(published.getTime())) workbook.created = published;
  const names = new SheetNames();
  names.take(GRID_SHEET);
  names.take(AUDIT_SHEET);
  addGridSheet(workbook, view, lang);
  // Right after the grid, where a reader looks first, not behind fifty itinerary tabs.
  addAuditSheet(workbook, instance, schedule, audit, lang);
  addGroupSheets(workbook, view, names, instance.groups, lang);
  addExpertSheets(workbook, view, names, instance.experts, lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
