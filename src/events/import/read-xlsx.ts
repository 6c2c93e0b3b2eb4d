/** XLSX: the first worksheet, each cell as the text the organizer sees. */
import ExcelJS from 'exceljs';
import type { ProblemList } from './problems';
import { toSheet, type Sheet } from './sheet';

export async function readXlsx(name: string, content: Buffer, problems: ProblemList): Promise<Sheet | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; the bytes are the same.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (err) {
    problems.error(
      { file: name },
      { fr: `classeur XLSX illisible (${(err as Error).message})`, en: `unreadable XLSX workbook (${(err as Error).message})` },
    );
    return undefined;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return toSheet([]);
  if (workbook.worksheets.length > 1) {
    problems.warn(
      { file: name },
      {
        fr: `seule la première feuille (« ${sheet.name} ») est lue`,
        en: `only the first sheet ("${sheet.name}") is read`,
      },
    );
  }
  const lines: { row: number; cells: string[] }[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    lines.push({ row: rowNumber, cells });
  });
  // The header is the sheet's row 1; a sheet starting lower would misnumber every message.
  if (lines.length > 0 && lines[0].row !== 1) lines.unshift({ row: 1, cells: [] });
  return toSheet(lines);
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
  if ('error' in value) return '';
  return '';
}
