/**
 * The revision a writer last read, from `If-Match` (`"7"` or `7`): a change made on an older
 * revision is refused with 409 instead of silently overwriting someone else's.
 */
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { InvalidInputError } from './errors';

export const IfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(String(header));
  if (!match) throw new InvalidInputError(`If-Match : révision attendue (un nombre) / expected a revision number, got "${header}"`);
  return Number(match[1]);
});
