/**
 * A message is data: a code and its parameters (names, wall times, counts — never internal ids).
 * It is worded only at the edge, in the reader's language, by the catalogues; so the same refusal
 * reads in French on a French screen and in English on an English one, and tests compare codes,
 * not prose. This core is pure (the engine words its own English for the exchange format with
 * it); src/i18n builds the product's registry of every module's slice on it.
 */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A parameter: a name, a time, a count, a list of them, or a message worded inside this one. */
export type ParamValue = string | number | Message | readonly string[] | readonly Message[] | undefined;

export type MessageParams = Readonly<Record<string, ParamValue>>;

export interface Message {
  readonly code: string;
  readonly params?: MessageParams;
}

export const message = (code: string, params?: MessageParams): Message => (params ? { code, params } : { code });

/**
 * A catalogue entry: a template with `{name}` slots (`{name:time}` words a round's wall time,
 * `2027-01-22T18:25`, as « ven. 22 janv. à 18 h 25 » / "Fri 22 Jan at 18:25"), or a function for
 * plurals and genders.
 */
export type Wording = string | ((params: MessageParams, lang: Lang) => string);

export type Catalogue = Readonly<Record<string, Wording>>;

/** One slice per module, both languages side by side so that a missing translation is a type error. */
export interface Messages<C extends string = string> {
  readonly fr: Readonly<Record<C, Wording>>;
  readonly en: Readonly<Record<C, Wording>>;
}

/** A slice as plain data, checked to have the same codes in both languages. */
export const defineSlice = <C extends string>(slice: { fr: Record<C, Wording>; en: Record<C, Wording> }): Messages<C> => slice;

/** The message in `lang` from these catalogues, its slots filled; an unknown code is shown as itself. */
export function wordIn(catalogues: Messages, msg: Message, lang: Lang): string {
  const wording = (catalogues[lang] as Catalogue)[msg.code] ?? (catalogues.fr as Catalogue)[msg.code];
  const params = msg.params ?? {};
  if (wording === undefined) return msg.code;
  if (typeof wording === 'function') return wording(params, lang);
  return fill(wording, params, lang, (inner) => wordIn(catalogues, inner, lang));
}

/**
 * The template with its slots filled. A message inside is worded by `nested` (the catalogues the
 * outer one came from), a list of messages joined as sentences: « a ; b », "a; b".
 */
export function fill(template: string, params: MessageParams, lang: Lang, nested: (inner: Message) => string = (inner) => inner.code): string {
  return template.replace(/\{(\w+)(?::(time))?\}/g, (slot, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return slot;
    if (isMessage(value)) return nested(value);
    const items: readonly (string | Message)[] = Array.isArray(value) ? value : [String(value)];
    if (items.some(isMessage)) return items.map((item) => (isMessage(item) ? nested(item) : item)).join(lang === 'fr' ? ' ; ' : '; ');
    const texts = items as readonly string[];
    return list(format === 'time' ? texts.map((wall) => wallTime(wall, lang)) : texts, lang);
  });
}

const isMessage = (value: unknown): value is Message => typeof value === 'object' && value !== null && typeof (value as Message).code === 'string';

/** « a, b et c » / "a, b and c". */
export function list(items: readonly string[], lang: Lang): string {
  return LISTS[lang].format(items);
}

/** Made once per language: making one costs 0.03–0.1 ms, and a version's unmet-wish reasons word thousands of lists and times. */
const LISTS: Record<Lang, Intl.ListFormat> = {
  fr: new Intl.ListFormat('fr-FR', { type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
};
const DAYS: Record<Lang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }),
};

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall time of the event (already in its zone, as the format writes it) the way a person reads
 * it: the day, then the hour. Formatted as UTC so that no zone moves it again.
 */
export function wallTime(wall: string, lang: Lang): string {
  const parts = WALL.exec(wall);
  if (!parts) return wall;
  const [, y, mo, d, h, mi] = parts.map(Number);
  const day = DAYS[lang].format(new Date(Date.UTC(y, mo - 1, d)));
  const hh = String(h).padStart(2, '0');
  const mm = String(mi).padStart(2, '0');
  // The rule of every time the product writes (src/i18n/when.ts, which the engine may not import):
  // « 9 h 30 » with no-break spaces, so that a time never wraps inside itself; English 24 h.
  return lang === 'fr' ? `${day} à ${h}\u00a0h\u00a0${mm}` : `${day} at ${hh}:${mm}`;
}
