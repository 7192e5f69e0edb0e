/**
 * docs/report.schema.json from the declaration in this folder (`npm run schema` writes it; a test
 * fails when the committed file differs). The TypeBox schemas are JSON Schema already; this pass
 * only tidies them into the published shape: schemas with an `$id` go under `definitions` once and
 * are referenced by `$ref`; `anyOf [T, null]` of a plain type becomes `type: [T, "null"]`; a record
 * becomes `additionalProperties`. Cost: one walk over the declaration.
 */
import { Report } from './report.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const PLAIN_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The report's JSON Schema (draft-07) as a plain object. */
export function reportJsonSchema(): JsonObject {
  const definitions = new Map<string, JsonObject>();
  const tidy = (node: Json, isRoot = false): Json => {
    if (Array.isArray(node)) return node.map((item) => tidy(item));
    if (!isObject(node)) return node;
    const { $id, ...rest } = node;
    if (typeof $id === 'string' && !isRoot) {
      const body = tidy(rest) as JsonObject;
      const seen = definitions.get($id);
      if (seen !== undefined && JSON.stringify(seen) !== JSON.stringify(body)) {
        throw new Error(`report contract: two different schemas have the $id ${$id}`);
      }
      definitions.set($id, body);
      return { $ref: `#/definitions/${$id}` };
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(rest)) out[key] = tidy(value);
    return simplify(out);
  };
  const root = tidy(JSON.parse(JSON.stringify(Report)) as Json, true) as JsonObject;
  const { $id: _ignored, ...body } = root;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/drift-gate/drift-gate/docs/report.schema.json',
    ...body,
    definitions: Object.fromEntries([...definitions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** `anyOf [{type: T, ...}, {type: null}]` of a plain type T -> `type: [T, "null"]`; `patternProperties` of a record -> `additionalProperties`. */
function simplify(node: JsonObject): JsonObject {
  const { anyOf, patternProperties, ...rest } = node;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const [first, second] = anyOf;
    const isNull = isObject(second) && second.type === 'null' && Object.keys(second).length === 1;
    if (isNull && isObject(first) && typeof first.type === 'string' && PLAIN_TYPES.has(first.type)) {
      const { type, ...constraints } = first;
      return { type: [type, 'null'], ...constraints, ...rest };
    }
  }
  if (isObject(patternProperties) && Object.keys(patternProperties).length === 1) {
    const values = patternProperties['^.*$'];
    if (isObject(values)) {
      return Object.keys(values).length === 0 ? rest : { ...rest, additionalProperties: values };
    }
  }
  return node;
}

/** The text of docs/report.schema.json: two-space JSON and a final newline. */
export function reportSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
