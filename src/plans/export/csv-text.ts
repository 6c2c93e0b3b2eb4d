/**
 * CSV as Excel opens it right: fields quoted when needed, CRLF line ends, and a UTF-8 BOM
 * without which Excel reads "Hélène" as "HÃ©lÃ¨ne".
 */
import { neutraliseFormula } from './neutralise';

export type CsvCell = string | number | undefined;

export function csvText(rows: CsvCell[][], options: { bom: boolean } = { bom: true }): string {
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}

function csvField(cell: CsvCell): string {
  if (cell === undefined) return '';
  // Numbers are written as numbers: "-1" as a number is not a formula.
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
