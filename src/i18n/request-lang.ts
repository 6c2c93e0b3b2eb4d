import type { Lang } from './message';

/**
 * The language a request asks for: `?lang=fr|en` wins, then the first of French or English in
 * Accept-Language, French by default (the product is French first).
 */
export function requestLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'fr' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return 'fr';
}
