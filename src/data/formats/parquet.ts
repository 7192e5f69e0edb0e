/**
 * Why this file is long: one sink per column reading (numbers, dates, text, configured), each small.
 * Parquet files read in JavaScript with hyparquet (hyparam/hyparquet) and hyparquet-compressors
 * (snappy, gzip, zstd, brotli, lz4): one row group at a time, each column's decoded chunk copied
 * straight into the column's typed array (no row objects). Logical types map to the column types:
 * integers, floats and decimals are numbers (then typed as CSV numbers are: an integer column with
 * few distinct values is categorical, see infer.ts), strings, enums and UUIDs are text
 * (categorical or identifier-like), booleans are booleans, timestamps and dates are datetimes
 * (epoch ms, UTC); nulls are missing values. Nested columns (lists, maps, structs) and types with
 * no column type (binary, JSON, intervals, times of day) are skipped with the reason. A column
 * configured with a type (column-settings) is read through the CSV column builder from the
 * values' text, so it follows the same rules as a CSV cell. Cost: O(rows x columns) after the
 * decode; memory the Table's typed arrays plus one decoded row group.
 */
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserInputError } from '../../errors.js';
import { ColumnBuilder, MAX_COERCED_RECORDED, type RawColumn } from '../columns.js';
import { MAX_DICTIONARY_LEVELS } from '../dictionary.js';
import { MissingTokens } from '../missing.js';
import { checkHeader, type RawTable, type ScanOptions } from '../scan-rows.js';
import { sharedFloat64, sharedInt32, sharedUint32 } from '../shared.js';
import type { ColumnType } from '../table.js';
import { skippedRawColumn } from './records.js';

type SchemaTree = ReturnType<typeof parquetSchema>;

/** How a Parquet column is read: its values as numbers, dates (epoch ms), text, booleans, or not at all. */
type Reading = 'number' | 'date' | 'text' | 'boolean' | { skip: string };

/** The reading of a top-level schema node, from its physical, converted and logical types. */
export function readingOf(node: SchemaTree): Reading {
  const element = node.element;
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (node.children.length > 0 || element.repetition_type === 'REPEATED') {
    const what =
      converted === 'LIST' || logical === 'LIST'
        ? 'a list'
        : converted === 'MAP' || logical === 'MAP' || converted === 'MAP_KEY_VALUE'
          ? 'a map'
          : 'a nested (struct)';
    return { skip: `${what} column in Parquet: nested values are not compared` };
  }
  if (logical === 'TIMESTAMP' || logical === 'DATE' || converted === 'DATE') return 'date';
  if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || element.type === 'INT96') {
    return 'date';
  }
  if (logical === 'TIME' || converted === 'TIME_MILLIS' || converted === 'TIME_MICROS') {
    return { skip: 'a time-of-day column in Parquet: not compared (store it as text or a timestamp)' };
  }
  if (converted === 'INTERVAL') return { skip: 'an interval column in Parquet: not compared' };
  if (converted === 'JSON' || logical === 'JSON' || converted === 'BSON' || logical === 'BSON') {
    return { skip: 'a JSON column in Parquet: nested values are not compared' };
  }
  if (logical === 'GEOMETRY' || logical === 'GEOGRAPHY' || logical === 'VARIANT') {
    return { skip: `a ${logical.toLowerCase()} column in Parquet: not compared` };
  }
  if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16') return 'number';
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    case 'BYTE_ARRAY':
      return 'text';
    default:
      if (logical === 'UUID' || converted === 'UTF8' || logical === 'STRING' || converted === 'ENUM') {
        return 'text';
      }
      return { skip: 'a binary column in Parquet: not compared' };
  }
}

/** Timestamps and dates as epoch milliseconds (hyparquet's defaults make Date objects). */
const PARSERS = {
  timestampFromMilliseconds: (millis: bigint): number => Number(millis),
  timestampFromMicroseconds: (micros: bigint): number => Number(micros) / 1000,
  timestampFromNanoseconds: (nanos: bigint): number => Number(nanos) / 1e6,
  dateFromDays: (days: number): number => days * 86_400_000,
};

/** Accumulates one column's values chunk by chunk. */
interface Sink {
  put(values: ArrayLike<unknown>, rowStart: number): void;
  finish(): RawColumn;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return decoder.decode(value);
  return String(value);
}

/** Numbers (ints, bigints, floats, decimals): NaN and null are missing; +-Infinity is coerced to missing as in CSV. */
class NumberSink implements Sink {
  private readonly values: Float64Array;
  private missing = 0;
  private allInteger = true;
  private coercedCount = 0;
  private readonly coerced: { row: number; text: string }[] = [];

