/**
 * Column types from both sides together (a column on both sides gets one type; a column on one
 * side is typed from that side), then the Table of each side. Works on the RawColumns only:
 * the raw text is not needed again.
 */
import { MAX_COERCED_RECORDED, type RawColumn } from './columns.js';
import { MAX_DICTIONARY_LEVELS } from './dictionary.js';
import type { RawTable } from './scan.js';
import { sharedFloat64, sharedInt32 } from './shared.js';
import type { CoercedCell, Column, ColumnType, SkippedColumn, Table } from './table.js';

export interface InferOptions {
  /** Integer columns with at most this many distinct values (both sides) are categorical. */
  readonly maxIntegerCategoryLevels: number;
}

/** Share of distinct present values from which a text column is identifier-like. */
export const IDENTIFIER_DISTINCT_SHARE = 0.95;
/** Identifier-like needs more than this many present values (both sides together). */
export const IDENTIFIER_MIN_PRESENT = 20;

type Decision = Exclude<ColumnType, 'categorical'> | 'categorical' | 'categorical-integer';

const TRUE_WORDS = new Set(['true', 'yes']);
const FALSE_WORDS = new Set(['false', 'no']);
const FORCED_TRUE = new Set(['true', 'yes', 't', 'y', '1']);
const FORCED_FALSE = new Set(['false', 'no', 'f', 'n', '0']);

function present(column: RawColumn, rows: number): number {
  return rows - column.missing;
}

/** Distinct finite values of number columns, stopping past `limit`. */
function distinctNumbers(columns: readonly RawColumn[], limit: number): number {
  const seen = new Set<number>();
  for (const column of columns) {
    const values = column.values;
    if (values === null) continue;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value - value === 0 && !seen.has(value)) {
        seen.add(value);
        if (seen.size > limit) return seen.size;
      }
    }
  }
  return seen.size;
}

/** Distinct present values of one side (text: levels; numbers: distinct values). */
function distinctOf(column: RawColumn): number {
  if (column.levels !== null) return column.levels.length;
  if (column.kind === 'number' || column.kind === 'date') return distinctNumbers([column], Infinity);
  return 0;
}

function decide(sides: readonly { column: RawColumn; rows: number }[], options: InferOptions): Decision {
  const forced = sides[0].column.forced;
  if (sides.some((side) => side.column.skipReason !== undefined)) return 'empty';
  if (forced === 'identifier' || forced === 'empty') return forced;
  const withValues = sides.filter((side) => present(side.column, side.rows) > 0);
  if (withValues.length === 0) return 'empty';
  if (forced === 'categorical') {
    return withValues.some((side) => side.column.overflow) ? 'identifier' : 'categorical';
  }
  if (forced !== null) return forced;
  const kinds = new Set(withValues.map((side) => side.column.kind));
  if (kinds.size === 1 && kinds.has('number')) {
    const columns = withValues.map((side) => side.column);
    if (columns.every((column) => column.allInteger)) {
      const distinct = distinctNumbers(columns, options.maxIntegerCategoryLevels);
      if (distinct > 0 && distinct <= options.maxIntegerCategoryLevels) return 'categorical-integer';
    }
    return 'numeric';
  }
  if (kinds.size === 1 && kinds.has('date')) return 'datetime';
  if (withValues.some((side) => side.column.overflow)) return 'identifier';
  if (
    kinds.size === 1 &&
    kinds.has('text') &&
    withValues.every((side) =>
      (side.column.levels ?? []).every((level, code) => {
        const word = level.toLowerCase();
        return TRUE_WORDS.has(word) || FALSE_WORDS.has(word) || side.column.nullLike.includes(code);
      }),
    ) &&
    withValues.some((side) => (side.column.levels ?? []).length > side.column.nullLike.length)
  ) {
    return 'boolean';
  }
  const totalPresent = withValues.reduce((sum, side) => sum + present(side.column, side.rows), 0);
  if (
    totalPresent > IDENTIFIER_MIN_PRESENT &&
    withValues.every(
      (side) => distinctOf(side.column) >= IDENTIFIER_DISTINCT_SHARE * present(side.column, side.rows),
    ) &&
    !kinds.has('number')
  ) {
    return 'identifier';
  }
  return 'categorical';
}

/**
 * The codes and levels of an identifier-like column, when the scan kept them (else nothing): no
 * statistic runs on it, but the row checks use them (see SkippedColumn).
 */
function identifierCodes(column: RawColumn): Pick<SkippedColumn, 'codes' | 'levels'> {
  if (column.codes !== null && column.levels !== null) return { codes: column.codes, levels: column.levels };
  if (column.values !== null) return codesFromValues(column.values, column.kind === 'date');
  return {};
}

