/** The only way the XLSX export writes cells, so every text cell is neutralised (see neutralise.ts). */
import type ExcelJS from 'exceljs';
import { neutraliseFormula } from './neutralise';

export type XlsxCell = string | number | undefined;

export function writeRow(sheet: ExcelJS.Worksheet, cells: XlsxCell[], style: 'header' | 'title' | 'plain' = 'plain'): ExcelJS.Row {
  const row = sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : (cell ?? null))));
  if (style !== 'plain') row.font = { bold: true, size: style === 'title' ? 13 : 11 };
  if (style === 'header') {
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    });
  }
  return row;
}

/** Column widths from the longest text, within reason: a 200-character note must not make a 200-wide column. */
export function fitColumns(sheet: ExcelJS.Worksheet, min = 8, max = 45): void {
  sheet.columns.forEach((column) => {
    let longest = min;
    column.eachCell?.({ includeEmpty: false }, (cell) => {
      const text = String(cell.value ?? '');
      for (const line of text.split('\n')) longest = Math.max(longest, line.length + 2);
    });
    column.width = Math.min(max, longest);
  });
}
