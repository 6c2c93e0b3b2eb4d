/**
 * Finding the columns of a sheet by their header, whatever the language, case, accents or
 * spacing the organizer used ("Max. consécutifs", "max consecutive", "MAX_CONSECUTIFS").
 */
import type { ProblemList } from './problems';
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

/**
 * Maps headers to fields. Unknown headers are warnings (an organizer's own notes column must not
 * block an import); a field present twice is an error (which one would win is a guess).
 */
export function mapColumns<F extends string>(file: string, sheet: Sheet, specs: ColumnSpec<F>[], problems: ProblemList): ColumnMap<F> {
  const byAlias = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) for (const alias of spec.aliases) byAlias.set(headerKey(alias), spec);
  const columns: ColumnMap<F> = new Map();
  sheet.headers.forEach((header, index) => {
    if (header === '') return;
    const spec = byAlias.get(headerKey(header));
    if (!spec) {
      problems.warn(
        { file, row: 1, column: header },
        { fr: 'colonne inconnue, ignorée', en: 'unknown column, ignored' },
      );
      return;
    }
    const earlier = columns.get(spec.field);
    if (earlier) {
      problems.error(
        { file, row: 1, column: header },
        {
          fr: `colonne en double (déjà « ${earlier.header} »)`,
          en: `duplicate column (already "${earlier.header}")`,
        },
      );
      return;
    }
    columns.set(spec.field, { index, header });
  });
  return columns;
}

/** One error per missing required column, never one per row. */
export function requireColumn<F extends string>(file: string, columns: ColumnMap<F>, spec: ColumnSpec<F>, problems: ProblemList): boolean {
  if (columns.has(spec.field)) return true;
  problems.error(
    { file },
    {
      fr: `colonne obligatoire « ${spec.label.fr} » absente de la ligne 1`,
      en: `required column "${spec.label.en}" missing from row 1`,
    },
  );
  return false;
}

/** A row's cells by field, each with its place for messages. */
export class RowReader<F extends string> {
  constructor(
    private readonly file: string,
    private readonly columns: ColumnMap<F>,
    readonly row: number,
    private readonly cells: string[],
  ) {}

  /** The cell's text, '' when the column is absent or the cell empty. */
  text(field: F): string {
    const column = this.columns.get(field);
    return column ? (this.cells[column.index] ?? '') : '';
  }

  place(field: F): { file: string; row: number; column?: string } {
    const column = this.columns.get(field);
    return column ? { file: this.file, row: this.row, column: column.header } : { file: this.file, row: this.row };
  }
}
