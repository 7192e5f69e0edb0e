/**
 * Reads CSV bytes into per-column raw storage (RawTable). The fast path is a byte-level scanner
 * (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR, BOM, blank
 * lines skipped but counted); inputs it does not take (text after a closing quote) go through
 * csv-parse with relaxed quoting. Both feed the same ColumnBuilder, so the result is the same.
 * Every problem with the input is a UserInputError naming the file and, where one applies, the
 * line and field.
 */
import { isUtf8 } from 'node:buffer';
import { parse as csvParse } from 'csv-parse/sync';
import { UserInputError } from '../errors.js';
import {
  ColumnBuilder,
  FNV_OFFSET,
  FNV_PRIME,
  fitted,
  MissingTokens,
  POW10,
  type RawColumn,
} from './columns.js';
import { sharedUint32 } from './shared.js';
import type { ColumnType } from './table.js';

export type Delimiter = ',' | ';' | '\t' | '|';

export interface ScanOptions {
  readonly delimiter?: Delimiter;
  readonly missingValues: readonly string[];
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
}

/** One side after scanning: columns not yet typed. */
export interface RawTable {
  readonly source: string;
  readonly delimiter: Delimiter;
  readonly rows: number;
  readonly rowLines: Uint32Array;
  readonly columns: RawColumn[];
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';

/** Thrown by the fast scanner for input it leaves to csv-parse. */
class NeedsCsvParse extends Error {}

/** Where the header ends and the data begins. */
interface Header {
  readonly names: string[];
  readonly end: number;
  readonly line: number;
}

function fail(source: string, message: string, line?: number, column?: number): never {
  throw new UserInputError(message, { file: source, line, column });
}

/** Byte offset just past a UTF-8 BOM, or 0. */
function bomLength(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** The offset of the first invalid UTF-8 sequence (the input is known to be invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

/** Line (1-based) and field (1-based) of a byte offset, following quotes from the start. */
function positionOf(bytes: Uint8Array, offset: number, delimiter: number): { line: number; field: number } {
  let line = 1;
  let field = 1;
  let quoted = false;
  for (let i = bomLength(bytes); i < offset; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === LF || (b === CR && bytes[i + 1] !== LF)) {
      line++;
      if (!quoted) field = 1;
    } else if (b === delimiter && !quoted) field++;
  }
  return { line, field };
}

/** Rejects what is not CSV text: empty, LFS pointer, binary, not UTF-8. */
export function checkBytes(bytes: Uint8Array, source: string, delimiter: Delimiter): void {
  const start = bomLength(bytes);
  let i = start;
  while (i < bytes.length && (bytes[i] === LF || bytes[i] === CR || bytes[i] === 32 || bytes[i] === 9)) i++;
  if (i === bytes.length) {
    fail(source, 'the file is empty: expected a CSV file with a header row and at least one data row');
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 200));
  if (head.startsWith(LFS_POINTER)) {
    fail(
      source,
      'this is a Git LFS pointer file, not the data: check the repository out with `lfs: true` ' +
        '(actions/checkout) or run `git lfs pull` before drift-gate',
    );
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    fail(source, 'this is a gzip-compressed file, not CSV text: decompress it first');
  }
  const firstKb = bytes.subarray(0, 1024);
  if (firstKb.includes(0)) {
    fail(source, 'this looks like a binary file (it contains NUL bytes), not CSV text');
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const { line, field } = positionOf(bytes, offset, delimiter.charCodeAt(0));
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    fail(
      source,
      `the file is not valid UTF-8 (byte 0x${byte} in field ${field}; it may be Latin-1 or Windows-1252): ` +
        're-save it as UTF-8',
      line,
      field,
    );
  }
}

/** Field counts of the first records in bytes[start, end) for one delimiter (quote-aware). */
function fieldCounts(
  bytes: Uint8Array,
  start: number,
  end: number,
  delimiter: number,
  complete: boolean,
): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let blank = true;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      quoted = !quoted;
      blank = false;
    } else if (quoted) continue;
    else if (b === delimiter) {
      fields++;
      blank = false;
    } else if (b === LF || b === CR) {
      if (!blank) counts.push(fields);
      fields = 1;
      blank = true;
    } else blank = false;
  }
  if (!blank && complete) counts.push(fields);
  return counts;
}

