/**
 * Loads the reference and candidate datasets into Tables: both files are read and scanned in
 * parallel (one worker thread per file when the built worker is next to the running bundle,
 * else in this thread), then column types are decided from both sides together.
 */
import { askWorker, inWorkerOrHere } from '../workers/thread.js';
import { builtWorkerPath } from '../workers/worker-file.js';
import { buildTables } from './infer.js';
import { DEFAULT_MISSING_VALUES } from './missing.js';
import { type DataSource, type ParseRequest, readAndScan } from './read.js';
import type { Delimiter, RawTable, ScanOptions } from './scan.js';
import type { ColumnType, Table } from './table.js';

export type { DataSource } from './read.js';

export interface ReadOptions {
  /** Detected from the header and first lines when absent. */
  readonly delimiter?: Delimiter;
  /** Cells equal to one of these are missing (default DEFAULT_MISSING_VALUES). */
  readonly missingValues?: readonly string[];
  /** Per-column type, overriding inference on both sides. */
  readonly columnTypes?: Readonly<Record<string, ColumnType>>;
  /** Integer columns with at most this many distinct values are categorical (default 10). */
  readonly maxIntegerCategoryLevels?: number;
  /** The parse worker instead of the built one: a path, or `off` to parse both sides here. */
  readonly worker?: string;
  /**
   * A worker file to hand the parse worker on to once its side is read, instead of ending it: it
   * then waits, started, for that file's next request (workers/thread.ts). The pipeline hands it
   * on to the compare worker, which then needs no thread of its own to start.
   */
  readonly handParseWorkerTo?: string;
}

export { DEFAULT_MISSING_VALUES };

export const DEFAULT_MAX_INTEGER_CATEGORY_LEVELS = 10;

/** The parse worker to use: the built one next to this module, or `override` (a path, or `off`); null for none. */
export function parseWorkerPath(override?: string): string | null {
  return builtWorkerPath('parse-worker', override);
}

/**
 * Scans one side in the worker `file` (then handed on to `next`, when given), falling back to
 * this thread when the worker cannot run.
 */
function scanAway(file: string, source: DataSource, options: ScanOptions, next?: string): Promise<RawTable> {
  const request: ParseRequest = { source, options };
  return inWorkerOrHere(
    file,
    (worker) => askWorker<RawTable>({ file: worker, name: 'parse worker', request, next }),
    () => readAndScan(source, options),
  );
}

/**
 * Loads both sides. With the built worker available, one side is parsed in a worker thread and
 * the other in this thread at the same time (this thread takes a side given as bytes when there
 * is one, so those bytes are not copied). Bad input throws a UserInputError naming the file (the
 * reference's problem first when both sides have one).
 */
export async function loadTables(
  reference: DataSource,
  candidate: DataSource,
  options: ReadOptions = {},
): Promise<{ reference: Table; candidate: Table }> {
  const scanOptions: ScanOptions = {
    delimiter: options.delimiter,
    missingValues: options.missingValues ?? DEFAULT_MISSING_VALUES,
    columnTypes: options.columnTypes,
  };
  const worker = parseWorkerPath(options.worker);
  let scans: [Promise<RawTable>, Promise<RawTable>];
  if (worker === null) {
    scans = [readAndScan(reference, scanOptions), readAndScan(candidate, scanOptions)];
  } else if (reference.bytes === undefined && candidate.bytes !== undefined) {
    const away = scanAway(worker, reference, scanOptions, options.handParseWorkerTo);
    scans = [away, readAndScan(candidate, scanOptions)];
  } else {
    // the candidate in the worker unless only it is in memory (a side read from git stays in this
    // thread, its bytes not copied); with the reference file in the worker instead, 100k x 1,000
    // took 11.2-12.1 s end to end against 9.7-11.8 s (one alternated bench; 1M x 20 the same)
    const away = scanAway(worker, candidate, scanOptions, options.handParseWorkerTo);
    scans = [readAndScan(reference, scanOptions), away];
  }
  const [referenceRaw, candidateRaw] = await Promise.allSettled(scans);
  if (referenceRaw.status === 'rejected') throw referenceRaw.reason;
  if (candidateRaw.status === 'rejected') throw candidateRaw.reason;
  return buildTables(referenceRaw.value, candidateRaw.value, {
    maxIntegerCategoryLevels: options.maxIntegerCategoryLevels ?? DEFAULT_MAX_INTEGER_CATEGORY_LEVELS,
  });
}
