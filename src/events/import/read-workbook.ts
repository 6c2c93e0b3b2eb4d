/** One entry for both spreadsheet kinds, so the expert and group imports never look at bytes. */
import { detectFormat } from './detect-format';
import { type ImportProblem, ProblemList } from './problems';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { Workbook } from './sheet';

export interface ImportFile {
  name: string;
  content: Buffer;
}

/** What reading a file gives: its sheets, or nothing when it cannot be read; problems either way. */
export interface ReadOutcome {
  book?: Workbook;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export async function readWorkbook(file: ImportFile): Promise<ReadOutcome> {
  const problems = new ProblemList();
  const format = detectFormat(file.name, file.content);
  if (format === 'xls' || format === 'ods') {
    problems.error({ file: file.name }, 'import.unsupportedFormat', { kind: format === 'xls' ? 'Excel 97-2003 (.xls)' : 'OpenDocument (.ods)' });
    return problems;
  }
  const sheets = format === 'xlsx' ? await readXlsx(file.name, file.content, problems) : readCsv(file.name, file.content, problems);
  if (!sheets || problems.errors.length > 0) return problems;
  return { book: { file: file.name, sheets }, errors: problems.errors, warnings: problems.warnings };
}
