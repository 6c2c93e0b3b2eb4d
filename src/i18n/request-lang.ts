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

/** The language of an HTTP request (Express's or Node's shape: only its query and headers are read). */
export function langOf(request: { query?: Record<string, unknown>; headers: Record<string, string | string[] | undefined> }): Lang {
  const accept = request.headers['accept-language'];
  return requestLang(request.query?.lang, Array.isArray(accept) ? accept.join(',') : accept);
}
