import type { Lang, Message } from './message';
import { word } from './word';

/** « rounds[3].end : … » / "rounds[3].end: …": a problem where it is, French spacing in French. */
export function wordAt(path: string, said: Message, lang: Lang): string {
  const text = word(said, lang);
  if (!path) return text;
  return lang === 'fr' ? `${path} : ${text}` : `${path}: ${text}`;
}

/** Problems each where it is (an instance's warnings, say), worded for a success answer. */
export const wordEach = (problems: readonly { path: string; said: Message }[], lang: Lang): string[] => problems.map((p) => wordAt(p.path, p.said, lang));
