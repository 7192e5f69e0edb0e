/**
 * What both scanners (scan-fast.ts, scan-csv-parse.ts) share: the options and the result, the
 * header check, the errors of a record, and ScanRows, the per-row storage they fill.
 */
import { ColumnBuilder, type RawColumn, startsWithValues } from './columns.js';
import { type Delimiter, fail } from './csv-bytes.js';
import { doubled, grown } from './growth.js';
import { MissingTokens } from './missing.js';
import { fitted, sharedFloat64, sharedInt32, sharedUint32 } from './shared.js';
import type { ColumnType } from './table.js';

export interface ScanOptions {
  readonly delimiter?: Delimiter;
  readonly missingValues: readonly string[];
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
}

/**
 * Room for the codes of up to `columns` text columns, handed out in the order the columns turn to
 * text, from one allocation made on the first request: the codes of a wide table's text columns
 * sit side by side in huge pages (arrays under 2 MiB get none), and the scan's stores, one a
 * column a row, stay within few pages. 100k x 1,000: 10.6-12.4 s end to end against 11.8-12.5 s
 * with an array per column (3 alternated runs). Untouched room costs no memory. A request of
 * another length, or past `columns`, gets its own array.
 */
function codesSlab(columns: number): (capacity: number) => Int32Array {
  let slab: Int32Array | null = null;
  let length = 0;
  let next = 0;
  return (capacity) => {
    if (slab === null) {
      slab = sharedInt32(capacity * columns);
      length = capacity;
    }
    if (capacity !== length || next === columns) return sharedInt32(capacity);
    return slab.subarray(next * length, ++next * length);
  };
}

/** One side after scanning: columns not yet typed. */
export interface RawTable {
  readonly source: string;
  /** The CSV delimiter; '' for formats that are not delimited text (Parquet, JSON). */
  readonly delimiter: Delimiter | '';
  readonly rows: number;
  readonly rowLines: Uint32Array;
  readonly columns: RawColumn[];
}

/** Validates header names: none empty, none repeated. */
export function checkHeader(names: readonly string[], source: string, line: number): void {
  names.forEach((name, k) => {
    if (name.trim() === '') {
      fail(
        source,
        `column ${k + 1} has an empty name in the header row: give every column a name`,
        line,
        k + 1,
      );
    }
  });
  const seen = new Map<string, number[]>();
  names.forEach((name, k) => {
    const list = seen.get(name);
    if (list) list.push(k + 1);
    else seen.set(name, [k + 1]);
  });
  const duplicates = [...seen].filter(([, columns]) => columns.length > 1);
  if (duplicates.length > 0) {
    const list = duplicates.map(
      ([name, columns]) => `${JSON.stringify(name)} (columns ${columns.join(', ')})`,
    );
    fail(
      source,
      `duplicate column names in the header row: ${list.join('; ')}; give every column a unique name`,
      line,
      duplicates[0][1][1],
    );
  }
}

export function raggedError(source: string, line: number, expected: number, found: number): never {
  fail(
    source,
    `this row has ${found} field${found === 1 ? '' : 's'} but the header has ${expected}` +
      ' (check for an unquoted delimiter or a missing field)',
    line,
  );
}

export function unterminatedError(source: string, line: number, field: number): never {
  fail(
    source,
    `unterminated quoted field: the quote that opens field ${field} on this line is never closed`,
    line,
    field,
  );
}

/**
 * The rows of one scan: a column builder per header name and the file line of each row, with room
 * grown by doubling (all arrays together) when a row does not fit.
 */
export class ScanRows {
  readonly columns: ColumnBuilder[];
  /** Rows started so far. */
  count = 0;
  private capacity: number;
  private lines: Uint32Array;

  /** `delimiter` `;`: a comma in a number is its decimal mark (`3,14`). */
  constructor(names: readonly string[], options: ScanOptions, capacity: number, delimiter: Delimiter) {
    const tokens = new MissingTokens(options.missingValues);
    const types = options.columnTypes ?? {};
    const decimalComma = delimiter === ';';
    const forced = names.map((name) => (Object.hasOwn(types, name) ? types[name] : null));
    // One allocation for every column's first values: a thousand separate ones took 0.7 s in the
    // main thread beside the parse worker (100k x 1,000). Untouched room costs no memory; a column
    // that turns to text drops its view, a column that outgrows it moves to its own array.
    const starting = forced.filter(startsWithValues).length;
    const slab = sharedFloat64(capacity * starting);
    let next = 0;
    const takeCodes = codesSlab(names.length);
    this.columns = names.map((name, k) => {
      const values = startsWithValues(forced[k])
        ? slab.subarray(next * capacity, ++next * capacity)
        : undefined;
      return new ColumnBuilder(name, forced[k], tokens, capacity, decimalComma, values, takeCodes);
    });
    this.capacity = capacity;
    this.lines = sharedUint32(capacity);
  }

  /** Starts the next row, at file line `line`, making room for it first; returns its index. */
  start(line: number): number {
    const row = this.count;
    if (row === this.capacity) {
      this.capacity = doubled(this.capacity, row + 1);
      for (const column of this.columns) column.grow(this.capacity);
      this.lines = grown(this.lines, this.capacity);
    }
    this.lines[row] = line;
    this.count = row + 1;
    return row;
  }

  /** The scan's result once every row is in. */
  finish(source: string, delimiter: Delimiter): RawTable {
    const rows = this.count;
    return {
      source,
      delimiter,
      rows,
      rowLines: fitted(this.lines, rows),
      columns: this.columns.map((column) => column.finish(rows)),
    };
  }
}
