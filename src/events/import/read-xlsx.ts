/**
 * XLSX: every worksheet, each cell as the text the organizer sees. Only the cells present are
 * visited (a styled cell far right must not make every row 16,384 columns wide), within the
 * row and column limits of ./limits.ts.
 */
import ExcelJS from 'exceljs';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { ProblemList } from './problems';
import { type Sheet, toSheet } from './sheet';

export async function readXlsx(name: string, content: Buffer, problems: ProblemList): Promise<Sheet[] | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are the same.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (err) {
    problems.error({ file: name }, 'import.unreadableXlsx', { detail: (err as Error).message });
    return undefined;
  }
  return workbook.worksheets.map((sheet) => readWorksheet(name, sheet, problems));
}

function readWorksheet(file: string, sheet: ExcelJS.Worksheet, problems: ProblemList): Sheet {
  const lines: { row: number; cells: string[] }[] = [];
  let tooWide = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > MAX_ROWS + 1) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = cellText(cell.value);
      if (column <= MAX_COLUMNS) cells[column - 1] = text;
      else if (text.trim() !== '' && !tooWide) {
        // Once is enough: the organizer empties that column and every row is fixed.
        tooWide = true;
        problems.error({ file, sheet: sheet.name, row: rowNumber, column: cell.address.replace(/\d+$/, '') }, 'import.tooManyColumns', { max: MAX_COLUMNS });
      }
    });
    lines.push({ row: rowNumber, cells: Array.from(cells, (text) => text ?? '') });
  });
  if (sheet.actualRowCount > MAX_ROWS + 1) problems.error({ file, sheet: sheet.name }, 'import.tooManyRows', { max: MAX_ROWS });
  return toSheet(sheet.name, lines);
}

/** Excel turns typed emails into links and keeps formulas with their last result: read what is shown. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 16);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  return '';
}
