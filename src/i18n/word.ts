import { type Catalogue, type Lang, type Message, type Messages, type Wording, wordIn } from './message';

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
  return wordIn(catalogues, msg, lang);
}
