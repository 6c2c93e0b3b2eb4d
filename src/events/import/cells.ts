/**
 * Reading one cell's text as a value. Each reader returns the value, or the problem (a code of
 * ./messages.ts and its parameters) for the caller to place in its file, row and column.
 */
import { isEmailAddress } from '../../common/email-address';
import type { MessageParams } from '../../i18n';
import type { ImportCode } from './messages';
import { shown } from './problems';

export type Read<T> = { ok: true; value: T } | { ok: false; code: ImportCode; params: MessageParams };

const fine = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (code: ImportCode, params: MessageParams = {}): Read<never> => ({ ok: false, code, params });

export function readEmail(text: string): Read<string> {
  const address = text.replace(/^mailto:/i, '');
  return isEmailAddress(address) ? fine(address) : bad('import.badEmail', { value: shown(text) });
}

/** A whole number in [min, max]; spreadsheets may hand "4.0" or "4,0" for 4. */
export function readWhole(text: string, min: number, max?: number): Read<number> {
  const normalized = text.replace(',', '.');
  const value = Number(normalized);
  if (normalized === '' || !Number.isFinite(value) || !Number.isInteger(value)) return bad('import.notWhole', { value: shown(text) });
  if (value < min || (max !== undefined && value > max)) return bad('import.outOfRange', { value, min, max });
  return fine(value);
}

/** Themes: "santé, logement" or "santé; logement" or "santé | logement". */
export function readList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;|]/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

/** An id as the format allows it (1 to 100 characters). */
export function readId(text: string): Read<string> {
  return text.length <= 100 ? fine(text) : bad('import.idTooLong');
}

/** Digits with the usual separators; at least 6 digits so that a stray "12" is caught. */
export function readPhone(text: string): Read<string> {
  const digits = text.replace(/\D/g, '').length;
  return /^\+?[0-9 ().\-/]+$/.test(text) && digits >= 6 && digits <= 15 ? fine(text) : bad('import.badPhone', { value: shown(text) });
}
