/** The "Grille" sheet: rounds down, tables across, "expert — group" in each cell, as it is pinned on the wall. */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../i18n';
import { heading, labels } from './labels';
import { cellLabel, meetingsAt, type PlanView } from './plan-view';
import { fitColumns, writeRow } from './xlsx-rows';

export const GRID_SHEET = 'Grille';

export function addGridSheet(workbook: ExcelJS.Workbook, view: PlanView, lang: Lang): void {
  const say = labels(lang);
  const sheet = workbook.addWorksheet(GRID_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  writeRow(sheet, [heading(say('export.round')), heading(say('export.time')), ...view.tables.map((t) => t.name)], 'header');
  for (const round of view.rounds) {
    const cells = view.tables.map((table) => cellLabel(meetingsAt(view, round.id, table.id)));
    writeRow(sheet, [round.id, `${round.start.day} ${round.hours}`, ...cells]);
  }
  fitColumns(sheet, 10, 40);
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}
