/**
 * The errors the service raises on purpose, each with the HTTP status and code it maps to; the one
 * filter in `error.filter.ts` turns them into the API's single error shape, worded in the
 * language the request asks for.
 */
import { type Said, wordSaid } from '../i18n';

export interface FieldProblem {
  /** Where: a JSON path (`groups[2].size`), or `file, row, column` for spreadsheets. */
  path: string;
  /** What is wrong there: a message (code and parameters); a glued "fr / en" string only until its module moves. */
  message: Said;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  constructor(
    readonly said: Said,
    readonly fields: FieldProblem[] = [],
  ) {
    // Error.message is what logs and stack traces show: English, like the rest of the logs.
    super(wordSaid(said, 'en'));
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
}

export class InvalidInputError extends DomainError {
  readonly status = 422;
  readonly code = 'invalid_input';
}

/** A change that would break a hard rule of the plan (H1–H5): refused, with the rule named. */
export class RuleBrokenError extends DomainError {
  readonly status = 422;
  readonly code = 'rule_broken';
}

/** Someone else changed the same thing first (optimistic concurrency). */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
}

/** The request is fine but the state does not allow it (publishing a superseded version, say). */
export class StateError extends DomainError {
  readonly status = 409;
  readonly code = 'wrong_state';
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthorized';
}

/**
 * The e-mails about to go would carry links to an address nobody else can open (PUBLIC_URL unset,
 * or loopback): refused unless the organizer confirms, as for a rehearsal on their own machine.
 */
export class LocalLinksError extends DomainError {
  readonly status = 409;
  readonly code = 'local_links';
}
