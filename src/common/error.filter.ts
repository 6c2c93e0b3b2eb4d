/**
 * Every error leaves the API in one shape: `{ error: { code, message, fields } }`, French first
 * then English where the message is ours. Domain errors carry their status; Nest's own HTTP errors
 * (validation, unknown route) keep theirs; anything else is a 500 that hides its details.
 */
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { MAX_BODY_MB } from './body-limit';
import { DomainError, type FieldProblem } from './errors';

export interface ErrorBody {
  error: { code: string; message: string; fields: FieldProblem[] };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(body);
  }

  private describe(exception: unknown): [number, ErrorBody] {
    if (exception instanceof DomainError) {
      return [exception.status, { error: { code: exception.code, message: exception.message, fields: exception.fields } }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const messages = typeof raw === 'object' && raw && 'message' in raw ? (raw as { message: string | string[] }).message : exception.message;
      const list = status === 413 ? [`requête trop volumineuse (${MAX_BODY_MB} Mo au plus) / request too large (${MAX_BODY_MB} MB at most)`]
        : Array.isArray(messages) ? messages : [messages];
      const fields = list.map((m) => ({ path: m.split(' ')[0] ?? '', message: m }));
      return [status, { error: { code: httpCode(status), message: list.join('; '), fields: Array.isArray(messages) ? fields : [] } }];
    }
    return [500, { error: { code: 'internal', message: 'erreur interne / internal error', fields: [] } }];
  }
}

function httpCode(status: number): string {
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 413) return 'too_large';
  return `http_${status}`;
}
