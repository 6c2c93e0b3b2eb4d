/** A spreadsheet reduced to what the import needs: header texts and rows of trimmed cell texts. */
export interface Sheet {
  /** The header cells as written (row 1), one per column, '' for an empty header cell. */
  headers: string[];
  /** Data rows after the header, blank rows left out, each with its row number as the organizer sees it. */
  rows: SheetRow[];
}

export interface SheetRow {
  row: number;
  cells: string[];
}

/** Row 1 is the header; rows whose cells are all empty are dropped (but still counted). */
export function toSheet(lines: { row: number; cells: string[] }[]): Sheet {
  const [first, ...rest] = lines;
  const headers = (first?.cells ?? []).map(clean);
  const rows = rest
    .map((line) => ({ row: line.row, cells: line.cells.map(clean) }))
    .filter((line) => line.cells.some((cell) => cell !== ''));
  return { headers, rows };
}

/** Non-breaking spaces come with every copy from a web page or Word: they are spaces. */
function clean(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').trim();
}
