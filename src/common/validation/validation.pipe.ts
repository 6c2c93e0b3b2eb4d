/**
 * The one pipe every route's input goes through. A body is held to body-guard.ts first (numbers,
 * texts, sizes; normalised), then to its DTO when it has one; a number in the path must be a whole
 * number of a sane size. Every refusal is an InputRefused naming its fields, never class-validator's
 * or Nest's English sentences.
 */
import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { guardBody } from './body-guard';
import { validationProblems } from './class-validator-problems';
import { problem } from './messages';
import { InputRefused } from './refusal';

/** Path numbers (a version number, say) are small: nine digits stay far below any stored integer. */
const WHOLE_NUMBER = /^\d{1,9}$/;

@Injectable()
export class InputPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // Each error's target is how class-validator-problems.ts finds the DTO's bounds; it is never sent.
      validationError: { target: true },
      exceptionFactory: (errors) => new InputRefused(validationProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      // No body at all is an empty one: most POSTs (start a generation, publish) may send nothing.
      if (value === undefined) return super.transform({}, metadata);
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputRefused([problem('body', 'input.body_object')]);
      const { value: guarded, problems } = guardBody(value);
      if (problems.length) throw new InputRefused(problems);
      return super.transform(guarded, metadata);
    }
    if (metadata.type === 'param' && metadata.metatype === Number && !WHOLE_NUMBER.test(String(value))) {
      throw new InputRefused([problem(metadata.data ?? 'param', 'input.whole_number', { value: String(value).slice(0, 40) })]);
    }
    return super.transform(value, metadata);
  }
}
