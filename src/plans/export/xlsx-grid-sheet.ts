/** The "Grille" sheet: rounds down, tables across, "expert — group" in each cell, as it is pinned on the wall. */
import type ExcelJS from 'exceljs';
import { cellLabel, meetingsAt, type PlanView } from './plan-view';
import { fitColumns, writeRow } from './xlsx-rows';

export const GRID_SHEET = 'Grille';

export function addGridSheet(workbook: ExcelJS.Workbook, view: PlanView): void {
  const sheet = workbook.addWorksheet(GRID_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  writeRow(sheet, ['Tour / Round', 'Horaire / Time', ...view.tables.map((t) => t.name)], 'header');
  for (const round of view.rounds) {
    const cells = view.tables.map((table) => cellLabel(meetingsAt(view, round.id, table.id)));
    writeRow(sheet, [round.id, `${round.start.day} ${round.hours}`, ...cells]);
  }
  fitColumns(sheet, 10, 40);
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}
