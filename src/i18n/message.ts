/**
 * A message is data: a code and its parameters (names, times, counts — never internal ids). It is
 * worded only at the edge, in the reader's language, by the catalogues; so the same refusal reads
 * in French on a French screen and in English on an English one, and tests compare codes, not prose.
 */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export type MessageParams = Readonly<Record<string, string | number | readonly string[] | undefined>>;

export interface Message {
  readonly code: string;
  readonly params?: MessageParams;
}

export const message = (code: string, params?: MessageParams): Message => (params ? { code, params } : { code });

/** A catalogue entry: a template with `{name}` slots, or a function for plurals and lists. */
export type Wording = string | ((params: MessageParams, lang: Lang) => string);

export type Catalogue = Readonly<Record<string, Wording>>;

/** One slice per module, both languages side by side so that a missing translation is a type error. */
export interface Messages<C extends string = string> {
  readonly fr: Readonly<Record<C, Wording>>;
  readonly en: Readonly<Record<C, Wording>>;
}
