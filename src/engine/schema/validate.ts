/**
 * Shape checks against the spec's published JSON schemas (copied verbatim beside this file), with
 * ajv's errors turned into `groups[2].size: must be at least 1` so an organizer can find the field.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import instanceSchema from './instance.schema.json';
import scheduleSchema from './schedule.schema.json';

/** A shape error: `path` in the engine's notation (`groups[2].wishes[0].expert`), '' for the whole file. */
export interface SchemaError {
  path: string;
  message: string;
}

interface Validators {
  instance: ValidateFunction;
  schedule: ValidateFunction;
}

let compiled: Validators | undefined;

function validators(): Validators {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(scheduleSchema);
  // The instance schema refers to "schedule.schema.json#/$defs/meeting", resolved against its own $id.
  // Register the schedule schema under that resolved name as well, so the reference holds even if a
  // future version of the spec gives the two files $ids in different folders.
  const resolved = new URL('schedule.schema.json', instanceSchema.$id).href;
  if (resolved !== scheduleSchema.$id) ajv.addSchema({ ...scheduleSchema, $id: resolved });
  compiled = { instance: ajv.compile(instanceSchema), schedule: ajv.compile(scheduleSchema) };
  return compiled;
}

export function checkInstanceShape(json: unknown): SchemaError[] {
  const validate = validators().instance;
  return validate(json) ? [] : describe(validate.errors ?? []);
}

export function checkScheduleShape(json: unknown): SchemaError[] {
  const validate = validators().schedule;
  return validate(json) ? [] : describe(validate.errors ?? []);
}

/** `/groups/2/wishes/0` → `groups[2].wishes[0]`. */
export function pathOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(errors: ErrorObject[]): SchemaError[] {
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const one = plain(error);
    const key = `${one.path}\u0000${one.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(one);
  }
  return out;
}

/** Ajv's wording ("must NOT have fewer than 1 characters") rewritten for organizers. */
function plain(error: ErrorObject): SchemaError {
  const path = pathOf(error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      return { path: path ? `${path}.${field}` : field, message: 'is required but missing' };
    }
    case 'type':
      return { path, message: `must be ${article(String(p.type))}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'enum':
      return { path, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'minimum':
      return { path, message: `must be at least ${String(p.limit)}` };
    case 'maximum':
      return { path, message: `must be at most ${String(p.limit)}` };
    case 'minLength':
      return { path, message: p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} characters` };
    case 'maxLength':
      return { path, message: `must have at most ${String(p.limit)} characters` };
    case 'minItems':
      return { path, message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'pattern':
      // The only pattern of the spec is the wall time.
      return { path, message: 'must be a wall time written like 2021-01-22T18:00' };
    default:
      return { path, message: error.message ?? `breaks the schema rule "${error.keyword}"` };
  }
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'object' || type === 'array') return `an ${type}`;
  return `a ${type}`;
}
