/**
 * Messages as data, worded by one French and one English catalogue. A module declares its slice
 * with `defineMessages` and registers it; anything that reaches a person goes through `word`.
 */
export { LANGS, type Lang, type Message, type MessageParams, type Messages, type Wording, message } from './message';
export { fill, isKnown, list, register, word } from './word';
export { requestLang } from './request-lang';
export { type Said, wordSaid } from './legacy';
import type { Messages, Wording } from './message';
import { register } from './word';

/** Declares and registers a slice: `const m = defineMessages({ fr: {...}, en: {...} })`, same codes in both. */
export function defineMessages<C extends string>(slice: { fr: Record<C, Wording>; en: Record<C, Wording> }): Messages<C> {
  register(slice);
  return slice;
}
