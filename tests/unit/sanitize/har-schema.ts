/**
 * The published HAR schema (har-schema 2.0.0, JSON Schema draft-06) checked with Ajv 8: the
 * draft-06 meta-schema added, `strict: false` (the schema uses keywords Ajv's strict mode
 * questions), and ajv-formats for its date-time, ipv4 and ipv6 formats.
 */
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

let validate: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (validate) return validate;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  const schemas = require('har-schema') as Record<string, { $id: string }>;
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  validate = ajv.getSchema('har.json#') ?? null;
  if (!validate) throw new Error('har-schema has no har.json schema');
  return validate;
}

/** The schema's complaints about a HAR (`{ log }`), as short lines; [] when it is valid. */
export function harSchemaErrors(har: unknown): string[] {
  const check = validator();
  if (check(har)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
