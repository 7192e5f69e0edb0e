/**
 * docs/report.schema.json from the declaration in this folder (`npm run schema` writes it; a test
 * fails when the committed file differs). The TypeBox schemas are JSON Schema already; this pass
 * only tidies them into the published shape: schemas with an `$id` go under `definitions` once and
 * are referenced by `$ref`; unions of plain types become `type: [...]`; a record becomes
 * `additionalProperties`; `description` comes first. Cost: one walk over the declaration.
 */
import { ProfileFile } from './profile.js';
import { Report } from './report.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const PLAIN_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The report's JSON Schema (draft-07) as a plain object. */
export function reportJsonSchema(): JsonObject {
  return jsonSchemaOf(Report, 'report');
}

/** The reference profile's JSON Schema (draft-07), docs/profile.schema.json. */
export function profileJsonSchema(): JsonObject {
  return jsonSchemaOf(ProfileFile, 'profile');
}

/** `declaration` tidied into a published schema with the $id docs/<name>.schema.json. */
function jsonSchemaOf(declaration: unknown, name: string): JsonObject {
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
  const root = tidy(JSON.parse(JSON.stringify(declaration)) as Json, true) as JsonObject;
  const { title, description, ...body } = root;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/drift-gate/drift-gate/docs/${name}.schema.json`,
    title,
    description,
    ...body,
    definitions: Object.fromEntries([...definitions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/**
 * `anyOf` of bare plain types -> `type: [...]`; `anyOf [{type: T, ...}, {type: null}]` -> `type: [T, "null"]`
 * with T's constraints; a record's `patternProperties` -> `additionalProperties`; `description` first.
 */
function simplify(node: JsonObject): JsonObject {
  const { anyOf, patternProperties, ...rest } = node;
  const described = ({ description, ...others }: JsonObject): JsonObject =>
    description === undefined ? others : { description, ...others };
  const bareType = (member: Json) =>
    isObject(member) && Object.keys(member).length === 1 && typeof member.type === 'string'
      ? member.type
      : undefined;
  if (Array.isArray(anyOf)) {
    const types = anyOf.map(bareType);
    if (types.every((type) => type !== undefined && (type === 'null' || PLAIN_TYPES.has(type)))) {
      return described({ type: types as string[], ...rest });
    }
    const [first, second] = anyOf;
    if (
      anyOf.length === 2 &&
      bareType(second) === 'null' &&
      isObject(first) &&
      typeof first.type === 'string' &&
      PLAIN_TYPES.has(first.type)
    ) {
      const { type, ...constraints } = first;
      return described({ type: [type, 'null'], ...constraints, ...rest });
    }
  }
  if (isObject(patternProperties) && Object.keys(patternProperties).length === 1) {
    const values = patternProperties['^.*$'];
    if (isObject(values)) {
      return described(Object.keys(values).length === 0 ? rest : { ...rest, additionalProperties: values });
    }
  }
  return described(node);
}

/** The text of docs/report.schema.json: two-space JSON and a final newline. */
export function reportSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}

/** The text of docs/profile.schema.json. */
export function profileSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
