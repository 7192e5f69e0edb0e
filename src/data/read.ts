/**
 * Reads one data source (a file, or bytes already in memory, e.g. from git) and scans it. Used in
 * the main thread and in the parse worker alike.
 */
import { readFile } from 'node:fs/promises';
import { UserInputError } from '../errors.js';
import { sortFloat64 } from '../stats/sort.js';
import { scanAnyFormat } from './formats/dispatch.js';
import type { RawTable, ScanOptions } from './scan.js';
import { sharedFloat64 } from './shared.js';

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

/** The bytes of a source; file-system problems become UserInputErrors naming the file. */
export async function readSource(source: DataSource): Promise<Uint8Array> {
  if (source.bytes !== undefined) return source.bytes;
  if (source.path === undefined) {
    throw new UserInputError('no path or content given for this data source', { file: source.label });
  }
  try {
    return await readFile(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'this is a directory, not a data file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied reading the file'
            : `could not read the file (${code ?? String(error)})`;
    throw new UserInputError(why, { file: source.label });
  }
}

/**
 * Reads and scans one side, then sorts the finite values of every number and date column while
 * still in this thread: the rank-based tests need them sorted, and sorting here runs in parallel
 * with the other side's worker instead of after both are loaded.
 */
export async function readAndScan(source: DataSource, options: ScanOptions): Promise<RawTable> {
  const name = source.name ?? source.path ?? source.label;
  const raw = await scanAnyFormat(await readSource(source), name, source.label, options);
  const columns = raw.columns.map((column) =>
    column.values !== null && (column.kind === 'number' || column.kind === 'date')
      ? { ...column, sortedPresent: sortedFinite(column.values) }
      : column,
  );
  return { ...raw, columns };
}

/** The finite values (no NaN, no +-Infinity) sorted ascending. O(n) radix sort; one exact-size array. */
function sortedFinite(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] - values[i] === 0) count++;
  const out = sharedFloat64(count);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value - value === 0) out[at++] = value;
  }
  return sortFloat64(out);
}
