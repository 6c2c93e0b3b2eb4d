/**
 * Holds a parsed body to the bounds of body-limits.ts before anything else reads it: every number
 * finite and bounded, every text checked (safe-text.ts) and NFC-normalised, every list and object
 * of a bounded size. All the problems at once, each with its JSON path (`groups[2].name`), so one
 * answer says everything to fix; the body comes back normalised.
 */
import { checkNumber } from './safe-number';
import { checkText, type TextKind } from './safe-text';
import { LIST_ITEMS, MAX_ITEMS, MAX_KEYS, MAX_TEXT, NUMBER_MAXIMA, TEXT_FIELDS, WALL_YEARS } from './body-limits';
import { type InputProblem, problem } from './messages';

/** Past this many, the answer would only grow: the first ones are enough to start fixing. */
const MAX_PROBLEMS = 50;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function guardBody(body: unknown): { value: unknown; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const value = walk(body, 'body', undefined, problems);
  return { value, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** `field` is the key the value sits under (for a list's item, the list's key, `listItem` set). */
function walk(value: unknown, path: string, field: string | undefined, problems: InputProblem[], listItem = false): unknown {
  if (typeof value === 'number') {
    const found = checkNumber(path, value, field && !listItem ? NUMBER_MAXIMA[field] : undefined);
    if (found) problems.push(found);
    return value;
  }
  if (typeof value === 'string') return text(value, path, field, listItem, problems);
  if (Array.isArray(value)) {
    const limit = (field && LIST_ITEMS[field]?.items) || MAX_ITEMS;
    if (value.length > limit) {
      problems.push(problem(path, 'input.too_many', { max: limit }));
      return value;
    }
    return value.map((item, i) => walk(item, `${path}[${i}]`, field, problems, true));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > MAX_KEYS) {
      problems.push(problem(path, 'input.too_many', { max: MAX_KEYS }));
      return value;
    }
    const at = (key: string) => (path === 'body' ? key : `${path}.${key}`);
    return Object.fromEntries(entries.map(([key, item]) => [key, walk(item, at(key), key, problems)]));
  }
  return value;
}

function text(raw: string, path: string, field: string | undefined, listItem: boolean, problems: InputProblem[]): string {
  const rule: { kind: TextKind; max: number } = (field && (listItem ? LIST_ITEMS[field] : TEXT_FIELDS[field])) || { kind: 'free', max: MAX_TEXT };
  if (raw.length > rule.max) {
    problems.push(problem(path, 'input.too_long', { max: rule.max }));
    return raw;
  }
  const checked = checkText(path, raw, rule.kind);
  if (typeof checked !== 'string') {
    problems.push(checked);
    return raw;
  }
  if ((field === 'start' || field === 'end') && !listItem && !isWallTime(checked)) {
    problems.push(problem(path, 'input.wall_time', { value: checked, minYear: WALL_YEARS.min, maxYear: WALL_YEARS.max }));
  }
  return checked;
}

/** A wall time of the exchange format that names a real minute of a year in WALL_YEARS; other texts are the schema's to judge. */
function isWallTime(text: string): boolean {
  const parts = WALL_TIME.exec(text);
  if (!parts) return true;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return year >= WALL_YEARS.min && year <= WALL_YEARS.max && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
}
