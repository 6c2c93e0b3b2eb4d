/**
 * CSV as French spreadsheets write it: semicolons (Excel in a French locale) or commas,
 * UTF-8 with or without BOM, and Windows-1252 from older "CSV (séparateur : point-virgule)" saves.
 */
import { parse } from 'csv-parse/sync';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { ProblemList } from './problems';
import { type Sheet, toSheet } from './sheet';

export function readCsv(name: string, content: Buffer, problems: ProblemList): Sheet[] | undefined {
  const text = decode(name, content, problems);
  let records: string[][];
  try {
    // One record past the limit is enough to know the file is too long.
    records = parse(text, {
      delimiter: guessDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to: MAX_ROWS + 2,
    });
  } catch (err) {
    problems.error({ file: name }, 'import.unreadableCsv', { detail: (err as Error).message });
    return undefined;
  }
  if (records.length > MAX_ROWS + 1) {
    problems.error({ file: name }, 'import.tooManyRows', { max: MAX_ROWS });
    return undefined;
  }
  // One record is one spreadsheet row, even when a quoted cell spans several lines of the file.
  const lines = records.map((cells, i) => ({ row: i + 1, cells }));
  const wide = lines.find((line) => line.cells.slice(MAX_COLUMNS).some((cell) => cell.trim() !== ''));
  if (wide) problems.error({ file: name, row: wide.row }, 'import.tooManyColumns', { max: MAX_COLUMNS });
  return [
    toSheet(
      '',
      lines.map((line) => ({ row: line.row, cells: line.cells.slice(0, MAX_COLUMNS) })),
    ),
  ];
}

function decode(name: string, content: Buffer, problems: ProblemList): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    problems.warn({ file: name }, 'import.notUtf8');
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** The separator that occurs most often outside quotes on the header line. */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
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
