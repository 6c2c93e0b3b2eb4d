/**
 * Reading one cell's text as a value. Each reader returns the value, or the reason it is not
 * one (French, English) for the caller to place in its file, row and column.
 */
import { isEmailAddress } from '../../common/email-address';
import { quoted, type Said } from './problems';

export type Read<T> = { ok: true; value: T } | { ok: false; why: Said };

const fine = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (fr: string, en: string): Read<never> => ({ ok: false, why: { fr, en } });

export function readEmail(text: string): Read<string> {
  const address = text.replace(/^mailto:/i, '');
  return isEmailAddress(address) ? fine(address) : bad(`adresse invalide ${quoted(text)}`, 'invalid address');
}

/** A whole number in [min, max]; spreadsheets may hand "4.0" or "4,0" for 4. */
export function readWhole(text: string, min: number, max = Number.MAX_SAFE_INTEGER): Read<number> {
  const normalized = text.replace(',', '.');
  const value = Number(normalized);
  if (normalized === '' || !Number.isFinite(value) || !Number.isInteger(value)) {
    return bad(`nombre entier attendu, pas ${quoted(text)}`, `whole number expected, not ${quoted(text)}`);
  }
  if (value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? { fr: `au moins ${min}`, en: `at least ${min}` } : { fr: `entre ${min} et ${max}`, en: `between ${min} and ${max}` };
    return bad(`${value} hors limites : ${range.fr}`, `${value} out of range: ${range.en}`);
  }
  return fine(value);
}

/** Themes and round lists: "santé, logement" or "santé; logement" or "santé | logement". */
export function readList(text: string): string[] {
  return unique(
    text
      .split(/[,;|]/)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

/** An id as the format allows it (1 to 100 characters). */
export function readId(text: string): Read<string> {
  return text.length <= 100 ? fine(text) : bad('identifiant trop long (100 caractères au plus)', 'id too long (100 characters at most)');
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
