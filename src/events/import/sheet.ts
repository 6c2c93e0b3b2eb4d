/** A workbook reduced to what the import needs: per sheet, header texts and rows of trimmed cell texts. */
export interface Workbook {
  file: string;
  /** CSV files have one sheet, named after nothing (''); XLSX sheets keep their names. */
  sheets: Sheet[];
}

export interface Sheet {
  name: string;
  /** The header cells as written (row 1), one per column, '' for an empty header cell. */
  headers: string[];
  /** Data rows after the header, blank rows left out, each with its row number as the organizer sees it. */
  rows: SheetRow[];
}

export interface SheetRow {
  row: number;
  cells: string[];
}

/** What an empty file reads as: no header, no row. */
export const EMPTY_SHEET: Sheet = { name: '', headers: [], rows: [] };

/** Row 1 is the header; rows whose cells are all empty are dropped (but still counted). */
export function toSheet(name: string, lines: { row: number; cells: string[] }[]): Sheet {
  const header = lines[0]?.row === 1 ? lines[0] : undefined;
  const headers = (header?.cells ?? []).map(clean);
  const rows = lines
    .filter((line) => line !== header)
    .map((line) => ({ row: line.row, cells: line.cells.map(clean) }))
    .filter((line) => line.cells.some((cell) => cell !== ''));
  return { name, headers, rows };
}

/** Non-breaking spaces come with every copy from a web page or Word: they are spaces. */
function clean(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').trim();
}
