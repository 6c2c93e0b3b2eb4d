import type { Lang, Message } from './message';
import { word } from './word';

/**
 * For the transition only: a module not yet moved to messages still throws one glued
 * "français / English" string. Its half in `lang` is shown (the French half first, the English
 * second); a string without exactly one middle « / » is shown whole. Delete once no caller is left.
 */
export type Said = Message | string;

export function wordSaid(said: Said, lang: Lang): string {
  return typeof said === 'string' ? halfOf(said, lang) : word(said, lang);
}

function halfOf(glued: string, lang: Lang): string {
  const parts = glued.split(' / ');
  // An even count splits in the middle: « a / b » in one language is kept with its half.
  if (parts.length < 2 || parts.length % 2 !== 0) return glued;
  const middle = parts.length / 2;
  return (lang === 'fr' ? parts.slice(0, middle) : parts.slice(middle)).join(' / ');
}
