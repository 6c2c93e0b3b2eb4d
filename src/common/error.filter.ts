/**
 * Every error leaves the API in one shape: `{ error: { code, message, fields } }`, worded in the
 * language the request asks for (`?lang=`, then Accept-Language, French by default). A message
 * that is data also travels as such (`messageCode`, `params`; each field's `code`, `params`), so a
 * client can word it itself or test it without parsing prose. Domain errors carry their status;
 * Nest's own HTTP errors (validation, unknown route) keep theirs; anything else is a 500 that
 * hides its details.
 */
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { defineMessages, type Lang, langOf, type MessageParams, type Said, wordSaid } from '../i18n';
import { MAX_BODY_MB } from './body-limit';
import { TooManyRequestsError } from './limits';
import { DomainError, type FieldProblem } from './errors';

export interface FieldBody {
  path: string;
  message: string;
  code?: string;
  params?: MessageParams;
}

export interface ErrorBody {
  error: { code: string; message: string; messageCode?: string; params?: MessageParams; fields: FieldBody[] };
}

const messages = defineMessages({
  fr: {
    'http.too_large': 'requête trop volumineuse ({megabytes} Mo au plus)',
    'http.internal': 'erreur interne',
  },
  en: {
    'http.too_large': 'request too large ({megabytes} MB at most)',
    'http.internal': 'internal error',
  },
});
const m = (code: keyof typeof messages.fr, params?: MessageParams) => (params ? { code, params } : { code });

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const lang = langOf(request);
    const [status, body] = this.describe(exception, lang);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (exception instanceof TooManyRequestsError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.vary('Accept-Language').status(status).json(body);
  }

  private describe(exception: unknown, lang: Lang): [number, ErrorBody] {
    if (exception instanceof DomainError) {
      return [exception.status, { error: { code: exception.code, ...worded(exception.said, lang), fields: exception.fields.map((f) => field(f, lang)) } }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 413) return [status, { error: { code: httpCode(status), ...worded(m('http.too_large', { megabytes: MAX_BODY_MB }), lang), fields: [] } }];
      // Nest's own wording (class-validator's findings, "Cannot GET /x"): English only, shown as it is.
      const raw = exception.getResponse();
      const messages = typeof raw === 'object' && raw && 'message' in raw ? (raw as { message: string | string[] }).message : exception.message;
      const list = Array.isArray(messages) ? messages : [messages];
      const fields = Array.isArray(messages) ? list.map((text) => ({ path: text.split(' ')[0] ?? '', message: text })) : [];
      return [status, { error: { code: httpCode(status), message: list.join('; '), fields } }];
    }
    return [500, { error: { code: 'internal', ...worded(m('http.internal'), lang), fields: [] } }];
  }
}

/** The message in `lang`, with its code and parameters when it is data (a legacy string has neither). */
function worded(said: Said, lang: Lang): { message: string; messageCode?: string; params?: MessageParams } {
  const message = wordSaid(said, lang);
  if (typeof said === 'string') return { message };
  return said.params ? { message, messageCode: said.code, params: said.params } : { message, messageCode: said.code };
}

function field({ path, message: said }: FieldProblem, lang: Lang): FieldBody {
  const { message, messageCode, params } = worded(said, lang);
  return { path, message, ...(messageCode && { code: messageCode }), ...(params && { params }) };
}

function httpCode(status: number): string {
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 413) return 'too_large';
  return `http_${status}`;
}
