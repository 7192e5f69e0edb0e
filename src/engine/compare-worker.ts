/**
 * Worker entry: runs, off the main thread, either the joint checks (row checks, multivariate; see
 * joint-checks.ts) or a share of the column tests (column-shares.ts) while the main thread runs
 * the rest. The build emits it as dist/compare-worker.js; joint.ts uses it when that file exists.
 * The joint checks' worker is usually the parse worker handed on (data/load.ts), which loads
 * this file once its side is read; so this bundle holds only what it runs.
 * Request (the first message): a CompareWorkerRequest (the Tables' arrays are on SharedArrayBuffers, so
 * they are shared, not copied). Answer: a JointResultData, each check's error made cloneable, or a
 * ColumnShareResult; or the error of a bug outside the checks; the protocol is in
 * src/workers/thread.ts.
 */
import type { RowCheckResult } from '../checks/rows/rows.js';
import type { Table } from '../data/table.js';
import type { MultivariateReport } from '../report/model.js';
import { answerParent, type ErrorData, errorData } from '../workers/thread.js';
import { type ColumnShareRequest, type ColumnShareResult, evaluateShare } from './column-shares.js';
import { type JointRequest, jointChecks, type Settled, settle } from './joint-checks.js';

/** What the compare worker is asked: the joint checks, or a share of the column tests. */
export type CompareWorkerRequest =
  | {
      readonly kind: 'joint';
      readonly reference: Table;
      readonly candidate: Table;
      readonly request: JointRequest;
      /** The column tests' queue, to take pairs from its back once the joint checks are done. */
      readonly share?: ColumnShareRequest;
    }
  | {
      readonly kind: 'columns';
      readonly reference: Table;
      readonly candidate: Table;
      readonly request: ColumnShareRequest;
    };

export type SettledData<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ErrorData };

/** A JointResult as the worker sends it. */
export interface JointResultData {
  readonly rows: SettledData<RowCheckResult>;
  readonly multivariate: SettledData<MultivariateReport | null>;
  readonly columns?: SettledData<ColumnShareResult>;
}

function plain<T>(settled: Settled<T>): SettledData<T> {
  return 'error' in settled ? { ok: false, error: errorData(settled.error) } : settled;
}

answerParent((asked: CompareWorkerRequest): JointResultData | ColumnShareResult => {
  if (asked.kind === 'columns') return evaluateShare(asked.reference, asked.candidate, asked.request);
  const result = jointChecks(asked.reference, asked.candidate, asked.request);
  const share = asked.share;
  return {
    rows: plain(result.rows),
    multivariate: plain(result.multivariate),
    ...(share
      ? { columns: plain(settle(() => evaluateShare(asked.reference, asked.candidate, share, 'back'))) }
      : {}),
  };
});
