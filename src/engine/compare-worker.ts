/**
 * Worker entry: runs the joint checks (row checks, multivariate; see jointChecks in compare.ts)
 * off the main thread while it runs the column tests. The build emits it as
 * dist/compare-worker.js; joint.ts uses it when that file exists.
 * Request (workerData): a CompareWorkerRequest (the Tables' arrays are on SharedArrayBuffers, so
 * they are shared, not copied). Answer: a JointResultData, each check's error made cloneable, or
 * the error of a bug outside the checks; the protocol is in src/workers/thread.ts.
 */
import type { RowCheckResult } from '../checks/rows/rows.js';
import type { Table } from '../data/table.js';
import type { MultivariateReport } from '../report/model.js';
import { answerParent, type ErrorData, errorData } from '../workers/thread.js';
import { type JointRequest, jointChecks, type Settled } from './compare.js';

/** What the compare worker is asked. */
export interface CompareWorkerRequest {
  readonly reference: Table;
  readonly candidate: Table;
  readonly request: JointRequest;
}

export type SettledData<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ErrorData };

/** A JointResult as the worker sends it. */
export interface JointResultData {
  readonly rows: SettledData<RowCheckResult>;
  readonly multivariate: SettledData<MultivariateReport | null>;
}

function plain<T>(settled: Settled<T>): SettledData<T> {
  return 'error' in settled ? { ok: false, error: errorData(settled.error) } : settled;
}

answerParent(({ reference, candidate, request }: CompareWorkerRequest): JointResultData => {
  const result = jointChecks(reference, candidate, request);
  return { rows: plain(result.rows), multivariate: plain(result.multivariate) };
});
