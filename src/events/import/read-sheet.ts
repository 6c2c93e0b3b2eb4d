/** One entry for both spreadsheet kinds, so the expert and group imports never look at bytes. */
import { detectFormat } from './detect-format';
import type { ProblemList } from './problems';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { Sheet } from './sheet';

export interface ImportFile {
  name: string;
  content: Buffer;
}

export async function readSheet(file: ImportFile, problems: ProblemList): Promise<Sheet | undefined> {
  const format = detectFormat(file.name, file.content);
  if (format === 'xlsx') return readXlsx(file.name, file.content, problems);
  if (format === 'csv') return readCsv(file.name, file.content, problems);
  const kind = format === 'xls' ? 'Excel 97-2003 (.xls)' : 'OpenDocument (.ods)';
  problems.error(
    { file: file.name },
    {
      fr: `format ${kind} non pris en charge : enregistrez le fichier en .xlsx ou .csv`,
      en: `${kind} format is not supported: save the file as .xlsx or .csv`,
    },
  );
  return undefined;
}
