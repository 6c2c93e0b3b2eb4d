/**
 * The revision a writer last read, from `If-Match` (`"7"` or `7`): a change made on an older
 * revision is refused with 409 instead of silently overwriting someone else's.
 */
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { InputRefused, problem } from './validation';

export const IfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined) return undefined;
  // Nine digits at most: 309 of them made Infinity, which reached SQL (a 500).
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(String(header));
  if (!match) throw new InputRefused([problem('If-Match', 'input.revision', { value: String(header).slice(0, 40) })]);
  return Number(match[1]);
});
