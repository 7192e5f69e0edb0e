/**
 * Named slice filters: a `slices` entry is either a column name (one slice per value) or a filter
 * `name: column op value` (one slice of the rows that match), e.g. `seniors: age >= 65`,
 * `west: region = west`, `age < 30`. Operators: `=`, `!=` (numbers or text), `<`, `<=`, `>`, `>=`
 * (numbers). Missing values never match.
 */
import { type Column, isCategoricalColumn, isNumericColumn, type Table } from '../../data/table.js';

export type SliceOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type SliceSpec =
  | { readonly kind: 'column'; readonly column: string }
  | {
      readonly kind: 'filter';
      /** The name shown in the report (the expression itself when none is given). */
      readonly name: string;
      readonly column: string;
      readonly operator: SliceOperator;
      readonly value: string;
    };

export type FilterSpec = Extract<SliceSpec, { kind: 'filter' }>;

const FILTER = /^(?:([^:]+):\s*)?(.+?)\s*(!=|<=|>=|=|<|>)\s*(.*)$/;

/** Reads one `slices` entry: a filter when it has an operator, else a column name. */
export function parseSliceSpec(text: string): SliceSpec {
  const match = FILTER.exec(text.trim());
  if (!match) return { kind: 'column', column: text.trim() };
  const [, name, column, operator, value] = match;
  const expression = `${column.trim()} ${operator} ${value.trim()}`;
  return {
    kind: 'filter',
    name: name?.trim() || expression,
    column: column.trim(),
    operator: operator as SliceOperator,
    value: value.trim(),
  };
}

/** The text a filter shows as its value in the report, e.g. `age >= 65`. */
export function filterExpression(spec: FilterSpec): string {
  return `${spec.column} ${spec.operator} ${spec.value}`;
}

function compareNumbers(a: number, operator: SliceOperator, b: number): boolean {
  switch (operator) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/**
 * Why the filter cannot run on `table` (the message of a UserInputError), or null when it can or
 * the table lacks the column: a comparison needing a number against a text column, a value that is
 * not a number for a numeric column, or a column of a type that cannot be filtered. Checked once,
 * for both sides, when the plan is made (src/engine/plan.ts). O(1).
 */
export function filterProblem(table: Table, spec: FilterSpec): string | null {
  const column: Column | undefined = table.columns.find((c) => c.name === spec.column);
  if (!column) return null;
  const where = `slice filter '${spec.name}'`;
  if (isNumericColumn(column)) {
    const target = spec.value === '' ? Number.NaN : Number(spec.value);
    return Number.isFinite(target)
      ? null
      : `${where}: '${spec.column}' is numeric, so '${spec.value}' must be a number`;
  }
  if (isCategoricalColumn(column)) {
    return spec.operator === '=' || spec.operator === '!='
      ? null
      : `${where}: '${spec.column}' is text; use = or != with it`;
  }
  return `${where}: column '${spec.column}' is ${column.type} and cannot be filtered`;
}

/** Row indices of `table` matching a filter the plan validated (filterProblem). O(rows). */
export function filterRows(table: Table, spec: FilterSpec): number[] {
  const column: Column | undefined = table.columns.find((c) => c.name === spec.column);
  const rows: number[] = [];
  if (!column) return rows;
  if (isNumericColumn(column)) {
    const target = Number(spec.value);
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isNaN(values[i]) && compareNumbers(values[i], spec.operator, target)) rows.push(i);
    }
    return rows;
  }
  if (isCategoricalColumn(column)) {
    const level = column.levels.indexOf(spec.value);
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] < 0) continue;
      if ((codes[i] === level) === (spec.operator === '=')) rows.push(i);
    }
  }
  return rows;
}
