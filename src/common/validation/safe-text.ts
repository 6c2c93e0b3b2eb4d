/**
 * What a text may hold. Control characters are refused everywhere (tabs and line breaks only in
 * free text); invisible and writing-direction characters (zero-width, bidi overrides and isolates,
 * the BOM) in ids and names, where they let `e1` and `e\u200B1`, or a name shown backwards, pass
 * for what they are not. Ids keep to Latin letters, digits and a few signs: a Cyrillic `е1` is
 * another id that reads the same. Every text is NFC-normalised, so `é` typed two ways is one name.
 */
import { type InputProblem, problem } from './messages';

export type TextKind = 'id' | 'name' | 'free';

/** C0 and C1 controls and DEL, except tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_OR_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** Zero-width space/joiners, LRM/RLM, Arabic letter mark, bidi embeddings, overrides and isolates, word joiner, BOM. */
const FORMAT = /[\u200B-\u200F\u061C\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const ID = /^[\p{Script=Latin}0-9_.:#+@/-]+$/u;

/** The text NFC-normalised, or what is wrong with it. */
export function checkText(path: string, raw: string, kind: TextKind): string | InputProblem {
  const text = raw.normalize('NFC');
  const control = (kind === 'free' ? CONTROL : CONTROL_OR_LINE).exec(text);
  if (control) return problem(path, 'input.control_char', { position: control.index });
  if (kind !== 'free') {
    const format = FORMAT.exec(text);
    if (format) return problem(path, 'input.format_char', { codepoint: codepoint(format[0]), position: format.index });
  }
  if (kind === 'id' && text !== '' && !ID.test(text)) return problem(path, 'input.id_chars', { value: text });
  return text;
}

function codepoint(char: string): string {
  return char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
