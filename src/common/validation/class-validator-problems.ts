/**
 * class-validator's findings as InputProblems: the full path of nested fields (`to.table`, not the
 * `nested` or `property` it reports), and each failed rule as a message code with the rule's own
 * bounds, read from the DTO's metadata (class-validator only gives English sentences).
 */
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { type InputProblem, problem, type ValidationCode } from './messages';

/** A rule's name in class-validator → our code, and how to name its bounds; the kinds of value first, then the bounds. */
const RULES: Record<string, { code: ValidationCode; params?: (c: unknown[]) => Record<string, string | number> }> = {
  whitelistValidation: { code: 'input.unknown_field' },
  isDefined: { code: 'input.required' },
  isObject: { code: 'input.object' },
  nestedValidation: { code: 'input.object' },
  isString: { code: 'input.string' },
  isInt: { code: 'input.integer' },
  isBoolean: { code: 'input.boolean' },
  isEmail: { code: 'input.email' },
  min: { code: 'input.number_min', params: ([min]) => ({ min: Number(min) }) },
  max: { code: 'input.number_max', params: ([max]) => ({ max: Number(max) }) },
  isLength: { code: 'input.length', params: ([min, max]) => ({ min: Number(min ?? 0), max: Number(max) }) },
  maxLength: { code: 'input.too_long', params: ([max]) => ({ max: Number(max) }) },
  isIn: { code: 'input.one_of', params: ([values]) => ({ values: ((values as unknown[] | undefined) ?? []).map(String).join(', ') }) },
};

export function validationProblems(errors: ValidationError[], parent = ''): InputProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const rules = Object.keys(error.constraints ?? {}).sort((a, b) => rank(a) - rank(b));
    const own = rules.map((rule) => {
      const known = RULES[rule];
      if (!known) return problem(path, 'input.value');
      const params = known.params?.(constraintsOf(error, rule)) ?? {};
      return problem(path, known.code, params);
    });
    // One message per field: the first rule it breaks says enough (an absent number is not also "too small").
    return [...own.slice(0, 1), ...validationProblems(error.children ?? [], path)];
  });
}

const ORDER = Object.keys(RULES);
const rank = (rule: string) => (ORDER.includes(rule) ? ORDER.indexOf(rule) : ORDER.length);

/** The bounds a DTO gave a rule (`@Min(1)` → [1]), from class-validator's metadata. */
function constraintsOf(error: ValidationError, rule: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}
