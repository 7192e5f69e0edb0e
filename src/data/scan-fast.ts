/**
 * The fast CSV scanner: one pass over the bytes (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF/LF/CR, BOM, blank lines skipped but counted), cells handed to the
 * column builders as byte ranges. Input it does not take (text after a closing quote) throws
 * NeedsCsvParse, and scan.ts reads it with csv-parse instead.
 *
 * The bytes may arrive whole or in chunks (FastScanner.push): each chunk is scanned up to the end
 * of its last complete record and only the unfinished record is kept for the next one, so a file
 * is never held whole (memory: the typed columns plus about one chunk).
 */
import { isUtf8 } from 'node:buffer';
import { bomLength, CR, type Delimiter, fail, indexOfByte, LF, QUOTE } from './csv-bytes.js';
import { FNV_OFFSET, FNV_PRIME } from './dictionary.js';
import { isDigit, NumberReader } from './numbers.js';
import {
  checkHeader,
  type RawTable,
  raggedError,
  type ScanOptions,
  ScanRows,
  unterminatedError,
} from './scan-rows.js';

/** Thrown by the fast scanner for input it leaves to csv-parse. */
export class NeedsCsvParse extends Error {}

/**
 * Thrown by a FastScanner checking UTF-8 (chunked reading) when a chunk is not valid UTF-8: the
 * caller reads the whole file instead, where checkBytes words the error with its line and field.
 */
export class NotUtf8 extends Error {}

/** The header waits for this many bytes after it (or the end of the input) to estimate the row count. */
const SAMPLE_BYTES = 262_144;

/** Where the header ends and the data begins. */
interface Header {
  readonly names: string[];
  readonly end: number;
  readonly line: number;
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

/**
 * The end (offset just past the line break) of the last complete record in bytes[from, length),
 * or `from` when none is complete yet. A line break inside a quoted field does not end a record;
 * a CR as the last byte is left for the next chunk (it may be half of CRLF). O(length - from).
 */
export function lastRecordEnd(bytes: Uint8Array, from: number, length: number, delim: number): number {
  if (indexOfByte(bytes, QUOTE, from, length) < 0) {
    const window = bytes.subarray(from, length);
    const lf = window.lastIndexOf(LF);
    const cr = window.subarray(lf + 1, window.length - 1).lastIndexOf(CR);
    const last = cr >= 0 ? lf + 1 + cr : lf;
    return last >= 0 ? from + last + 1 : from;
  }
  // Quotes: follow the fields the way the scanner reads them (a field is quoted when it starts
  // with a quote; text after the closing quote is the scanner's to reject).
  let end = from;
  let k = from;
  while (k < length) {
    if (bytes[k] === QUOTE) {
      let j = k + 1;
      for (;;) {
        if (j + 1 >= length) return end;
        if (bytes[j] === QUOTE) {
          if (bytes[j + 1] !== QUOTE) break;
          j += 2;
        } else j++;
      }
      k = j + 1;
    }
    while (k < length && bytes[k] !== delim && bytes[k] !== LF && bytes[k] !== CR) k++;
    if (k >= length) return end;
    if (bytes[k] === delim) {
      k++;
      continue;
    }
    if (bytes[k] === CR) {
      if (k + 1 >= length) return end;
      if (bytes[k + 1] === LF) k++;
    }
    k++;
    end = k;
  }
  return end;
}

/**
 * The fast scanner over CSV bytes that arrive whole (`push(bytes, true)`) or in chunks (`push`
 * each, then `finish`). Chunks may be reused by the caller after `push` returns: the unfinished
 * record is copied. Throws NeedsCsvParse for text after a closing quote, NotUtf8 (when asked to
 * check) for bytes that are not UTF-8, UserInputErrors for everything else wrong with the input.
 */
export class FastScanner {
  private readonly source: string;
  private readonly delimiter: Delimiter;
  private readonly options: ScanOptions;
  /** The input's whole length when known (a file's size): the row count is estimated from it. */
  private readonly totalBytes: number | undefined;
  private readonly checkUtf8: boolean;
  private readonly sampleBytes: number;
  private readonly delim: number;
  private readonly stop = new Uint8Array(256);
  private readonly state = new Int32Array(2);
  private readonly numbers = new NumberReader();
  private scratch = new Uint8Array(1024);
  /** The unfinished record (and, before the header is read, everything so far). */
  private pending = new Uint8Array(0);
  private pendingLength = 0;
  /** File line of the next byte to scan. */
  private line = 1;
  private headerLine = 1;
  private rows: ScanRows | null = null;
  private finished = false;

