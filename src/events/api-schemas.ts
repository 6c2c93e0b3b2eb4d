/**
 * The exchange format's JSON schema, shown in the OpenAPI documentation for the routes that take
 * an instance (the engine validates those bodies against the same schema).
 */
import { INSTANCE_SCHEMA as instanceSchema } from '../engine';

type Schema = Record<string, unknown>;

const defs = (instanceSchema as { $defs: Schema }).$defs;

/** The schema with its `$ref`s to local definitions inlined, as OpenAPI tools expect. */
function inline(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inline);
  if (!schema || typeof schema !== 'object') return schema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith('#/$defs/')) return inline(defs[ref.slice('#/$defs/'.length)]);
  if (ref) return { type: 'object', description: `see ${ref}` };
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k]) => !k.startsWith('$'))
      .map(([k, v]) => [k, inline(v)]),
  );
}

export const INSTANCE_SCHEMA = inline(instanceSchema) as Schema;
