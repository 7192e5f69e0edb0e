/**
 * Worker entry: runs the joint checks (row checks, multivariate; see jointChecks in compare.ts)
 * off the main thread while it runs the column tests. The build emits it as
 * dist/compare-worker.js; compare-joint.ts uses it when that file exists.
 * Input (workerData): { reference, candidate, request } (the Tables' arrays are on
 * SharedArrayBuffers, so they are shared, not copied). Output: one message, { result } with each
 * check's error made cloneable, or { failure } for a bug outside the checks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RowCheckResult } from '../checks/rows/rows.js';
import type { Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import type { MultivariateReport } from '../report/model.js';
import { type JointRequest, jointChecks, type Settled } from './compare.js';

/** A thrown error as plain data: a UserInputError's fields, or a bug's stack. */
export interface ErrorData {
  readonly user: boolean;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type SettledData<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ErrorData };

/** A JointResult as the worker sends it. */
export interface JointResultData {
  readonly rows: SettledData<RowCheckResult>;
  readonly multivariate: SettledData<MultivariateReport | null>;
}

function errorData(error: unknown): ErrorData {
  if (error instanceof UserInputError)
    return { user: true, message: error.message, file: error.file, line: error.line, column: error.column };
  return { user: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

function plain<T>(settled: Settled<T>): SettledData<T> {
  return 'error' in settled ? { ok: false, error: errorData(settled.error) } : settled;
}

const port = parentPort;
if (port) {
  const { reference, candidate, request } = workerData as {
    reference: Table;
    candidate: Table;
    request: JointRequest;
  };
  try {
    const result = jointChecks(reference, candidate, request);
    const data: JointResultData = { rows: plain(result.rows), multivariate: plain(result.multivariate) };
    port.postMessage({ result: data });
  } catch (error) {
    port.postMessage({ failure: errorData(error).message });
  }
}