/** Collects coerced cells of a table (first MAX_COERCED_RECORDED, with the total). */
class Coerced {
  readonly cells: CoercedCell[] = [];
  count = 0;
  constructor(private readonly rowLines: Uint32Array) {}

  addColumn(column: RawColumn): void {
    this.count += column.coercedCount;
    for (const cell of column.coerced) this.add(column.name, cell.row, cell.text);
  }

  add(name: string, row: number, text: string): void {
    if (this.cells.length < MAX_COERCED_RECORDED) {
      this.cells.push({ column: name, line: this.rowLines[row], text });
    }
  }
}

function countMissingValues(values: Float64Array): number {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing++;
  return missing;
}

/**
 * Makes the infinities of a column read as numbers missing (NaN; they were counted as coerced)
 * and returns how many values are missing then. One pass, in a function of its own so that the
 * loop is optimised on its own (inside buildColumn's switch it ran several times slower).
 */
function infinitiesMissing(values: Float64Array): number {
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value - value !== 0) {
      missing++;
      if (!Number.isNaN(value)) values[i] = Number.NaN;
    }
  }
  return missing;
}

/**
 * The missing values of a column of kind number once its infinities are made missing: counted by
 * the CSV scanner when it stored no infinity (no pass over the values: 28 columns of 1M rows took
 * about 50 ms), else by infinitiesMissing.
 */
function numbersMissing(column: RawColumn, values: Float64Array): number {
  if (column.finite !== undefined && column.coercedCount === 0 && column.values === values)
    return values.length - column.finite;
  return infinitiesMissing(values);
}

function countMissingCodes(codes: Int32Array): number {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  return missing;
}

function allMissingValues(rows: number): Float64Array {
  return sharedFloat64(rows).fill(Number.NaN);
}

/** Codes over String(value) (numbers) or ISO strings (dates) in order of first appearance. */
function codesFromValues(values: Float64Array, asDate: boolean): { codes: Int32Array; levels: string[] } {
  const codes = sharedInt32(values.length);
  const index = new Map<number, number>();
  const levels: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isNaN(value)) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(value);
    if (code === undefined) {
      code = levels.length;
      index.set(value, code);
      levels.push(asDate ? new Date(value).toISOString() : String(value));
    }
    codes[i] = code;
  }
  return { codes, levels };
}

function buildColumn(decision: Decision, column: RawColumn, rows: number, coerced: Coerced): Column {
  const name = column.name;
  switch (decision) {
    case 'empty':
      if (column.skipReason !== undefined) {
        return { name, type: 'empty', reason: column.skipReason, missing: column.missing };
      }
      return {
        name,
        type: 'empty',
        reason: column.forced === 'empty' ? 'configured as empty' : 'every value is missing',
        missing: column.forced === 'empty' ? column.missing : rows,
      };
    case 'identifier': {
      if (column.forced === 'identifier') {
        return {
          name,
          type: 'identifier',
          reason: 'configured as an identifier column',
          missing: column.missing,
        };
      }
      const presentCount = present(column, rows);
      if (column.overflow) {
        return {
          name,
          type: 'identifier',
          reason: `identifier-like: more than ${MAX_DICTIONARY_LEVELS} distinct values`,
          missing: column.missing,
        };
      }
      const distinct = distinctOf(column);
      return {
        name,
        type: 'identifier',
        reason: `identifier-like: ${distinct} of ${presentCount} value${presentCount === 1 ? ' is' : 's are'} distinct`,
        missing: column.missing,
        distinct,
        ...identifierCodes(column),
      };
    }
    case 'numeric':
    case 'datetime': {
      const values = column.values ?? allMissingValues(rows);
      if (column.kind === 'number' || column.kind === 'date') coerced.addColumn(column);
      const missing = column.kind === 'number' ? numbersMissing(column, values) : countMissingValues(values);
      return { name, type: decision, values, missing };
    }
    case 'categorical-integer': {
      const values = column.values ?? allMissingValues(rows);
      coerced.addColumn(column);
      const { codes, levels } = codesFromValues(
        values.map((value) => (value - value === 0 ? value : Number.NaN)),
        false,
      );
      return { name, type: 'categorical', codes, levels, missing: countMissingCodes(codes) };
    }
    case 'categorical': {
      let codes: Int32Array;
      let levels: string[];
      if (column.codes !== null && column.levels !== null) {
        codes = column.codes;
        levels = column.levels;
      } else if (column.values !== null) {
        ({ codes, levels } = codesFromValues(column.values, column.kind === 'date'));
      } else {
        codes = sharedInt32(rows).fill(-1);
        levels = [];
      }
      const nullLike =
        column.codes !== null && column.nullLike.length > 0 ? { nullLike: column.nullLike } : {};
      return { name, type: 'categorical', codes, levels, missing: countMissingCodes(codes), ...nullLike };
    }
    case 'boolean': {
      const forced = column.forced === 'boolean';
      const levels = column.levels ?? [];
      const nullLike = new Set(column.nullLike);
      const map = levels.map((level, code) => {
        if (nullLike.has(code)) return -2;
        const word = level.trim().toLowerCase();
        if ((forced ? FORCED_TRUE : TRUE_WORDS).has(word)) return 1;
        if ((forced ? FORCED_FALSE : FALSE_WORDS).has(word)) return 0;
        return -1;
      });
      const source = column.codes ?? new Int32Array(rows).fill(-1);
      const codes = sharedInt32(rows);
      for (let row = 0; row < rows; row++) {
        const code = source[row];
        if (code < 0) {
          codes[row] = -1;
          continue;
        }
        const value = map[code];
        codes[row] = Math.max(value, -1);
        if (value === -1) {
          coerced.count++;
          coerced.add(name, row, levels[code]);
        }
      }
      return { name, type: 'boolean', codes, levels: ['false', 'true'], missing: countMissingCodes(codes) };
    }
  }
}

