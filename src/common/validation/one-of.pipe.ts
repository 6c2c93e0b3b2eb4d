/** A path segment that must be one of a few words (`links/:kind/…`), refused with the field and the words allowed. */
import type { PipeTransform } from '@nestjs/common';
import { problem } from './messages';
import { InputRefused } from './refusal';

export function oneOf<T extends string>(field: string, values: readonly T[]): PipeTransform<string, T> {
  return {
    transform(value: string): T {
      if ((values as readonly string[]).includes(value)) return value as T;
      throw new InputRefused([problem(field, 'input.one_of', { values: values.join(', ') })]);
    },
  };
}
