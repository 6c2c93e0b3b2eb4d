/**
 * What an import says back to the organizer: each problem is data (a code of ./messages.ts and its
 * parameters) with its place — the file, the sheet, the row as the spreadsheet numbers it (header =
 * row 1) and the column as written in the file — so a volunteer can fix the sheet without help.
 */
import type { MessageParams } from '../../i18n';
import type { ImportCode } from './messages';

export interface Place {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export interface ImportProblem extends Place {
  /** A code of ./messages.ts, or of the engine's catalogue for what only the whole event shows. */
  code: string;
  params: MessageParams;
}

export type ImportResult<T> = { ok: true; value: T; warnings: ImportProblem[] } | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[] };

/** Collects errors and warnings while a file is read: all of them are reported at once. */
export class ProblemList {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];

  error(place: Place, code: ImportCode, params: MessageParams = {}): void {
    this.errors.push(problemAt(place, code, params));
  }

  warn(place: Place, code: ImportCode, params: MessageParams = {}): void {
    this.warnings.push(problemAt(place, code, params));
  }

  /** Problems found elsewhere (the reading worker) join this list. */
  take(found: { errors: ImportProblem[]; warnings: ImportProblem[] }): void {
    this.errors.push(...found.errors);
    this.warnings.push(...found.warnings);
  }

  /** The refusal, once an error makes going on pointless (a required column missing, say). */
  refusal<T>(): ImportResult<T> {
    return this.result<T>(() => {
      throw new Error('a refusal needs an error');
    });
  }

  /** Nothing half-imported: one error and the whole value is withheld. */
  result<T>(value: () => T): ImportResult<T> {
    if (this.errors.length > 0) return { ok: false, errors: inReadingOrder(this.errors), warnings: inReadingOrder(this.warnings) };
    return { ok: true, value: value(), warnings: inReadingOrder(this.warnings) };
  }
}

function problemAt(place: Place, code: ImportCode, params: MessageParams): ImportProblem {
  const problem: ImportProblem = { file: place.file, code, params };
  if (place.sheet !== undefined) problem.sheet = place.sheet;
  if (place.row !== undefined) problem.row = place.row;
  if (place.column !== undefined) problem.column = place.column;
  return problem;
}

/** Whole-file problems first, then sheet by sheet, top to bottom, as the organizer will fix them. */
function inReadingOrder(problems: ImportProblem[]): ImportProblem[] {
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  const rank = (p: ImportProblem) => (p.sheet === undefined && p.row === undefined ? -1 : sheets.indexOf(p.sheet));
  return [...problems].sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0));
}

/** A cell's text as a message parameter, shortened so that a pasted paragraph does not flood the list. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
