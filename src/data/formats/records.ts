/**
 * Per-column storage for record formats (JSON Lines, JSON arrays) whose column set is only known
 * as records arrive: one ColumnBuilder per column (the same one the CSV scanners fill, so a value
 * is typed exactly as the same text in a CSV cell), created at a name's first appearance with the
 * earlier rows missing; a column absent from a record is missing in that row. Columns keep their
 * first-seen order. Memory: the builders' typed arrays, grown by doubling.
 */
import { ColumnBuilder, type RawColumn } from '../columns.js';
import { doubled, grown } from '../growth.js';
import { MissingTokens } from '../missing.js';
import type { RawTable, ScanOptions } from '../scan-rows.js';
import { fitted, sharedUint32 } from '../shared.js';
import type { ColumnType } from '../table.js';

const EMPTY = new Uint8Array(0);

/** The columns of one record file being read. */
export class RecordColumns {
  /** Rows started so far. */
  count = 0;
  private readonly builders: ColumnBuilder[] = [];
  private readonly index = new Map<string, number>();
  /** Per column, the last row it received a value in (-1 none). */
  private lastRow = new Int32Array(16);
  /** Per column, why it is not compared (arrays seen), or undefined. */
  private readonly skipped: (string | undefined)[] = [];
  private capacity = 1024;
  private lines = sharedUint32(1024);
  private readonly tokens: MissingTokens;
  private readonly types: Readonly<Record<string, ColumnType>>;

  constructor(options: ScanOptions) {
    // A JSON null or an absent key is missing whatever `missing-values` says about empty cells.
    this.tokens = new MissingTokens(['', ...options.missingValues]);
    this.types = options.columnTypes ?? {};
  }

  /** Starts the next row, read from file line (or record number) `line`; returns its index. */
  start(line: number): number {
    const row = this.count;
    if (row === this.capacity) {
      this.capacity = doubled(this.capacity, row + 1);
      for (const builder of this.builders) builder.grow(this.capacity);
      this.lines = grown(this.lines, this.capacity);
    }
    this.lines[row] = line;
    this.count = row + 1;
    return row;
  }

  /** The index of column `name`, adding it (missing in the rows before `row`) when new. */
  column(name: string, row: number): number {
    const known = this.index.get(name);
    if (known !== undefined) return known;
    const at = this.builders.length;
    const forced = Object.hasOwn(this.types, name) ? this.types[name] : null;
    const builder = new ColumnBuilder(name, forced, this.tokens, this.capacity);
    for (let earlier = 0; earlier < row; earlier++) builder.cell(EMPTY, 0, 0, earlier);
    this.builders.push(builder);
    this.skipped.push(undefined);
    this.index.set(name, at);
    if (at === this.lastRow.length) this.lastRow = grown(this.lastRow, at * 2);
    this.lastRow[at] = row - 1;
    return at;
  }

  /** The value of column `at` in `row` is src[s, e) (text as it would stand in a CSV cell). */
  cell(at: number, src: Uint8Array, s: number, e: number, row: number): void {
    if (this.lastRow[at] === row) return;
    this.lastRow[at] = row;
    if (this.skipped[at] === undefined) this.builders[at].cell(src, s, e, row);
  }

  /** Column `at` holds a value that is not compared (e.g. an array): the whole column is skipped with `reason`. */
  skip(at: number, reason: string, row: number): void {
    this.lastRow[at] = row;
    this.skipped[at] ??= reason;
  }

  /** Ends `row`: the columns it did not mention are missing in it. */
  end(row: number): void {
    for (let at = 0; at < this.builders.length; at++) {
      if (this.lastRow[at] !== row) {
        this.lastRow[at] = row;
        if (this.skipped[at] === undefined) this.builders[at].cell(EMPTY, 0, 0, row);
      }
    }
  }

  /** The RawTable of the rows read (delimiter '': not a delimited text). */
  finish(source: string): RawTable {
    const rows = this.count;
    const columns: RawColumn[] = this.builders.map((builder, at) => {
      const column = builder.finish(rows);
      const reason = this.skipped[at];
      return reason === undefined ? column : skippedRawColumn(column.name, reason);
    });
    return { source, delimiter: '', rows, rowLines: fitted(this.lines, rows), columns };
  }
}

/** A column that is read but not compared (nested values), with the reason the report shows. */
export function skippedRawColumn(name: string, reason: string): RawColumn {
  return {
    name,
    forced: null,
    kind: 'skip',
    values: null,
    codes: null,
    levels: null,
    overflow: false,
    missing: 0,
    nullLike: [],
    allInteger: false,
    coercedCount: 0,
    coerced: [],
    skipReason: reason,
  };
}