/**
 * The reference Table kept between buildTables calls on one reference scan against many candidates
 * (the periods of one run: engine/periods.ts makes one per run and passes it explicitly). Column
 * types are decided from both sides, so every call decides again; when every reference column
 * comes out as the time before (same type, same reason), the reference Table is the one built then,
 * the same object, and the checks' reference-side work kept with it is not redone.
 */
export interface ReferenceTableReuse {
  last: { readonly raw: RawTable; readonly key: string; readonly table: Table } | null;
}

/** An empty ReferenceTableReuse, for one run. */
export function referenceTableReuse(): ReferenceTableReuse {
  return { last: null };
}

/**
 * Both Tables from the raw scans of both sides. With `reuse`, the reference Table built by an
 * earlier call on the same reference scan is returned again when its columns' types are the same.
 */
export function buildTables(
  reference: RawTable,
  candidate: RawTable,
  options: InferOptions,
  reuse?: ReferenceTableReuse,
): { reference: Table; candidate: Table } {
  const byName = (table: RawTable): Map<string, RawColumn> =>
    new Map(table.columns.map((column) => [column.name, column]));
  const referenceColumns = byName(reference);
  const candidateColumns = byName(candidate);
  const decisions = new Map<string, Decision>();
  for (const name of new Set([...referenceColumns.keys(), ...candidateColumns.keys()])) {
    const sides: { column: RawColumn; rows: number }[] = [];
    const inReference = referenceColumns.get(name);
    const inCandidate = candidateColumns.get(name);
    if (inReference) sides.push({ column: inReference, rows: reference.rows });
    if (inCandidate) sides.push({ column: inCandidate, rows: candidate.rows });
    decisions.set(name, decide(sides, options));
  }
  // A column one side cannot compare (nested values) is skipped on both, with that side's reason.
  const skipReasons = new Map<string, string>();
  for (const column of [...reference.columns, ...candidate.columns]) {
    if (column.skipReason !== undefined && !skipReasons.has(column.name)) {
      skipReasons.set(column.name, column.skipReason);
    }
  }
  const build = (table: RawTable): Table => {
    const coerced = new Coerced(table.rowLines);
    const columns = table.columns.map((column) => {
      const reason = skipReasons.get(column.name);
      if (reason !== undefined && column.skipReason === undefined) {
        return { name: column.name, type: 'empty', reason, missing: column.missing } satisfies Column;
      }
      return buildColumn(decisions.get(column.name) as Decision, column, table.rows, coerced);
    });
    return {
      source: table.source,
      rows: table.rows,
      delimiter: table.delimiter,
      columns,
      rowLines: table.rowLines,
      coercedToMissing: coerced.cells,
      coercedToMissingCount: coerced.count,
    };
  };
  // what the reference Table is built from besides its scan: each column's type and skip reason
  const key = JSON.stringify(
    reference.columns.map((column) => [decisions.get(column.name), skipReasons.get(column.name) ?? null]),
  );
  const kept = reuse?.last;
  const referenceTable = kept && kept.raw === reference && kept.key === key ? kept.table : build(reference);
  if (reuse) reuse.last = { raw: reference, key, table: referenceTable };
  return { reference: referenceTable, candidate: build(candidate) };
}
