/**
 * What an import says back to the organizer. Every message names the file, the row as the
 * spreadsheet shows it (header = row 1) and the column as written in the file, French first,
 * English second, so a volunteer can fix the sheet without asking a developer.
 */

export interface ImportProblem {
  file: string;
  row?: number;
  column?: string;
  message: string;
}

export type ImportResult<T> =
  | { ok: true; value: T; warnings: ImportProblem[] }
  | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[] };

/** A message in both languages; the place (file, row, column) is added by `problemAt`. */
export interface Said {
  fr: string;
  en: string;
}

export interface Place {
  file: string;
  row?: number;
  column?: string;
}

export function problemAt(place: Place, said: Said): ImportProblem {
  const { file, row, column } = place;
  const frWhere = [file, row !== undefined ? `ligne ${row}` : '', column !== undefined ? `colonne « ${column} »` : '']
    .filter(Boolean)
    .join(', ');
  const enWhere = [row !== undefined ? `row ${row}` : '', column !== undefined ? `column "${column}"` : '']
    .filter(Boolean)
    .join(', ');
  const english = enWhere ? `${enWhere}: ${said.en}` : said.en;
  const problem: ImportProblem = { file, message: `${frWhere} : ${said.fr} / ${english}` };
  if (row !== undefined) problem.row = row;
  if (column !== undefined) problem.column = column;
  return problem;
}

/** Collects errors and warnings while a file is read: all of them are reported at once. */
export class ProblemList {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];

  error(place: Place, said: Said): void {
    this.errors.push(problemAt(place, said));
  }

  warn(place: Place, said: Said): void {
    this.warnings.push(problemAt(place, said));
  }

  /** Nothing half-imported: one error and the whole value is withheld. */
  result<T>(value: () => T): ImportResult<T> {
    if (this.errors.length > 0) return { ok: false, errors: byRow(this.errors), warnings: byRow(this.warnings) };
    return { ok: true, value: value(), warnings: byRow(this.warnings) };
  }
}

/** Whole-file problems first, then top to bottom, as the organizer will fix them (stable within a row). */
function byRow(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Quotes a cell's text in a message, shortened so that a pasted paragraph does not flood the list. */
export function quoted(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${short}"`;
}
