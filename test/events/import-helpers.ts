/** Reading test files as the service does (in-process here), against a small two-day event. */
import ExcelJS from 'exceljs';
import type { InstanceFile } from '../../src/engine';
import { type Imported, type ImportFile, type ImportResult, readWorkbook, type Workbook, wordProblem } from '../../src/events/import';

export const csv = (name: string, text: string, bom = false): ImportFile => ({ name, content: Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8') });

export async function xlsx(name: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  return { name, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

export async function book(file: ImportFile): Promise<Workbook> {
  const read = await readWorkbook(file);
  if (!read.book) throw new Error(`unreadable: ${read.errors.map((e) => e.code).join(', ')}`);
  return read.book;
}

/** Friday 18:00–20:30 and Saturday 9:30–12:30, Europe/Paris, 20-minute rounds with 5-minute changes. */
export function twoDayEvent(parts: Partial<InstanceFile> = {}): InstanceFile {
  const round = (id: string, day: string, h: number, m: number) => {
    const at = (minutes: number) => `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { id, start: at(h * 60 + m), end: at(h * 60 + m + 20) };
  };
  const friday = [0, 1, 2, 3, 4, 5].map((i) => round(`r${i + 1}`, '2021-01-22', 18, i * 25));
  const saturday = [0, 1, 2, 3, 4, 5, 6].map((i) => round(`r${i + 7}`, '2021-01-23', 9, 30 + i * 25));
  return {
    format: 'audition-plan/1',
    event: { name: 'Convention', timezone: 'Europe/Paris' },
    rounds: [...friday, ...saturday],
    tables: [
      { id: 't1', name: 'Salle visio 1', seats: 6 },
      { id: 't2', name: 'Salle visio 2', seats: 6 },
    ],
    experts: [],
    groups: [],
    ...parts,
  };
}

export function value(result: ImportResult<Imported>): Imported {
  if (!result.ok) throw new Error(`expected ok, got:\n${result.errors.map((e) => `${e.row}:${e.column} ${wordProblem(e, 'fr')}`).join('\n')}`);
  return result.value;
}

export function errors(result: ImportResult<Imported>) {
  if (result.ok) throw new Error('expected errors, got ok');
  return result.errors;
}
