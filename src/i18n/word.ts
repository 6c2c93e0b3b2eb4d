import type { Catalogue, Lang, Message, MessageParams, Messages, Wording } from './message';

/**
 * The catalogues every module registers its slice into (`register` at import time): the filter, the
 * pages and the e-mails word any code whatever module it came from.
 */
const catalogues: Record<Lang, Record<string, Wording>> = { fr: {}, en: {} };

export function register(slice: Messages): void {
  for (const lang of ['fr', 'en'] as const) {
    for (const [code, wording] of Object.entries(slice[lang] as Catalogue)) {
      if (code in catalogues[lang] && catalogues[lang][code] !== wording) throw new Error(`message code "${code}" registered twice`);
      catalogues[lang][code] = wording;
    }
  }
}

export function isKnown(code: string): boolean {
  return code in catalogues.fr && code in catalogues.en;
}

/** The message in `lang`, its `{slots}` filled; an unknown code is shown as itself (never thrown at a user). */
export function word(msg: Message, lang: Lang): string {
  const wording = catalogues[lang][msg.code] ?? catalogues.fr[msg.code];
  const params = msg.params ?? {};
  if (wording === undefined) return msg.code;
  if (typeof wording === 'function') return wording(params, lang);
  return fill(wording, params, lang);
}

export function fill(template: string, params: MessageParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return Array.isArray(value) ? list(value as readonly string[], lang) : String(value);
  });
}

/** « a, b et c » / "a, b and c". */
export function list(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(items);
}
