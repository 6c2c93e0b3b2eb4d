/**
 * The audit record every export carries: with the engine version, the seed and the input hash,
 * anyone can re-run the plan and check, through the meetings hash, that it gives the same meetings.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n';
import { heading, labels } from './labels';

export interface Audit {
  engine: string;
  seed: number;
  iterations?: number;
  inputHash: string;
  meetingsHash: string;
  version: number;
  publishedAt?: string;
}

/** sha256 (hex) of the canonical JSON of `value`: the same data hashes the same whatever its key order. */
export function hashJson(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** JSON with object keys sorted at every depth; undefined members dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/** The audit as labelled lines, the same in every export, labelled in `lang`. */
export function auditEntries(audit: Audit, lang: Lang): { label: string; value: string | number }[] {
  const say = labels(lang);
  const entry = (code: Parameters<typeof say>[0], value: string | number) => ({ label: heading(say(code)), value });
  const entries = [entry('export.engine', audit.engine), entry('export.seed', audit.seed)];
  if (audit.iterations !== undefined) entries.push(entry('export.iterations', audit.iterations));
  entries.push(entry('export.input_hash', audit.inputHash), entry('export.meetings_hash', audit.meetingsHash), entry('export.version', audit.version));
  if (audit.publishedAt !== undefined) entries.push(entry('export.published_at', audit.publishedAt));
  return entries;
}

/** The command that replays the plan, for the audit sheet and the printed footer. */
export function replayCommand(audit: Audit): string {
  const iterations = audit.iterations !== undefined ? ` --iterations ${audit.iterations}` : '';
  return `npm run plan -- instance.json --out schedule.json --seed ${audit.seed}${iterations}`;
}
