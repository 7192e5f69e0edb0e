/**
 * Reads one data source (a file, or bytes already in memory, e.g. from git) and scans it. Used in
 * the main thread and in the parse worker alike. A file is read in chunks of CHUNK_BYTES and
 * scanned as they come (scan.ts, scanCsvChunks), so it is never held whole.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { UserInputError } from '../errors.js';
import { compressionOfBytes, formatFromName, isParquetBytes } from './formats/detect.js';
import { scanAnyFormat } from './formats/dispatch.js';
import { type RawTable, type ScanOptions, scanCsvChunks } from './scan.js';

/** Where one side's data comes from. */
export interface DataSource {
  /** What messages name, e.g. `data/train.csv` or `data/train.csv@abc123`. */
  readonly label: string;
  /** The file name whose extension declares the format (default: `path`, else `label`). */
  readonly name?: string;
  readonly path?: string;
  readonly bytes?: Uint8Array;
}

/** What the parse worker is asked (parse-worker.ts): one side to read and scan. */
export interface ParseRequest {
  readonly source: DataSource;
  readonly options: ScanOptions;
}

/** Bytes read from a file at a time: large enough that a read costs little, small beside the columns. */
export const CHUNK_BYTES = 4 << 20;

/** A file-system error as the UserInputError naming the file. */
function readError(error: unknown, label: string): UserInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'file not found'
      : code === 'EISDIR'
        ? 'this is a directory, not a data file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied reading the file'
          : `could not read the file (${code ?? String(error)})`;
  return new UserInputError(why, { file: label });
}

/** The bytes of a source; file-system problems become UserInputErrors naming the file. */
export async function readSource(source: DataSource): Promise<Uint8Array> {
  if (source.bytes !== undefined) return source.bytes;
  if (source.path === undefined) {
    throw new UserInputError('no path or content given for this data source', { file: source.label });
  }
  try {
    return await readFile(source.path);
  } catch (error) {
    throw readError(error, source.label);
  }
}

/**
 * The file's bytes, CHUNK_BYTES at a time, in one reused buffer (each chunk is valid until the
 * next is asked for); file-system problems become UserInputErrors naming the file.
 */
function* fileChunks(file: string, label: string): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw readError(error, label);
  }
  try {
    const buffer = new Uint8Array(Math.min(CHUNK_BYTES, Math.max(1, fstatSync(fd).size)));
    for (;;) {
      let got: number;
      try {
        got = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        throw readError(error, label);
      }
      if (got === 0) return;
      yield buffer.subarray(0, got);
    }
  } finally {
    closeSync(fd);
  }
}

/** The size of the file at `file`, or undefined when it cannot be read (reading it then says why). */
function fileSize(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/**
 * Scans one side: a plain CSV/TSV file chunk by chunk; bytes already in memory, compressed files,
 * Parquet and JSON whole through the format dispatch (formats/dispatch.ts), which also names a
 * mismatch between the file's name and its content. Numeric columns are not sorted here: the
 * rank-based tests sort each one when they test it (checks/columns/prepare.ts), so no sorted copy
 * of every column is held beside the row-order values (that copy was a third of the peak memory).
 */
export async function readAndScan(source: DataSource, options: ScanOptions): Promise<RawTable> {
  const file = source.path;
  const name = source.name ?? file ?? source.label;
  if (source.bytes === undefined && file !== undefined && isPlainText(file, name)) {
    return scanCsvChunks(() => fileChunks(file, source.label), source.label, options, fileSize(file));
  }
  return scanAnyFormat(await readSource(source), name, source.label, options);
}

/** Whether `file` is CSV/TSV text by its name and its first bytes (not Parquet, not compressed). */
function isPlainText(file: string, name: string): boolean {
  const declared = formatFromName(name);
  if (declared !== null && (declared.format !== 'csv' || declared.compression !== 'none')) return false;
  const head = fileHead(file, 4);
  return head !== undefined && compressionOfBytes(head) === 'none' && !isParquetBytes(head);
}

/** The first `length` bytes of `file`, or undefined when it cannot be read (reading it then says why). */
function fileHead(file: string, length: number): Uint8Array | undefined {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = new Uint8Array(length);
      return head.subarray(0, readSync(fd, head, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
