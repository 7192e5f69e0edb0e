/**
 * Building blocks of the report contract: small schema helpers (every object is closed with
 * `additionalProperties: false`) and the enumerations shared by several sections. Schemas given an
 * `$id` become one entry of `definitions` in docs/report.schema.json (./json-schema.ts).
 */
import Type, { type Static, type TProperties, type TSchema } from 'typebox';
import type { ColumnType as TableColumnType } from '../../data/table.js';
import type { ScoreKind as StatsScoreKind } from '../../stats/types.js';

const doc = (description?: string) => (description === undefined ? {} : { description });

/** A string. */
export const text = (description?: string) => Type.String(doc(description));
/** A whole number >= 0 (rows, columns, counts). */
export const count = (description?: string) => Type.Integer({ minimum: 0, ...doc(description) });
/** Any finite number. */
export const number = (description?: string) => Type.Number(doc(description));
/** A number in [0, 1]: shares and p-values. */
export const probability = (description?: string) =>
  Type.Number({ minimum: 0, maximum: 1, ...doc(description) });
export const flag = (description?: string) => Type.Boolean(doc(description));
/** The schema or null. */
export const nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], doc(description));
export const list = <T extends TSchema>(items: T, description?: string) =>
  Type.Array(items, doc(description));
/** One of the given strings. */
export const oneOf = <const T extends string[]>(values: [...T], description?: string) =>
  Type.Enum(values, doc(description));
/** An object with exactly these properties (required unless wrapped in Type.Optional). */
export const object = <T extends TProperties>(properties: T, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...doc(description) });
/** A closed object that docs/report.schema.json lists once under `definitions/<id>`. */
export const definition = <T extends TProperties>(id: string, properties: T, description?: string) =>
  Type.Object(properties, { $id: id, additionalProperties: false, ...doc(description) });
export const optional = Type.Optional;

/**
 * The three outcomes of the run and of every check (schema 2.0.0): `fail` fails the run (under
 * `fail-on`), `warn` passes with a warning (significant but below the minimum effect, drift below
 * the drift share, a data-quality warning) unless `fail-on` is `warning`, `pass` found nothing.
 */
export const Verdict = oneOf(
  ['pass', 'warn', 'fail'],
  '`fail`: the run fails; `warn`: it passes with a warning (fails only under `fail-on: warning`); `pass`: nothing found.',
);
export type Verdict = Static<typeof Verdict>;
/** A check's outcome (a column, the image and the multivariate checks): the same three values as the verdict. */
export const Outcome = oneOf(
  ['pass', 'warn', 'fail'],
  '`fail`: drift (significant and large enough); `warn`: significant but below the minimum effect; `pass`: no significant change, or not compared (`status` says why).',
);
export type Outcome = Static<typeof Outcome>;
export const Severity = oneOf(['error', 'warning', 'info']);
export type Severity = Static<typeof Severity>;
export const ColumnRole = oneOf(
  ['feature', 'target', 'prediction', 'identifier', 'time'],
  '`identifier`: integer row ids (unique, increasing with the row order); `time`: the time axis (a datetime column whose candidate lies after the reference, or `time-column`). Neither is tested; `range` shows their values.',
);
export type ColumnRole = Static<typeof ColumnRole>;
/** The inferred column types of src/data/table.ts (kept equal by the check below). */
export const ColumnType = oneOf(['numeric', 'categorical', 'boolean', 'datetime', 'identifier', 'empty']);
/** The kinds of statistic of src/stats/types.ts (kept equal by the check below). */
export const ScoreKind = oneOf(['p-value', 'distance']);

/** Compiles only when A and B are the same type: keeps the copies above equal to their owners. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type EnumerationsMatch = [
  Assert<Same<Static<typeof ColumnType>, TableColumnType>>,
  Assert<Same<Static<typeof ScoreKind>, StatsScoreKind>>,
];

export const SideInfo = definition('side', {
  source: text('Path as given, or `path@revision`.'),
  revision: nullable(text(), 'The git revision the file was read at, or null for the working tree.'),
  rows: count(),
  columns: count(),
  delimiter: text('The delimiter used to read the file.'),
});
export interface SideInfo extends Static<typeof SideInfo> {}
