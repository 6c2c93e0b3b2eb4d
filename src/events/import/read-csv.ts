/**
 * CSV as French spreadsheets write it: semicolons (Excel in a French locale) or commas,
 * UTF-8 with or without BOM, and Windows-1252 from older "CSV (séparateur : point-virgule)" saves.
 */
import { parse } from 'csv-parse/sync';
import type { ProblemList } from './problems';
import { toSheet, type Sheet } from './sheet';

export function readCsv(name: string, content: Buffer, problems: ProblemList): Sheet | undefined {
  const text = decode(name, content, problems);
  const delimiter = guessDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (err) {
    problems.error(
      { file: name },
      {
        fr: `fichier CSV illisible (${(err as Error).message})`,
        en: `unreadable CSV file (${(err as Error).message})`,
      },
    );
    return undefined;
  }
  // One record is one spreadsheet row, even when a quoted cell spans several lines of the file.
  return toSheet(records.map((cells, i) => ({ row: i + 1, cells })));
}

function decode(name: string, content: Buffer, problems: ProblemList): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    problems.warn(
      { file: name },
      {
        fr: 'fichier non UTF-8, lu comme Windows-1252 : vérifiez les accents (enregistrez de préférence en « CSV UTF-8 »)',
        en: 'file is not UTF-8, read as Windows-1252: check the accents (prefer saving as "CSV UTF-8")',
      },
    );
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** The separator that occurs most often outside quotes on the header line. */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let inQuotes = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}
