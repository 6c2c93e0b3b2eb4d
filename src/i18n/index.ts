/**
 * Messages as data, worded by one French and one English catalogue. A module declares its slice
 * with `defineMessages` and registers it; anything that reaches a person goes through `word`.
 * The engine's slice is registered here, since the engine itself does not know this registry.
 */
export { LANGS, type Lang, type Message, type MessageParams, type Messages, type Wording, fill, list, message, wallTime } from './message';
export { isKnown, register, word } from './word';
export { wordAt, wordEach, wordStored } from './word-at';
export { langOf, requestLang } from './request-lang';
export { type Said, wordSaid } from './legacy';
import { ENGINE_MESSAGES } from '../engine';
import type { Messages, Wording } from './message';
import { register } from './word';

register(ENGINE_MESSAGES);

/** Declares and registers a slice: `const m = defineMessages({ fr: {...}, en: {...} })`, same codes in both. */
export function defineMessages<C extends string>(slice: { fr: Record<C, Wording>; en: Record<C, Wording> }): Messages<C> {
  register(slice);
  return slice;
}
