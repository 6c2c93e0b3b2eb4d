import { type Said, wordSaid } from './legacy';
import type { Lang, Message, MessageParams } from './message';
import { word } from './word';

/** « rounds[3].end : … » / "rounds[3].end: …": a problem where it is, French spacing in French. */
export function wordAt(path: string, said: Message, lang: Lang): string {
  const text = word(said, lang);
  if (!path) return text;
  return lang === 'fr' ? `${path} : ${text}` : `${path}: ${text}`;
}

/** Problems each where it is (an instance's warnings, say), worded for a success answer. */
export const wordEach = (problems: readonly { path: string; said: Message }[], lang: Lang): string[] => problems.map((p) => wordAt(p.path, p.said, lang));

/**
 * Problems stored with a job (each `message` a message, or a string from before messages were
 * data) worded for an answer, with the message's code and parameters beside.
 */
export function wordStored<P extends { message: Said }>(
  problems: readonly P[],
  lang: Lang,
): (Omit<P, 'message'> & { message: string; code?: string; params?: MessageParams })[] {
  return problems.map(({ message, ...rest }) =>
    typeof message === 'string'
      ? { ...rest, message: wordSaid(message, lang) }
      : { ...rest, message: word(message, lang), code: message.code, ...(message.params && { params: message.params }) },
  );
}
