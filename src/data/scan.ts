/**
 * Reads CSV bytes into per-column raw storage (RawTable). The fast path is a byte-level scanner
 * (scan-fast.ts); inputs it does not take (text after a closing quote) go through csv-parse with
 * relaxed quoting (scan-csv-parse.ts). Both feed the same ColumnBuilder, so the result is the same.
 * Every problem with the input is a UserInputError naming the file and, where one applies, the
 * line and field.
 *
 * Input can come whole (scanCsv) or in chunks (scanCsvChunks: a file read piece by piece, or any
 * stream of bytes, e.g. decompressed), so a large file is never held in memory whole.
 */
import { UserInputError } from '../errors.js';
import { checkBytes, checkHead, detectDelimiter, fail } from './csv-bytes.js';
import { scanWithCsvParse } from './scan-csv-parse.js';
import { FastScanner, NeedsCsvParse, NotUtf8, scanFast } from './scan-fast.js';
import type { RawTable, ScanOptions } from './scan-rows.js';

export type { Delimiter } from './csv-bytes.js';
export type { RawTable, ScanOptions } from './scan-rows.js';

/**
 * The chunked path looks at the first this many bytes (or the whole input when shorter) before
 * scanning: the delimiter is detected from its first 64 KiB, the head checks read its first KiB.
 */
const FIRST_WINDOW_BYTES = 1 << 20;

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

/** The chunks a source yields; chunks may be reused once the next one is asked for. */
export type Chunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** All of `chunks` in one array. */
async function concatenated(chunks: Chunks): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(new Uint8Array(chunk));
    length += chunk.length;
  }
  const whole = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/** The fast scanner over chunks: the first window is checked and gives the delimiter, then every chunk is scanned as it comes. */
async function scanChunked(
  chunks: Chunks,
  source: string,
  options: ScanOptions,
  totalBytes: number | undefined,
): Promise<RawTable> {
  let scanner: FastScanner | null = null;
  let head: Uint8Array[] = [];
  let headLength = 0;
  const begin = (last: boolean): FastScanner => {
    const first = new Uint8Array(headLength);
    let at = 0;
    for (const part of head) {
      first.set(part, at);
      at += part.length;
    }
    head = [];
    checkHead(first, source);
    const delimiter = options.delimiter ?? detectDelimiter(first);
    const started = new FastScanner(source, delimiter, options, { totalBytes, checkUtf8: true });
    started.push(first, last);
    return started;
  };
  for await (const chunk of chunks) {
    if (scanner !== null) {
      scanner.push(chunk);
      continue;
    }
    head.push(new Uint8Array(chunk));
    headLength += chunk.length;
    if (headLength >= FIRST_WINDOW_BYTES) scanner = begin(false);
  }
  return (scanner ?? begin(true)).finish();
}

/**
 * Reads CSV arriving in chunks (`chunks()`: a file read piece by piece, a decompressed stream)
 * without holding it whole: the fast scanner takes each chunk's complete records. Input that path
 * does not take (irregular quoting for csv-parse, bytes that are not UTF-8, or any error in the
 * input) is read again whole, by calling `chunks()` a second time, and goes through scanCsv, so
 * results and error messages are the same as scanCsv's on the whole input. `totalBytes` (a
 * file's size, when known) sizes the columns from the first rows; else they grow by doubling.
 */
export async function scanCsvChunks(
  chunks: () => Chunks,
  source: string,
  options: ScanOptions,
  totalBytes?: number,
): Promise<RawTable> {
  try {
    return await scanChunked(chunks(), source, options, totalBytes);
  } catch (error) {
    const retry =
      error instanceof UserInputError || error instanceof NeedsCsvParse || error instanceof NotUtf8;
    if (!retry) throw error;
    return scanCsv(await concatenated(chunks()), source, options);
  }
}