  constructor(
    source: string,
    delimiter: Delimiter,
    options: ScanOptions,
    {
      totalBytes,
      checkUtf8 = false,
      sampleBytes = SAMPLE_BYTES,
    }: { totalBytes?: number; checkUtf8?: boolean; sampleBytes?: number } = {},
  ) {
    this.source = source;
    this.delimiter = delimiter;
    this.options = options;
    this.totalBytes = totalBytes;
    this.checkUtf8 = checkUtf8;
    this.sampleBytes = sampleBytes;
    this.delim = delimiter.charCodeAt(0);
    this.stop[this.delim] = 1;
    this.stop[LF] = 1;
    this.stop[CR] = 1;
  }

  /** Scans the complete records of what came so far plus `chunk`; `last` when nothing follows. */
  push(chunk: Uint8Array, last = false): void {
    // A plain Uint8Array view: Buffer and Uint8Array mixed would make every byte load polymorphic.
    if (Object.getPrototypeOf(chunk) !== Uint8Array.prototype) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    let window = chunk;
    if (this.pendingLength > 0) {
      const length = this.pendingLength + chunk.length;
      if (this.pending.length < length) {
        const larger = new Uint8Array(Math.max(length, 2 * this.pending.length));
        larger.set(this.pending.subarray(0, this.pendingLength));
        this.pending = larger;
      }
      this.pending.set(chunk, this.pendingLength);
      window = this.pending.subarray(0, length);
    }
    const used = this.scan(window, last);
    const rest = window.length - used;
    if (rest > 0 && this.pending.length < rest)
      this.pending = new Uint8Array(Math.max(rest, 2 * chunk.length));
    if (window.buffer === this.pending.buffer) this.pending.copyWithin(0, used, window.length);
    else this.pending.set(window.subarray(used));
    this.pendingLength = rest;
  }

  /** The RawTable once every chunk is in (scans what is left first). */
  finish(): RawTable {
    if (!this.finished) this.push(new Uint8Array(0), true);
    // the last push always reads the header (or throws)
    const rows = this.rows as ScanRows;
    if (rows.count === 0) fail(this.source, 'the file has a header row but no data rows', this.headerLine);
    return rows.finish(this.source, this.delimiter);
  }

  /** Scans window's complete records (all of it when `last`); returns how many bytes it used. */
  private scan(window: Uint8Array, last: boolean): number {
    if (this.finished) throw new Error('FastScanner: push after the last chunk');
    this.finished = last;
    let i = 0;
    if (this.rows === null) {
      i = this.header(window, last);
      if (this.rows === null) return 0;
    }
    const end = last ? window.length : lastRecordEnd(window, i, window.length, this.delim);
    if (end === i) return i;
    if (this.checkUtf8 && !isUtf8(window.subarray(i, end))) throw new NotUtf8();
    return this.records(window.subarray(0, end), i);
  }

