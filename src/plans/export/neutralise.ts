/**
 * Spreadsheet formula injection: a name typed as `=HYPERLINK(...)` or `@SUM(...)` would run as a
 * formula when the organizer opens the export. Every text cell of every CSV and XLSX export goes
 * through this one function, so no writer can forget it (OWASP "CSV injection").
 */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

export function neutraliseFormula(text: string): string {
  return TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}
