/**
 * Finding the columns of a sheet by their header, whatever the language, case, accents or
 * spacing the organizer used ("Max. consécutifs", "max consecutive", "MAX_CONSECUTIFS").
 */
import { isClose } from './person-name';
import type { Place, ProblemList } from './problems';
import type { Sheet } from './sheet';

export interface ColumnSpec<F extends string> {
  field: F;
  /** How the column is named in messages and in docs/import-format.md: French, English. */
  label: { fr: string; en: string };
  /** Header spellings accepted, compared after `headerKey`. */
  aliases: string[];
}

/** Where each known field sits in the sheet, and how its header was written. */
export type ColumnMap<F extends string> = Map<F, { index: number; header: string }>;

export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The sheet's place in messages: a CSV has no sheet name worth saying. */
export function sheetPlace(file: string, sheet: Sheet): Place {
  return sheet.name === '' ? { file } : { file, sheet: sheet.name };
}

/**
 * Maps headers to fields. Unknown headers are warnings (an organizer's own notes column must not
 * block an import); a field present twice is an error (which one would win is a guess).
 */
export function mapColumns<F extends string>(place: Place, sheet: Sheet, specs: ColumnSpec<F>[], problems: ProblemList): ColumnMap<F> {
  const byAlias = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) for (const alias of spec.aliases) byAlias.set(headerKey(alias), spec);
  const columns: ColumnMap<F> = new Map();
  sheet.headers.forEach((header, index) => {
    if (header === '') return;
    const spec = byAlias.get(headerKey(header));
    const at = { ...place, row: 1, column: header };
    if (!spec) return void problems.warn(at, 'import.unknownColumn', closeHeader(header, specs));
    const earlier = columns.get(spec.field);
    if (earlier) return void problems.error(at, 'import.duplicateColumn', { earlier: earlier.header });
    columns.set(spec.field, { index, header });
  });
  return columns;
}

/** « Courriell » is most likely « courriel »: the one known header a typo away, if any. */
function closeHeader<F extends string>(header: string, specs: ColumnSpec<F>[]): { suggestion: string } | {} {
  const key = headerKey(header);
  const close = specs.flatMap((spec) => spec.aliases).filter((alias) => key.length > 3 && isClose(key, headerKey(alias)));
  return close.length > 0 ? { suggestion: close[0] } : {};
}

/** One error per missing required column, never one per row. */
export function requireColumn<F extends string>(place: Place, columns: ColumnMap<F>, spec: ColumnSpec<F>, problems: ProblemList): boolean {
  if (columns.has(spec.field)) return true;
  problems.error(place, 'import.missingColumn', { columnFr: spec.label.fr, columnEn: spec.label.en, accepted: spec.aliases.slice(0, 4) });
  return false;
}

/** A row's cells by field, each with its place for messages. */
export class RowReader<F extends string> {
  constructor(
    private readonly sheet: Place,
    private readonly columns: ColumnMap<F>,
    readonly row: number,
    private readonly cells: string[],
  ) {}

  /** The cell's text, '' when the column is absent or the cell empty. */
  text(field: F): string {
    const column = this.columns.get(field);
    return column ? (this.cells[column.index] ?? '') : '';
  }

  has(field: F): boolean {
    return this.columns.has(field);
  }

  place(field?: F): Place {
    const column = field === undefined ? undefined : this.columns.get(field);
    return column ? { ...this.sheet, row: this.row, column: column.header } : { ...this.sheet, row: this.row };
  }
}
