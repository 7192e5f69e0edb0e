/**
 * Runs the joint checks (row checks, multivariate) in a worker thread when the built worker
 * (dist/compare-worker.js) is there, else in this thread. The Tables go to the worker by
 * structured clone: arrays on SharedArrayBuffers (the loader's, see data/shared.ts) are shared;
 * any other array is first copied onto one, so nothing large is cloned twice.
 */
import { Worker } from 'node:worker_threads';
import { asShared } from '../data/shared.js';
import type { Column, Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { builtWorkerPath } from '../workers/worker-file.js';
import { type JointRequest, type JointResult, jointChecks, type Settled } from './compare.js';
import type { ErrorData, JointResultData, SettledData } from './compare-worker.js';

/** The built compare worker, or null. DRIFT_GATE_COMPARE_WORKER overrides: a path, or `off`. */
export function compareWorkerPath(): string | null {
  return builtWorkerPath('compare-worker', process.env.DRIFT_GATE_COMPARE_WORKER);
}

/** The worker could not run (missing or broken file): the checks run in this thread instead. */
class WorkerUnavailable extends Error {}

function sharedColumn(column: Column): Column {
  const own = column as Column & { values?: Float64Array; codes?: Int32Array; sortedPresent?: Float64Array };
  const copy: Record<string, unknown> = { ...column };
  if (own.values) copy.values = asShared(own.values);
  if (own.codes) copy.codes = asShared(own.codes);
  if (own.sortedPresent) copy.sortedPresent = asShared(own.sortedPresent);
  return copy as unknown as Column;
}

/** The table with every array on a SharedArrayBuffer (the loader's already are: no copy then). */
function sharedTable(table: Table): Table {
  return {
    ...table,
    columns: table.columns.map(sharedColumn),
    ...(table.rowLines ? { rowLines: asShared(table.rowLines) } : {}),
  };
}

function thrown(error: ErrorData): Error {
  if (error.user)
    return new UserInputError(error.message, { file: error.file, line: error.line, column: error.column });
  return new Error(`compare worker: ${error.message}`);
}

function settled<T>(data: SettledData<T>): Settled<T> {
  return 'error' in data ? { ok: false, error: thrown(data.error) } : data;
}

/** The joint checks in a worker running `file`; rejects with WorkerUnavailable when it cannot run. */
export function jointChecksInWorker(
  file: string,
  reference: Table,
  candidate: Table,
  request: JointRequest,
): Promise<JointResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(file, {
        workerData: { reference: sharedTable(reference), candidate: sharedTable(candidate), request },
      });
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    let done = false;
    worker.once('message', (message: { result?: JointResultData; failure?: string }) => {
      done = true;
      void worker.terminate();
      if (message.result)
        resolve({ rows: settled(message.result.rows), multivariate: settled(message.result.multivariate) });
      else reject(new Error(`compare worker failed: ${message.failure}`));
    });
    worker.once('error', (error) => {
      if (!done) reject(new WorkerUnavailable(String(error)));
      done = true;
    });
    worker.once('exit', (code) => {
      if (!done) reject(new WorkerUnavailable(`compare worker exited with code ${code} before answering`));
      done = true;
    });
  });
}

/**
 * The joint checks for compareTablesWith: in the built worker when there is one (falling back
 * to this thread when it cannot run), else here, synchronously, before the column tests.
 */
export function runJointChecks(
  reference: Table,
  candidate: Table,
  request: JointRequest,
): Promise<JointResult> {
  const file = compareWorkerPath();
  if (file === null) return Promise.resolve(jointChecks(reference, candidate, request));
  return jointChecksInWorker(file, reference, candidate, request).catch((error: unknown) => {
    if (error instanceof WorkerUnavailable) return jointChecks(reference, candidate, request);
    throw error;
  });
}
