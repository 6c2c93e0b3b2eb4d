/**
 * Shape checks against the spec's published JSON schemas (copied verbatim beside this file), with
 * ajv's errors turned into `groups[2].size: must be at least 1` so an organizer can find the field.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import instanceSchema from './instance.schema.json';
import scheduleSchema from './schedule.schema.json';

/** A shape error: `path` in the engine's notation (`groups[2].wishes[0].expert`), '' for the whole file; `fr` says it in French. */
export interface SchemaError {
  path: string;
  message: string;
  fr: string;
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

/** Ajv's wording ("must NOT have fewer than 1 characters") rewritten for organizers, in English and French. */
function plain(error: ErrorObject): SchemaError {
  const path = pathOf(error.instancePath);
  const p = error.params as Record<string, unknown>;
  const said = (message: string, fr: string) => ({ path, message, fr });
  const values = () => (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      return { path: path ? `${path}.${field}` : field, message: 'is required but missing', fr: 'est obligatoire mais manque' };
    }
    case 'type':
      return said(`must be ${article(String(p.type))}`, `doit être ${TYPES_FR[String(p.type)] ?? String(p.type)}`);
    case 'const':
      return said(`must be ${JSON.stringify(p.allowedValue)}`, `doit valoir ${JSON.stringify(p.allowedValue)}`);
    case 'enum':
      return said(`must be one of ${values()}`, `doit valoir l'un de ${values()}`);
    case 'minimum':
      return said(`must be at least ${String(p.limit)}`, `doit valoir au moins ${String(p.limit)}`);
    case 'maximum':
      return said(`must be at most ${String(p.limit)}`, `doit valoir au plus ${String(p.limit)}`);
    case 'minLength':
      return p.limit === 1
        ? said('must not be empty', 'ne doit pas être vide')
        : said(`must have at least ${String(p.limit)} characters`, `doit compter au moins ${String(p.limit)} caractères`);
    case 'maxLength':
      return said(`must have at most ${String(p.limit)} characters`, `doit compter au plus ${String(p.limit)} caractères`);
    case 'minItems': {
      const plural = p.limit === 1 ? '' : 's';
      return said(`must list at least ${String(p.limit)} item${plural}`, `doit compter au moins ${String(p.limit)} élément${plural}`);
    }
    case 'pattern':
      // The only pattern of the spec is the wall time.
      return said('must be a wall time written like 2021-01-22T18:00', 'doit être une heure locale écrite comme 2021-01-22T18:00');
    default:
      return said(error.message ?? `breaks the schema rule "${error.keyword}"`, `ne respecte pas la règle « ${error.keyword} » du schéma`);
  }
}

const TYPES_FR: Record<string, string> = {
  string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'true ou false', object: 'un objet', array: 'une liste', null: 'null',
};

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'object' || type === 'array') return `an ${type}`;
  return `a ${type}`;
}
