/** Builds small in-memory Tables for tests of the checks (no CSV involved). */
import {
  type CategoricalColumn,
  type Column,
  dictionaryOf,
  type NumericColumn,
  type Table,
} from '../../src/data/table.js';

export function numericColumn(name: string, values: ArrayLike<number>): NumericColumn {
  const array = Float64Array.from(values);
  let missing = 0;
  for (const value of array) if (Number.isNaN(value)) missing++;
  return { name, type: 'numeric', values: array, missing };
}

/** `null` entries are missing. */
export function categoricalColumn(name: string, values: readonly (string | null)[]): CategoricalColumn {
  const levels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  let missing = 0;
  values.forEach((value, i) => {
    if (value === null) {
      codes[i] = -1;
      missing++;
      return;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = levels.length;
      levels.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { name, type: 'categorical', codes, levels, missing };
}

export function table(source: string, columns: Column[]): Table {
  const rows =
    columns.length === 0
      ? 0
      : 'values' in columns[0]
        ? columns[0].values.length
        : (dictionaryOf(columns[0])?.codes.length ?? 0);
  return { source, rows, delimiter: ',', columns };
}