/** The delimiter among , ; tab | that splits the header and first lines most consistently. */
export function detectDelimiter(bytes: Uint8Array): Delimiter {
  const start = bomLength(bytes);
  const end = Math.min(bytes.length, start + 65_536);
  const complete = end === bytes.length;
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(bytes, start, end, delimiter.charCodeAt(0), complete).slice(0, 50);
    if (counts.length === 0 || counts[0] < 2) continue;
    const header = counts[0];
    let same = 0;
    for (let k = 1; k < counts.length; k++) if (counts[k] === header) same++;
    const consistency = counts.length > 1 ? same / (counts.length - 1) : 1;
    const score = consistency * 1000 + Math.min(header, 999);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
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

function makeBuilders(names: readonly string[], options: ScanOptions, capacity: number): ColumnBuilder[] {
  const tokens = new MissingTokens(options.missingValues);
  const types = options.columnTypes ?? {};
  return names.map(
    (name) => new ColumnBuilder(name, Object.hasOwn(types, name) ? types[name] : null, tokens, capacity),
  );
}

function raggedError(source: string, line: number, expected: number, found: number): never {
  fail(
    source,
    `this row has ${found} field${found === 1 ? '' : 's'} but the header has ${expected}` +
      ' (check for an unquoted delimiter or a missing field)',
    line,
  );
}

function unterminatedError(source: string, line: number, field: number): never {
  fail(
    source,
    `unterminated quoted field: the quote that opens field ${field} on this line is never closed`,
    line,
    field,
  );
}

/** Copies a quoted field's content bytes[s, e) into scratch with doubled quotes made single. */
function unescapeQuotes(bytes: Uint8Array, s: number, e: number, scratch: Uint8Array): number {
  let length = 0;
  for (let k = s; k < e; k++) {
    scratch[length++] = bytes[k];
    if (bytes[k] === QUOTE) k++;
  }
  return length;
}

/**
 * The end of the quoted field whose opening quote is at `open` (offset of the closing quote),
 * or -1 when never closed. `state[0]` receives the line breaks inside, `state[1]` 1 when the
 * field holds doubled quotes.
 */
function closingQuote(bytes: Uint8Array, open: number, state: Int32Array): number {
  const n = bytes.length;
  let breaks = 0;
  let escaped = 0;
  let j = open + 1;
  for (;;) {
    if (j >= n) return -1;
    const c = bytes[j];
    if (c === QUOTE) {
      if (j + 1 < n && bytes[j + 1] === QUOTE) {
        escaped = 1;
        j += 2;
        continue;
      }
      break;
    }
    if (c === LF || (c === CR && bytes[j + 1] !== LF)) breaks++;
    j++;
  }
  state[0] = breaks;
  state[1] = escaped;
  return j;
}

/** The header record starting at `start` (after BOM and blank lines). */
function readHeader(bytes: Uint8Array, start: number, line: number, delim: number, source: string): Header {
  const n = bytes.length;
  const decoder = new TextDecoder('utf-8');
  const state = new Int32Array(2);
  const names: string[] = [];
  let i = start;
  for (;;) {
    if (i < n && bytes[i] === QUOTE) {
      const close = closingQuote(bytes, i, state);
      if (close < 0) unterminatedError(source, line, names.length + 1);
      let text = decoder.decode(bytes.subarray(i + 1, close));
      if (state[1] === 1) text = text.replaceAll('""', '"');
      names.push(text);
      line += state[0];
      i = close + 1;
      if (i < n && bytes[i] !== delim && bytes[i] !== LF && bytes[i] !== CR) throw new NeedsCsvParse();
    } else {
      let j = i;
      while (j < n && bytes[j] !== delim && bytes[j] !== LF && bytes[j] !== CR) j++;
      names.push(decoder.decode(bytes.subarray(i, j)));
      i = j;
    }
    if (i < n && bytes[i] === delim) {
      i++;
      continue;
    }
    if (i < n) {
      if (bytes[i] === CR && i + 1 < n && bytes[i + 1] === LF) i++;
      i++;
      line++;
    }
    return { names, end: i, line };
  }
}

/** The fast scanner. Throws NeedsCsvParse for text after a closing quote. */
function scanFast(bytes: Uint8Array, source: string, delimiter: Delimiter, options: ScanOptions): RawTable {
  const n = bytes.length;
  const delim = delimiter.charCodeAt(0);
  const stop = new Uint8Array(256);
  stop[delim] = 1;
  stop[LF] = 1;
  stop[CR] = 1;
  let scratch = new Uint8Array(1024);
  const state = new Int32Array(2);
  let i = bomLength(bytes);
  let line = 1;
  while (i < n && (bytes[i] === LF || bytes[i] === CR)) {
    if (bytes[i] === CR && bytes[i + 1] === LF) i++;
    i++;
    line++;
  }
  const headerLine = line;
  const header = readHeader(bytes, i, line, delim, source);
  checkHeader(header.names, source, headerLine);
  i = header.end;
  line = header.line;
  const ncols = header.names.length;

  // Capacity from the average length of the first lines (grown by doubling when short).
  const sampleEnd = Math.min(n, i + 262_144);
  let sampleLines = 0;
  for (let k = i; k < sampleEnd; k++) if (bytes[k] === LF) sampleLines++;
  let capacity =
    sampleLines > 0 ? Math.ceil(((n - i) / ((sampleEnd - i) / sampleLines)) * 1.02) + 16 : Math.min(1024, n);
  capacity = Math.max(16, Math.min(capacity, Math.ceil((n - i) / ncols) + 16));
  const columns = makeBuilders(header.names, options, capacity);
  let rowLines = sharedUint32(capacity);
  let row = 0;

  while (i < n) {
    const b = bytes[i];
    if (b === LF || b === CR) {
      if (b === CR && i + 1 < n && bytes[i + 1] === LF) i++;
      i++;
      line++;
      continue;
    }
    if (row === capacity) {
      capacity *= 2;
      for (const column of columns) column.grow(capacity);
      const next = sharedUint32(capacity);
      next.set(rowLines);
      rowLines = next;
    }
    const rowLine = line;
    rowLines[row] = rowLine;
    let field = 0;
    for (;;) {
      if (i < n && bytes[i] === QUOTE) {
        const close = closingQuote(bytes, i, state);
        if (close < 0) unterminatedError(source, line, field + 1);
        line += state[0];
        if (field < ncols) {
          if (state[1] === 1) {
            if (scratch.length < close - i) scratch = new Uint8Array((close - i) * 2);
            const length = unescapeQuotes(bytes, i + 1, close, scratch);
            columns[field].cell(scratch, 0, length, row);
          } else columns[field].cell(bytes, i + 1, close, row);
        }
        i = close + 1;
        if (i < n && stop[bytes[i]] === 0) throw new NeedsCsvParse();
      } else if (field < ncols) {
        const column = columns[field];
        let j = i;
        if (column.fastNumbers) {
          // Plain decimals ([-+]digits[.digits], at most 15 digits) parsed in the same pass as
          // the scan: an exact integer mantissa divided by an exact power of ten is correctly
          // rounded, so the value equals Number(text). Anything else goes through cell().
          let c = j < n ? bytes[j] : 0;
          const negative = c === 45;
          if (negative || c === 43) j++;
          let mantissa = 0;
          let digits = 0;
          let scale = 0;
          while (j < n) {
            c = bytes[j] - 48;
            if (c < 0 || c > 9) break;
            mantissa = mantissa * 10 + c;
            digits++;
            j++;
          }
          if (j < n && bytes[j] === 46) {
            j++;
            while (j < n) {
              c = bytes[j] - 48;
              if (c < 0 || c > 9) break;
              mantissa = mantissa * 10 + c;
              digits++;
              scale++;
              j++;
            }
          }
          if (digits > 0 && digits <= 15 && (j === n || stop[bytes[j]] === 1)) {
            const value = scale === 0 ? mantissa : mantissa / POW10[scale];
            column.putNumber(negative ? -value : value, row);
          } else {
            j = i;
            while (j < n && stop[bytes[j]] === 0) j++;
            column.cell(bytes, i, j, row);
          }
        } else if (column.fastText) {
          let hash = FNV_OFFSET;
          while (j < n) {
            const c = bytes[j];
            if (stop[c] === 1) break;
            hash = Math.imul(hash ^ c, FNV_PRIME);
            j++;
          }
          column.putText(bytes, i, j, hash, row);
        } else {
          while (j < n && stop[bytes[j]] === 0) j++;
          column.cell(bytes, i, j, row);
        }
        i = j;
      } else {
        while (i < n && stop[bytes[i]] === 0) i++;
      }
      field++;
      if (i < n && bytes[i] === delim) {
        i++;
        continue;
      }
      if (i < n) {
        if (bytes[i] === CR && i + 1 < n && bytes[i + 1] === LF) i++;
        i++;
        line++;
      }
      break;
    }
    if (field !== ncols) raggedError(source, rowLine, ncols, field);
    row++;
  }
  if (row === 0) {
    fail(source, 'the file has a header row but no data rows', headerLine);
  }
  return {
    source,
    delimiter,
    rows: row,
    rowLines: fitted(rowLines, row),
    columns: columns.map((column) => column.finish(row)),
  };
}

/**
 * The csv-parse path (relaxed quotes), producing the same RawTable as the fast scanner. Records
 * are fed to the column builders as they are parsed and then dropped (on_record returns null),
 * so no string per cell is kept.
 */
export function scanWithCsvParse(
  bytes: Uint8Array,
  source: string,
  delimiter: Delimiter,
  options: ScanOptions,
): RawTable {
  const text = new TextDecoder('utf-8').decode(bytes);
  // Line of each record's first character: follow the text from record end to record end.
  let offset = 0;
  let line = 1;
  const advance = (to: number): void => {
    for (; offset < to; offset++) {
      const c = text.charCodeAt(offset);
      if (c === LF || (c === CR && text.charCodeAt(offset + 1) !== LF)) line++;
    }
  };
  const startLine = (): number => {
    let k = offset;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c !== LF && c !== CR && c !== 0xfeff) break;
    }
    advance(k);
    return line;
  };
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(1024);
  let headerLine = 0;
  let names: string[] | null = null;
  let columns: ColumnBuilder[] = [];
  let capacity = 1024;
  let rowLines = sharedUint32(capacity);
  let rows = 0;
  const onRecord = (record: string[], context: { bytes: number }): null => {
    const recordLine = startLine();
    advance(context.bytes);
    if (names === null) {
      headerLine = recordLine;
      names = record;
      checkHeader(names, source, headerLine);
      columns = makeBuilders(names, options, capacity);
      return null;
    }
    if (record.length !== names.length) raggedError(source, recordLine, names.length, record.length);
    if (rows === capacity) {
      capacity *= 2;
      for (const column of columns) column.grow(capacity);
      const next = sharedUint32(capacity);
      next.set(rowLines);
      rowLines = next;
    }
    rowLines[rows] = recordLine;
    for (let k = 0; k < record.length; k++) {
      const value = record[k];
      if (scratch.length < value.length * 3) scratch = new Uint8Array(value.length * 3);
      const { written } = encoder.encodeInto(value, scratch);
      columns[k].cell(scratch, 0, written, rows);
    }
    rows++;
    return null;
  };
  try {
    csvParse(text, {
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: onRecord,
    });
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    const err = error as { code?: string; lines?: number; message?: string };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      fail(source, 'unterminated quoted field: a quote is never closed', err.lines);
    }
    fail(source, `could not read the file as CSV: ${err.message ?? String(error)}`, err.lines);
  }
  if (names === null) fail(source, 'the file is empty: expected a CSV file with a header row');
  if (rows === 0) fail(source, 'the file has a header row but no data rows', headerLine);
  return {
    source,
    delimiter,
    rows,
    rowLines: fitted(rowLines, rows),
    columns: columns.map((column) => column.finish(rows)),
  };
}

/**
 * Reads CSV bytes: checks them, detects the delimiter when not given, then scans (fast path,
 * csv-parse for irregular quoting; `engine` forces one for tests).
 */
export function scanCsv(
  bytes: Uint8Array,
  source: string,
  options: ScanOptions,
  engine: 'auto' | 'fast' | 'csv-parse' = 'auto',
): RawTable {
  // A plain Uint8Array view: Buffer and Uint8Array mixed would make every byte load polymorphic.
  if (Object.getPrototypeOf(bytes) !== Uint8Array.prototype) {
    bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const delimiter = options.delimiter ?? detectDelimiter(bytes);
  checkBytes(bytes, source, delimiter);
  if (engine === 'csv-parse') return scanWithCsvParse(bytes, source, delimiter, options);
  try {
    return scanFast(bytes, source, delimiter, options);
  } catch (error) {
    if (error instanceof NeedsCsvParse && engine === 'auto') {
      return scanWithCsvParse(bytes, source, delimiter, options);
    }
    if (error instanceof NeedsCsvParse) {
      fail(source, 'text after a closing quote in a quoted field (the fast reader does not take it)');
    }
    throw error;
  }
}