  constructor(
    private readonly name: string,
    rows: number,
  ) {
    this.values = sharedFloat64(rows);
  }

  put(chunk: ArrayLike<unknown>, rowStart: number): void {
    const values = this.values;
    for (let k = 0; k < chunk.length; k++) {
      const raw = chunk[k];
      const row = rowStart + k;
      if (raw === null || raw === undefined) {
        values[row] = Number.NaN;
        this.missing++;
        continue;
      }
      const value = typeof raw === 'number' ? raw : Number(raw);
      if (value - value === 0) {
        values[row] = value;
        if (this.allInteger && Math.floor(value) !== value) this.allInteger = false;
      } else if (Number.isNaN(value)) {
        values[row] = Number.NaN;
        this.missing++;
      } else {
        values[row] = value;
        this.coercedCount++;
        if (this.coerced.length < MAX_COERCED_RECORDED) this.coerced.push({ row, text: String(value) });
      }
    }
  }

  finish(): RawColumn {
    return {
      name: this.name,
      forced: null,
      kind: 'number',
      values: this.values,
      codes: null,
      levels: null,
      overflow: false,
      missing: this.missing,
      nullLike: [],
      allInteger: this.allInteger,
      coercedCount: this.coercedCount,
      coerced: this.coerced,
    };
  }
}

/** Dates and timestamps as epoch ms; null is missing. */
class DateSink implements Sink {
  private readonly values: Float64Array;
  private missing = 0;

  constructor(
    private readonly name: string,
    rows: number,
  ) {
    this.values = sharedFloat64(rows);
  }

  put(chunk: ArrayLike<unknown>, rowStart: number): void {
    for (let k = 0; k < chunk.length; k++) {
      const raw = chunk[k];
      const value = typeof raw === 'number' ? raw : raw instanceof Date ? raw.getTime() : Number.NaN;
      if (Number.isNaN(value)) this.missing++;
      this.values[rowStart + k] = value;
    }
  }

  finish(): RawColumn {
    return {
      name: this.name,
      forced: null,
      kind: 'date',
      values: this.values,
      codes: null,
      levels: null,
      overflow: false,
      missing: this.missing,
      nullLike: [],
      allInteger: false,
      coercedCount: 0,
      coerced: [],
    };
  }
}

/**
 * Text and booleans, dictionary-coded in order of first appearance (booleans as the words `true`
 * and `false`, which infer.ts types as boolean). Null, and the empty string when empty cells are
 * missing, are missing; the other missing-value tokens stay categories and are marked null-like,
 * as in a CSV text column. Past MAX_DICTIONARY_LEVELS distinct values the codes are dropped.
 */
class TextSink implements Sink {
  private codes: Int32Array | null;
  private readonly index = new Map<string, number>();
  private levels: string[] = [];
  private overflow = false;
  private missing = 0;

  constructor(
    private readonly name: string,
    rows: number,
    private readonly tokens: MissingTokens,
  ) {
    this.codes = sharedInt32(rows);
  }

  put(chunk: ArrayLike<unknown>, rowStart: number): void {
    for (let k = 0; k < chunk.length; k++) {
      const raw = chunk[k];
      const row = rowStart + k;
      const text = raw === null || raw === undefined ? null : textOf(raw);
      if (text === null || (text === '' && this.tokens.emptyIsMissing)) {
        this.missing++;
        if (this.codes !== null) this.codes[row] = -1;
        continue;
      }
      if (this.overflow) continue;
      let code = this.index.get(text);
      if (code === undefined) {
        if (this.levels.length >= MAX_DICTIONARY_LEVELS) {
          this.overflow = true;
          this.codes = null;
          this.levels = [];
          this.index.clear();
          continue;
        }
        code = this.levels.length;
        this.levels.push(text);
        this.index.set(text, code);
      }
      (this.codes as Int32Array)[row] = code;
    }
  }

  finish(): RawColumn {
    const nullLike: number[] = [];
    this.levels.forEach((level, code) => {
      if (this.tokens.texts.has(level)) nullLike.push(code);
    });
    return {
      name: this.name,
      forced: null,
      kind: 'text',
      values: null,
      codes: this.codes,
      levels: this.overflow ? null : this.levels,
      overflow: this.overflow,
      missing: this.missing,
      nullLike,
      allInteger: false,
      coercedCount: 0,
      coerced: [],
    };
  }
}

