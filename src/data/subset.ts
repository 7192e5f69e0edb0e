/**
 * Tables made of some rows of another Table (the periods of one candidate file cut by its time
 * column). Numbers are copied row by row; categorical codes are re-coded so that a subset lists
 * only the levels it holds, in order of first appearance, as a Table read from a file would.
 * Cost: O(rows x columns) for each subset.
 */
import { sharedFloat64, sharedInt32, sharedUint32 } from './shared.js';
import { type Column, dictionaryOf, type SkippedColumn, type Table } from './table.js';

/** Codes re-numbered in order of first appearance among `rows`; -1 stays missing. */
function recode(
  codes: Int32Array,
  levels: readonly string[],
  rows: Uint32Array,
): { codes: Int32Array; levels: string[]; map: Int32Array } {
  const map = new Int32Array(levels.length).fill(-1);
  const kept: string[] = [];
  const out = sharedInt32(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const code = codes[rows[i]];
    if (code < 0) {
      out[i] = -1;
      continue;
    }
    if (map[code] < 0) {
      map[code] = kept.length;
      kept.push(levels[code]);
    }
    out[i] = map[code];
  }
  return { codes: out, levels: kept, map };
}

function countNegative(codes: Int32Array): number {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  return missing;
}

function subsetColumn(column: Column, rows: Uint32Array): Column {
  if (column.type === 'numeric' || column.type === 'datetime') {
    const values = sharedFloat64(rows.length);
    let missing = 0;
    for (let i = 0; i < rows.length; i++) {
      const value = column.values[rows[i]];
      values[i] = value;
      if (Number.isNaN(value)) missing++;
    }
    return { name: column.name, type: column.type, values, missing };
  }
  if (column.type === 'categorical' || column.type === 'boolean') {
    if (column.type === 'boolean') {
      const codes = sharedInt32(rows.length);
      for (let i = 0; i < rows.length; i++) codes[i] = column.codes[rows[i]];
      return { ...column, codes, missing: countNegative(codes) };
    }
    const { codes, levels, map } = recode(column.codes, column.levels, rows);
    const nullLike = (column.nullLike ?? []).map((code) => map[code]).filter((code) => code >= 0);
    return {
      name: column.name,
      type: 'categorical',
      codes,
      levels,
      missing: countNegative(codes),
      ...(nullLike.length > 0 ? { nullLike } : {}),
    };
  }
  const dictionary = dictionaryOf(column);
  if (dictionary !== null) {
    const { codes, levels } = recode(dictionary.codes, dictionary.levels, rows);
    return { ...(column as SkippedColumn), codes, levels, missing: countNegative(codes) };
  }
  return { ...column };
}

/** The Table of the rows `rows` (0-based, ascending) of `table`, named `source`. */
export function subsetTable(table: Table, rows: Uint32Array, source: string): Table {
  const rowLines = table.rowLines ? sharedUint32(rows.length) : undefined;
  if (rowLines && table.rowLines) for (let i = 0; i < rows.length; i++) rowLines[i] = table.rowLines[rows[i]];
  const lines = new Set(rowLines ?? []);
  const coerced = (table.coercedToMissing ?? []).filter((cell) => lines.has(cell.line));
  return {
    source,
    rows: rows.length,
    delimiter: table.delimiter,
    columns: table.columns.map((column) => subsetColumn(column, rows)),
    ...(rowLines ? { rowLines } : {}),
    coercedToMissing: coerced,
    coercedToMissingCount: coerced.length,
  };
}
