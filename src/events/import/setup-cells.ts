/**
 * Cells that name parts of the event's setup: availabilities (day words or round ids) and tables
 * (by id or name). Checked here, with the row and column, rather than refused later by the engine
 * with a path into the event.
 */
import type { InstanceFile } from '../../engine';
import { readAvailability } from './availability';
import type { Read } from './cells';
import { headerKey } from './columns';
import type { Session } from './event-days';
import { closestName } from './person-name';
import { shown } from './problems';

const SHOWN_TABLES = 4;

/** The rounds a cell allows; undefined means every round. */
export function readRounds(text: string, sessions: Session[]): Read<string[] | undefined> {
  const read = readAvailability(text, sessions);
  return read.ok ? { ok: true, value: read.rounds } : read;
}

/** A table named by its id or its name (« Salle visio 1 », case and accents aside). */
export function readTable(text: string, tables: InstanceFile['tables']): Read<string> {
  const found = tables.find((t) => t.id === text) ?? tables.find((t) => headerKey(t.name ?? t.id) === headerKey(text));
  if (found) return { ok: true, value: found.id };
  if (tables.length === 0) return { ok: false, code: 'import.noTable', params: { value: shown(text) } };
  const names = tables.map((t) => t.name ?? t.id);
  const close = closestName(text, names, (name) => name);
  // Sixteen rooms named in full would drown the message: the first few and the count.
  const listed = { tables: names.slice(0, SHOWN_TABLES), count: names.length };
  return { ok: false, code: 'import.unknownTable', params: close ? { value: shown(text), suggestion: close, ...listed } : { value: shown(text), ...listed } };
}