/** A column with a configured type: each value's text goes through the CSV column builder. */
class ConfiguredSink implements Sink {
  private readonly builder: ColumnBuilder;
  private scratch = new Uint8Array(64);

  constructor(
    name: string,
    forced: ColumnType,
    rows: number,
    tokens: MissingTokens,
    private readonly reading: Reading,
    private readonly rowCount: number,
  ) {
    this.builder = new ColumnBuilder(name, forced, tokens, rows);
  }

  put(chunk: ArrayLike<unknown>, rowStart: number): void {
    for (let k = 0; k < chunk.length; k++) {
      const raw = chunk[k];
      let text = '';
      if (raw !== null && raw !== undefined) {
        text =
          this.reading === 'date' && typeof raw === 'number' && Number.isFinite(raw)
            ? new Date(raw).toISOString()
            : textOf(raw);
      }
      if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3 + 64);
      const { written } = encoder.encodeInto(text, this.scratch);
      this.builder.cell(this.scratch, 0, written, rowStart + k);
    }
  }

  finish(): RawColumn {
    return this.builder.finish(this.rowCount);
  }
}

function makeSink(
  name: string,
  reading: Exclude<Reading, { skip: string }>,
  rows: number,
  tokens: MissingTokens,
  forced: ColumnType | null,
): Sink {
  if (forced !== null) return new ConfiguredSink(name, forced, rows, tokens, reading, rows);
  switch (reading) {
    case 'number':
      return new NumberSink(name, rows);
    case 'date':
      return new DateSink(name, rows);
    default:
      return new TextSink(name, rows, tokens);
  }
}

/**
 * `bytes` as the ArrayBuffer hyparquet reads: its own buffer when it spans all of it, else a copy
 * (a Node Buffer may be a slice of a larger pool, and Buffer#slice does not copy).
 */
function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const buffer = bytes.buffer;
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength &&
    !(buffer instanceof SharedArrayBuffer)
  ) {
    return buffer as ArrayBuffer;
  }
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

function corrupt(label: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  throw new UserInputError(`could not read this Parquet file: ${message.replace(/^parquet /, '')}`, {
    file: label,
  });
}

/**
 * Reads a Parquet file's bytes into a RawTable. Row lines are row numbers (1-based), as a Parquet
 * file has no lines. Throws a UserInputError naming the file when it cannot be read.
 */
export async function readParquet(bytes: Uint8Array, label: string, options: ScanOptions): Promise<RawTable> {
  const file = arrayBufferOf(bytes);
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(file);
  } catch (error) {
    corrupt(label, error);
  }
  const rows = Number(metadata.num_rows);
  if (rows === 0) {
    throw new UserInputError('the Parquet file has no rows', { file: label });
  }
  const schema = parquetSchema(metadata);
  const names = schema.children.map((child) => child.element.name);
  checkHeader(names, label, 1);
  const tokens = new MissingTokens(['', ...options.missingValues.filter((token) => token !== '')]);
  const types = options.columnTypes ?? {};
  const sinks = new Map<string, Sink>();
  const skipped = new Map<string, string>();
  for (const child of schema.children) {
    const name = child.element.name;
    const reading = readingOf(child);
    if (typeof reading === 'object') skipped.set(name, reading.skip);
    else
      sinks.set(name, makeSink(name, reading, rows, tokens, Object.hasOwn(types, name) ? types[name] : null));
  }
  const columns = [...sinks.keys()];
  if (columns.length > 0) {
    let groupStart = 0;
    for (const group of metadata.row_groups) {
      const groupRows = Number(group.num_rows);
      const groupEnd = groupStart + groupRows;
      try {
        await parquetRead({
          file,
          metadata,
          columns,
          rowStart: groupStart,
          rowEnd: groupEnd,
          compressors,
          parsers: PARSERS,
          onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
            const sink = sinks.get(columnName);
            if (sink === undefined || rowEnd > rows || rowStart < 0) return;
            sink.put(columnData as ArrayLike<unknown>, rowStart);
          },
        });
      } catch (error) {
        corrupt(label, error);
      }
      groupStart = groupEnd;
    }
  }
  const rowLines = sharedUint32(rows);
  for (let row = 0; row < rows; row++) rowLines[row] = row + 1;
  return {
    source: label,
    delimiter: '',
    rows,
    rowLines,
    columns: schema.children.map((child) => {
      const name = child.element.name;
      const reason = skipped.get(name);
      return reason !== undefined ? skippedRawColumn(name, reason) : (sinks.get(name) as Sink).finish();
    }),
  };
}
