/**
 * Named slice filters: a `slices` entry is either a column name (one slice per value) or a filter
 * `name: column op value` (one slice of the rows that match), e.g. `seniors: age >= 65`,
 * `west: region = west`, `age < 30`. Operators: `=`, `!=` (numbers or text), `<`, `<=`, `>`, `>=`
 * (numbers). Missing values never match.
 */
import { type Column, isCategoricalColumn, isNumericColumn, type Table } from '../../data/table.js';
import { UserInputError } from '../../errors.js';

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
export function filterExpression(spec: Extract<SliceSpec, { kind: 'filter' }>): string {
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
 * Row indices of `table` matching the filter. A comparison needing a number against a text column,
 * or a value that is not a number for a numeric column with `<`/`>`, is a UserInputError. O(rows).
 */
export function filterRows(table: Table, spec: Extract<SliceSpec, { kind: 'filter' }>): number[] {
  const column: Column | undefined = table.columns.find((c) => c.name === spec.column);
  const rows: number[] = [];
  if (!column) return rows;
  const where = `slice filter '${spec.name}'`;
  if (isNumericColumn(column)) {
    const target = spec.value === '' ? Number.NaN : Number(spec.value);
    if (!Number.isFinite(target)) {
      throw new UserInputError(`${where}: '${spec.column}' is numeric, so '${spec.value}' must be a number`);
    }
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isNaN(values[i]) && compareNumbers(values[i], spec.operator, target)) rows.push(i);
    }
    return rows;
  }
  if (isCategoricalColumn(column)) {
    if (spec.operator !== '=' && spec.operator !== '!=') {
      throw new UserInputError(`${where}: '${spec.column}' is text; use = or != with it`);
    }
    const level = column.levels.indexOf(spec.value);
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] < 0) continue;
      if ((codes[i] === level) === (spec.operator === '=')) rows.push(i);
    }
    return rows;
  }
  throw new UserInputError(`${where}: column '${spec.column}' is ${column.type} and cannot be filtered`);
}
