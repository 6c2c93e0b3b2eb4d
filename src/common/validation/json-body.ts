/**
 * The API's JSON bodies, read as text by body-parser (size limit, charset, gzip) and parsed here:
 * the depth is checked before JSON.parse can recurse, and a syntax error is answered in the
 * request's language with its position, never as the parser's raw English.
 */
import type { NextFunction, Request, Response } from 'express';
import { problem } from './messages';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-scan';
import { InputRefused } from './refusal';

/** The media types read as JSON: what express.json takes by default, and the `+json` family. */
export const JSON_TYPES = ['application/json', 'application/*+json'];

export function parseJsonBody(req: Request, _res: Response, next: NextFunction): void {
  if (typeof req.body !== 'string' || !req.is(JSON_TYPES)) return next();
  const text = req.body;
  const deep = tooDeepAt(text);
  if (deep >= 0) return next(new InputRefused([problem('body', 'input.json_depth', { max: MAX_JSON_DEPTH, position: deep })]));
  try {
    req.body = text.trim() === '' ? undefined : JSON.parse(text);
    next();
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1] ?? String(text.length);
    next(new InputRefused([problem('body', 'input.json_syntax', { position: Number(position) })]));
  }
}
