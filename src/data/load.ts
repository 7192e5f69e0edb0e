/**
 * Loads the reference and candidate datasets into Tables: both files are read and scanned in
 * parallel (one worker thread per file when the built worker is next to the running bundle,
 * else in this thread), then column types are decided from both sides together.
 */
import { Worker } from 'node:worker_threads';
import { UserInputError } from '../errors.js';
import { builtWorkerPath } from '../workers/worker-file.js';
import { buildTables } from './infer.js';
import { type DataSource, readAndScan } from './read.js';
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
}

export const DEFAULT_MISSING_VALUES: readonly string[] = [
  '',
  'NA',
  'N/A',
  'NaN',
  'nan',
  'null',
  'NULL',
  'None',
  '-',
  '?',
];

export const DEFAULT_MAX_INTEGER_CATEGORY_LEVELS = 10;

/**
 * The built parse worker next to this module, or null (running from sources, e.g. under vitest).
 * DRIFT_GATE_PARSE_WORKER overrides: a path to use, or `off`.
 */
export function parseWorkerPath(): string | null {
  return builtWorkerPath('parse-worker', process.env.DRIFT_GATE_PARSE_WORKER);
}

/** The worker could not run (missing or broken file): the caller parses in this thread instead. */
class WorkerUnavailable extends Error {}

function scanInWorker(file: string, source: DataSource, options: ScanOptions): Promise<RawTable> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: { source, options } });
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    let settled = false;
    worker.once(
      'message',
      (message: {
        raw?: RawTable;
        error?: { user: boolean; message: string; file?: string; line?: number; column?: number };
      }) => {
        settled = true;
        // the answer is all we need: free the worker's heap (its file buffer) now, not at its exit
        void worker.terminate();
        if (message.raw) resolve(message.raw);
        else if (message.error?.user) {
          const { message: text, file: where, line, column } = message.error;
          reject(new UserInputError(text, { file: where, line, column }));
        } else reject(new Error(`parse worker failed: ${message.error?.message}`));
      },
    );
    worker.once('error', (error) => {
      if (!settled) reject(new WorkerUnavailable(String(error)));
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new WorkerUnavailable(`parse worker exited with code ${code} before answering`));
      settled = true;
    });
  });
}

/** Scans one side in a worker, falling back to this thread when the worker cannot run. */
function scanAway(file: string, source: DataSource, options: ScanOptions): Promise<RawTable> {
  return scanInWorker(file, source, options).catch((error: unknown) => {
    if (error instanceof WorkerUnavailable) return readAndScan(source, options);
    throw error;
  });
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
  const worker = parseWorkerPath();
  let scans: [Promise<RawTable>, Promise<RawTable>];
  if (worker === null) {
    scans = [readAndScan(reference, scanOptions), readAndScan(candidate, scanOptions)];
  } else if (candidate.bytes !== undefined || reference.bytes === undefined) {
    const away = scanAway(worker, reference, scanOptions);
    scans = [away, readAndScan(candidate, scanOptions)];
  } else {
    const away = scanAway(worker, candidate, scanOptions);
    scans = [readAndScan(reference, scanOptions), away];
  }
  const [referenceRaw, candidateRaw] = await Promise.allSettled(scans);
  if (referenceRaw.status === 'rejected') throw referenceRaw.reason;
  if (candidateRaw.status === 'rejected') throw candidateRaw.reason;
  return buildTables(referenceRaw.value, candidateRaw.value, {
    maxIntegerCategoryLevels: options.maxIntegerCategoryLevels ?? DEFAULT_MAX_INTEGER_CATEGORY_LEVELS,
  });
}
