/**
 * Shape checks against the spec's published JSON schemas (copied verbatim beside this file), with
 * ajv's errors turned into `groups[2].size: must be at least 1` so an organizer can find the field.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import instanceSchema from './instance.schema.json';
import scheduleSchema from './schedule.schema.json';
import { type Message, message, type MessageParams } from '../messages/message';

/** A shape error: `path` in the engine's notation (`groups[2].wishes[0].expert`), '' for the whole file. */
export interface SchemaError {
  path: string;
  said: Message;
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
    const key = `${one.path}\u0000${JSON.stringify(one.said)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(one);
  }
  return out;
}

/** Ajv's findings rewritten for organizers ("must NOT have fewer than 1 characters" becomes « ne doit pas être vide »). */
function plain(error: ErrorObject): SchemaError {
  const path = pathOf(error.instancePath);
  const p = error.params as Record<string, unknown>;
  const said = (code: string, params?: MessageParams): SchemaError => ({ path, said: message(code, params) });
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      return { path: path ? `${path}.${field}` : field, said: message('shape.required') };
    }
    case 'type':
      return said('shape.type', { type: String(p.type) });
    case 'const':
      return said('shape.const', { value: JSON.stringify(p.allowedValue) });
    case 'enum':
      return said('shape.enum', { values: (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)) });
    case 'minimum':
      return said('shape.minimum', { limit: Number(p.limit) });
    case 'maximum':
      return said('shape.maximum', { limit: Number(p.limit) });
    case 'minLength':
      return p.limit === 1 ? said('shape.not_empty') : said('shape.min_length', { limit: Number(p.limit) });
    case 'maxLength':
      return said('shape.max_length', { limit: Number(p.limit) });
    case 'minItems':
      return said('shape.min_items', { limit: Number(p.limit) });
    case 'pattern':
      // The only pattern of the spec is the wall time.
      return said('shape.wall_time');
    default:
      return said('shape.other', { keyword: error.keyword });
  }
}
