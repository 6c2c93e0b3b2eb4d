/**
 * The one error the validation layer throws: 400, every refused field with its path, worded by the
 * filter in the request's language. (The engine's semantic refusals of a well-formed body stay 422.)
 */
import { DomainError } from '../errors';
import type { InputProblem } from './messages';

export class InputRefused extends DomainError {
  readonly status = 400;
  readonly code = 'bad_request';
  constructor(readonly problems: InputProblem[]) {
    // One problem is said as such; several are counted, each in its field.
    super(problems.length === 1 ? problems[0].message : { code: 'input.invalid', params: { count: problems.length } }, problems);
  }
}
