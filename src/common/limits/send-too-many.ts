/** A 429 in plain text, for the routes that answer before or beside the API's error shape (pages, feeds, answers). */
import type { ServerResponse } from 'node:http';
import { type Lang, type MessageParams, word } from '../../i18n';
import type { LimitCode } from './too-many';

export function sendTooMany(res: ServerResponse, code: LimitCode, seconds: number, lang: Lang, params: MessageParams = {}): void {
  const text = word({ code, params: { seconds, ...params } }, lang);
  res.writeHead(429, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(seconds), 'X-Content-Type-Options': 'nosniff' }).end(text);
}
