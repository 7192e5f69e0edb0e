/**
 * JSON Lines / NDJSON (one object per line) and JSON arrays of records, read into the same
 * per-column storage as CSV. Nested objects are flattened (`{"a": {"b": 1}}` is column `a.b`);
 * a key holding an array makes its column skipped with the reason; a key missing from a record is
 * a missing value there, as is null; the columns are the union of the keys in first-seen order.
 * Scalars are typed as the same text in a CSV cell (numbers as numbers, `"2024-01-02"` as a
 * date, booleans as booleans), so a JSON file and the CSV of the same data give the same Table.
 * A line (or record) that is not a JSON object is a UserInputError naming the file and line,
 * never dropped. JSON Lines are parsed one line at a time; a JSON array is parsed whole (JSON.parse).
 */
import { UserInputError } from '../../errors.js';
import type { RawTable, ScanOptions } from '../scan-rows.js';
import { RecordColumns } from './records.js';

const encoder = new TextEncoder();
const TRUE_BYTES = encoder.encode('true');
const FALSE_BYTES = encoder.encode('false');
const EMPTY = new Uint8Array(0);
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Where a record came from, for messages: a line of a JSON Lines file or an element of an array. */
interface Place {
  readonly line?: number;
  readonly record?: number;
}

function placeText(place: Place): string {
  return place.record !== undefined ? `record ${place.record}` : `line ${place.line}`;
}

function fail(label: string, message: string, place: Place, column?: number): never {
  throw new UserInputError(message, { file: label, line: place.line, column });
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Streams one record's fields into the columns: flattening objects, skipping arrays. */
class RecordWriter {
  private scratch = new Uint8Array(256);

  constructor(
    private readonly columns: RecordColumns,
    private readonly label: string,
  ) {}

  record(value: unknown, place: Place): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      fail(
        this.label,
        `${placeText(place)} is ${kindOf(value)}, not an object: each record must be a JSON object of column values`,
        place,
      );
    }
    const row = this.columns.start(place.line ?? place.record ?? 0);
    this.fields(value as Record<string, unknown>, '', row, place);
    this.columns.end(row);
  }

  private fields(object: Record<string, unknown>, prefix: string, row: number, place: Place): void {
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      if (key === '')
        fail(this.label, `${placeText(place)} has an empty key: give every field a name`, place);
      const name = prefix + key;
      const value = object[key];
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        this.fields(value as Record<string, unknown>, `${name}.`, row, place);
        continue;
      }
      const at = this.columns.column(name, row);
      if (Array.isArray(value)) {
        this.columns.skip(
          at,
          `holds lists (first at ${placeText(place)}): list values are not compared`,
          row,
        );
      } else if (value === null) {
        this.columns.cell(at, EMPTY, 0, 0, row);
      } else if (typeof value === 'string') {
        const bytes = this.bytesOf(value);
        this.columns.cell(at, bytes.src, 0, bytes.length, row);
      } else if (typeof value === 'number') {
        const bytes = this.bytesOf(String(value));
        this.columns.cell(at, bytes.src, 0, bytes.length, row);
      } else if (typeof value === 'boolean') {
        const bytes = value ? TRUE_BYTES : FALSE_BYTES;
        this.columns.cell(at, bytes, 0, bytes.length, row);
      }
    }
  }

  /** The UTF-8 bytes of `text` in a reused scratch buffer. */
  private bytesOf(text: string): { src: Uint8Array; length: number } {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3 + 64);
    const { written } = encoder.encodeInto(text, this.scratch);
    return { src: this.scratch, length: written };
  }
}

/** The 1-based column of a JSON.parse error in `text`, from the position in its message, if any. */
function errorColumn(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(String((error as Error).message));
  return match ? Number(match[1]) + 1 : undefined;
}

/** The parser's message without its own position (the error names line and column). */
function parserMessage(error: unknown): string {
  return String((error as Error).message)
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/ at position \d+/, '');
}

/**
 * Reads JSON Lines bytes: one object per non-blank line. O(bytes); one line's objects at a time.
 * `jsonHint` adds to a first-line syntax error the forms a `.json` file may take.
 */
export function readJsonLines(
  bytes: Uint8Array,
  label: string,
  options: ScanOptions,
  jsonHint = false,
): RawTable {
  const columns = new RecordColumns(options);
  const writer = new RecordWriter(columns, label);
  let start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 0;
  while (start < bytes.length) {
    line++;
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    let stop = end;
    if (stop > start && bytes[stop - 1] === 13) stop--;
    let blank = true;
    for (let k = start; k < stop && blank; k++) {
      const b = bytes[k];
      blank = b === 32 || b === 9 || b === 13;
    }
    if (!blank) {
      let text: string;
      try {
        text = strictDecoder.decode(bytes.subarray(start, stop));
      } catch {
        fail(label, 'this line is not valid UTF-8 text: re-save the file as UTF-8', { line });
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const hint =
          jsonHint && columns.count === 0
            ? ' (a .json file must be an array of records [{...}, ...] or one object per line; ' +
              "from pandas: to_json(orient='records') or lines=True)"
            : '';
        fail(label, `not valid JSON: ${parserMessage(error)}${hint}`, { line }, errorColumn(error));
      }
      writer.record(value, { line });
    }
    start = end + 1;
  }
  if (columns.count === 0) {
    throw new UserInputError('the file has no records: expected one JSON object per line', { file: label });
  }
  return columns.finish(label);
}

/** Reads a JSON array of records (`[{...}, {...}]`). O(bytes); the parsed array is held while read. */
export function readJsonArray(bytes: Uint8Array, label: string, options: ScanOptions): RawTable {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    throw new UserInputError('the file is not valid UTF-8 text: re-save it as UTF-8', { file: label });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const column = errorColumn(error);
    let line: number | undefined;
    let inLine: number | undefined;
    if (column !== undefined) {
      const before = text.slice(0, column - 1);
      line = before.split('\n').length;
      inLine = column - before.lastIndexOf('\n') - 1;
    }
    throw new UserInputError(`not valid JSON: ${parserMessage(error)}`, {
      file: label,
      line,
      column: inLine,
    });
  }
  if (!Array.isArray(parsed)) {
    throw new UserInputError(`the file holds ${kindOf(parsed)}, not an array of records`, { file: label });
  }
  if (parsed.length === 0) {
    throw new UserInputError('the file is an empty array: expected at least one record', { file: label });
  }
  const columns = new RecordColumns(options);
  const writer = new RecordWriter(columns, label);
  for (let k = 0; k < parsed.length; k++) {
    writer.record(parsed[k], { record: k + 1 });
    parsed[k] = undefined;
  }
  return columns.finish(label);
}
