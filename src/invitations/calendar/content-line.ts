/**
 * Writing content lines and whole calendar objects. Values arrive already encoded (TEXT escaped,
 * parameters through `paramValue`); this is the last place that could let a raw line break through,
 * so it refuses one instead of writing a file that would carry an injected property.
 */
import { CalendarError } from './errors';
import { foldLine } from './fold';

export type Params = readonly (readonly [name: string, encodedValue: string])[];

const UNSAFE = /[\x00-\x08\x0A-\x1F\x7F]/;

export function contentLine(name: string, encodedValue: string, params: Params = []): string {
  const head = name + params.map(([p, v]) => `;${p}=${v}`).join('');
  if (UNSAFE.test(head) || UNSAFE.test(encodedValue)) throw new CalendarError(`control character in ${name}: refusing to write the line`);
  return foldLine(`${head}:${encodedValue}`);
}

/** CRLF after every line, the last one included (RFC 5545 §3.1; Outlook rejects bare LF, ics #168). */
export function calendarText(lines: readonly string[]): string {
  return lines.map((l) => `${l}\r\n`).join('');
}