  /**
   * Reads the header once the window holds it and enough rows after it to estimate the row count
   * (or everything); returns where the rows start, and leaves `rows` null while it waits.
   */
  private header(window: Uint8Array, last: boolean): number {
    const n = window.length;
    let i = bomLength(window);
    let line = 1;
    while (i < n && (window[i] === LF || window[i] === CR)) {
      if (window[i] === CR && i + 1 < n && window[i + 1] === LF) i++;
      else if (window[i] === CR && i + 1 === n && !last) return 0;
      i++;
      line++;
    }
    const end = last ? n : lastRecordEnd(window, i, n, this.delim);
    if (end === i && !last) return 0;
    const header = readHeader(window.subarray(0, end), i, line, this.delim, this.source);
    if (!last && n - header.end < this.sampleBytes) return 0;
    if (this.checkUtf8 && !isUtf8(window.subarray(0, header.end))) throw new NotUtf8();
    checkHeader(header.names, this.source, line);
    this.headerLine = line;
    this.line = header.line;
    const start = header.end;
    const ncols = header.names.length;
    // Capacity from the average length of the first lines (grown by doubling when short).
    const sampleEnd = Math.min(n, start + this.sampleBytes);
    let sampleLines = 0;
    for (let k = start; k < sampleEnd; k++) if (window[k] === LF) sampleLines++;
    const total = this.totalBytes ?? (last ? n : undefined);
    let capacity: number;
    if (total === undefined) capacity = sampleLines > 0 ? 4 * sampleLines + 16 : 1024;
    else {
      capacity =
        sampleLines > 0
          ? Math.ceil(((total - start) / ((sampleEnd - start) / sampleLines)) * 1.02) + 16
          : Math.min(1024, total);
      capacity = Math.max(16, Math.min(capacity, Math.ceil((total - start) / ncols) + 16));
    }
    this.rows = new ScanRows(header.names, this.options, capacity, this.delimiter);
    return start;
  }

  /** Scans the records of bytes[i, bytes.length) (whole records only); returns bytes.length. */
  private records(bytes: Uint8Array, i: number): number {
    this.line = this.recordLoop(bytes, i);
    return bytes.length;
  }

  /**
   * The loop of `records`; returns the file line after the last record. Kept apart so that the
   * optimised loop (entered by on-stack replacement on the first chunk) does not end in a property
   * store it never ran: that store deoptimised it at the end of every chunk (28 times in a 148 MB
   * file), and each chunk then restarted in the interpreter.
   */
  private recordLoop(bytes: Uint8Array, i: number): number {
    const n = bytes.length;
    const source = this.source;
    const delim = this.delim;
    const stop = this.stop;
    const state = this.state;
    const numbers = this.numbers;
    const rows = this.rows as ScanRows;
    const columns = rows.columns;
    const ncols = columns.length;
    let line = this.line;
    while (i < n) {
      const b = bytes[i];
      if (b === LF || b === CR) {
        if (b === CR && i + 1 < n && bytes[i + 1] === LF) i++;
        i++;
        line++;
        continue;
      }
      const rowLine = line;
      const row = rows.start(rowLine);
      let field = 0;
      for (;;) {
        if (i < n && bytes[i] === QUOTE) {
          const close = closingQuote(bytes, i, state);
          if (close < 0) unterminatedError(source, line, field + 1);
          line += state[0];
          if (field < ncols) {
            if (state[1] === 1) {
              if (this.scratch.length < close - i) this.scratch = new Uint8Array((close - i) * 2);
              const length = unescapeQuotes(bytes, i + 1, close, this.scratch);
              columns[field].cell(this.scratch, 0, length, row);
            } else columns[field].cell(bytes, i + 1, close, row);
          }
          i = close + 1;
          if (i < n && stop[bytes[i]] === 0) throw new NeedsCsvParse();
        } else if (field < ncols) {
          const column = columns[field];
          let j = i;
          if (column.fastNumbers) {
            // A finite number ending the cell goes straight in (read in the same pass as the scan);
            // anything else (missing, text, Infinity, spaces) through cell().
            const value = numbers.read(bytes, i, n);
            j = numbers.end;
            const code = bytes[i] === 48 && j - i > 1 && isDigit(bytes[i + 1]);
            if (value - value === 0 && (j === n || stop[bytes[j]] === 1) && !code)
              column.putNumber(value, row);
            else {
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
    }
    return line;
  }
}

/** The fast scanner over the whole input. Throws NeedsCsvParse for text after a closing quote. */
export function scanFast(
  bytes: Uint8Array,
  source: string,
  delimiter: Delimiter,
  options: ScanOptions,
): RawTable {
  const scanner = new FastScanner(source, delimiter, options, { totalBytes: bytes.length });
  scanner.push(bytes, true);
  return scanner.finish();
}
