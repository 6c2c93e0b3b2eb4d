/**
 * `@RequestLang() lang: Lang` in a controller: the language the request asks for, for the
 * answers that carry words (unmet reasons, previews). Kept out of index.ts, which the unit tests
 * load without Nest.
 */
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { type Lang } from './message';
import { langOf } from './request-lang';

export const RequestLang = createParamDecorator((_: unknown, context: ExecutionContext): Lang => langOf(context.switchToHttp().getRequest<Request>()));
