/**
 * Runs the joint checks (row checks, multivariate), and shares of the column tests on large
 * tables, in worker threads when the built worker (dist/compare-worker.js) is there, else in this
 * thread. The Tables go to a worker by structured clone: arrays on SharedArrayBuffers (the
 * loader's, see data/shared.ts) are shared; any other array is first copied onto one, so nothing
 * large is cloned twice.
 */
import { availableParallelism } from 'node:os';
import { asShared } from '../data/shared.js';
import { type Column, isNumericColumn, type Table } from '../data/table.js';
import { askWorker, errorFrom, inWorkerOrHere } from '../workers/thread.js';
import { builtWorkerPath } from '../workers/worker-file.js';
import {
  type ColumnShareRequest,
  type ColumnShareResult,
  type ColumnWork,
  evaluateShare,
} from './column-shares.js';
import type { CompareWorkerRequest, JointResultData, SettledData } from './compare-worker.js';
import { type JointRequest, type JointResult, jointChecks, type Settled } from './joint-checks.js';

/** The compare worker to use: the built one, or `override` (a path, or `off`); null for none. */
export function compareWorkerPath(override?: string): string | null {
  return builtWorkerPath('compare-worker', override);
}

function sharedColumn(column: Column): Column {
  if (isNumericColumn(column)) {
    return { ...column, values: asShared(column.values) };
  }
  return column.codes ? { ...column, codes: asShared(column.codes) } : { ...column };
}

/** The table with every array on a SharedArrayBuffer (the loader's already are: no copy then). */
function sharedTable(table: Table): Table {
  return {
    ...table,
    columns: table.columns.map(sharedColumn),
    ...(table.rowLines ? { rowLines: asShared(table.rowLines) } : {}),
  };
}

function settled<T>(data: SettledData<T>): Settled<T> {
  return 'error' in data ? { ok: false, error: errorFrom(data.error, 'compare worker: ') } : data;
}

/**
 * The joint checks in a worker running `file`, which then takes column pairs from the back of
 * `share` when given; rejects with WorkerUnavailable when it cannot run.
 */
export async function jointChecksInWorker(
  file: string,
  reference: Table,
  candidate: Table,
  request: JointRequest,
  share?: ColumnShareRequest,
): Promise<JointResult> {
  const data: CompareWorkerRequest = {
    kind: 'joint',
    reference: sharedTable(reference),
    candidate: sharedTable(candidate),
    request,
    ...(share ? { share } : {}),
  };
  const result = await askWorker<JointResultData>({ file, name: 'compare worker', request: data });
  return {
    rows: settled(result.rows),
    multivariate: settled(result.multivariate),
    ...(result.columns ? { columns: settled(result.columns) } : {}),
  };
}

/**
 * The joint checks for compareTablesWith: in the compare worker when there is one (which then
 * takes column pairs from the back of `share`; falling back to this thread, without pairs, when
 * it cannot run), else here, synchronously, before the column tests. `worker` overrides the
 * built worker: a path, or `off`.
 */
export function runJointChecks(
  reference: Table,
  candidate: Table,
  request: JointRequest,
  worker?: string,
  share?: ColumnShareRequest,
): Promise<JointResult> {
  return inWorkerOrHere(
    compareWorkerPath(worker),
    (file) => jointChecksInWorker(file, reference, candidate, request, share),
    () => jointChecks(reference, candidate, request),
  );
}

/** A share of the column tests in a worker running `file`; rejects with WorkerUnavailable when it cannot run. */
export function columnShareInWorker(
  file: string,
  reference: Table,
  candidate: Table,
  request: ColumnShareRequest,
): Promise<ColumnShareResult> {
  const data: CompareWorkerRequest = {
    kind: 'columns',
    reference: sharedTable(reference),
    candidate: sharedTable(candidate),
    request,
  };
  return askWorker<ColumnShareResult>({ file, name: 'compare worker', request: data });
}

/**
 * Column work for compareTablesWith: up to one worker per core beyond this thread's (at most
 * three; the joint checks' worker runs beside them), each a compare worker evaluating its share
 * (falling back to this thread when it cannot run); none without a worker file. `worker`
 * overrides the built worker: a path, or `off`.
 */
export function columnWork(worker?: string): ColumnWork | undefined {
  const file = compareWorkerPath(worker);
  if (file === null) return undefined;
  return {
    workers: Math.max(1, Math.min(3, availableParallelism() - 1)),
    run: (reference, candidate, request) =>
      inWorkerOrHere(
        file,
        (path) => columnShareInWorker(path, reference, candidate, request),
        () => evaluateShare(reference, candidate, request),
      ),
  };
}
