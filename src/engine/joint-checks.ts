/**
 * The joint checks: the checks on whole rows (row checks, multivariate), which need both Tables
 * but none of the column tests, so they run in another thread (compare-worker.ts) while the
 * caller runs the column tests. Kept apart from compare.ts so that the compare worker's bundle
 * holds only what it runs: compare.ts imports the settings, whose declarations import the data
 * readers (Parquet, csv-parse, decompressors) and YAML (1.9 MB bundled; 1.1 MB without them).
 */
import type { ComparisonPlan } from '../checks/plan.js';
import { type RowCheckResult, rowChecks } from '../checks/rows/rows.js';
import type { Table } from '../data/table.js';
import { DEFAULT_SEED, DEFAULT_TRAIN_SHARE } from '../multivariate/reconstruction.js';
import { multivariateDrift } from '../multivariate/tabular.js';
import type { MultivariateReport } from '../report/model.js';
import { multivariateSkippedText } from '../report/wording.js';
import type { ColumnShareRequest, ColumnShareResult } from './column-shares.js';
import type { ReferenceWork } from './reference-work.js';

/** The multivariate check's PCA costs O(d^3) in the encoded dimensions: above this many columns it is skipped. */
export const MULTIVARIATE_MAX_COLUMNS = 300;
/**
 * Rows per side the multivariate check samples (seeded): 20,000 held-out and candidate rows put
 * the band within about 2% of the baseline error, well inside the 10% minimum increase.
 */
export const MULTIVARIATE_MAX_ROWS = 20_000;

/** The multivariate check on the features present on both sides, or null when switched off. */
function multivariateCheck(
  reference: Table,
  candidate: Table,
  settings: JointRequest['multivariate'],
  features: readonly string[],
  kept?: ReferenceWork['multivariate'],
): MultivariateReport | null {
  if (!settings.enabled) return null;
  const inCandidate = new Set(candidate.columns.map((c) => c.name));
  const inReference = new Set(reference.columns.map((c) => c.name));
  const columns = features.filter((name) => inReference.has(name) && inCandidate.has(name));
  if (columns.length > MULTIVARIATE_MAX_COLUMNS) {
    const reason = `${columns.length} columns are more than the ${MULTIVARIATE_MAX_COLUMNS} the multivariate check takes; choose fewer with 'columns' or set multivariate: false`;
    return {
      status: 'skipped',
      drift: false,
      outcome: 'pass',
      reason,
      explanation: multivariateSkippedText(reason),
      columns: [],
      excludedColumns: [],
      rows: {
        referenceRows: reference.rows,
        candidateRows: candidate.rows,
        referenceUsed: 0,
        candidateUsed: 0,
        subsampled: false,
        note: null,
      },
      varianceShare: settings.varianceShare,
      trainShare: DEFAULT_TRAIN_SHARE,
      seed: DEFAULT_SEED,
    };
  }
  const options = {
    columns,
    maxRows: MULTIVARIATE_MAX_ROWS,
    varianceShare: settings.varianceShare,
    minIncrease: settings.minIncrease,
  };
  return multivariateDrift(reference, candidate, options, kept);
}

/** What the joint (whole-row) checks need besides the two Tables: their part of the plan, cloneable to a worker. */
export type JointRequest = Pick<ComparisonPlan, 'rows' | 'multivariate'>;

/** One joint check's outcome: its value, or the error it threw (rethrown where the check used to run). */
export type Settled<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: unknown };

export interface JointResult {
  readonly rows: Settled<RowCheckResult>;
  readonly multivariate: Settled<MultivariateReport | null>;
  /** The column pairs the joint checks' thread took from the back of the queue afterwards (when given one). */
  readonly columns?: Settled<ColumnShareResult>;
}

/** `run`'s value, or the error it threw. */
export function settle<T>(run: () => T): Settled<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The checks on whole rows (row checks, multivariate): the part of a comparison that can run in
 * another thread (compare-worker.ts) while this one runs the column tests. Never throws: each
 * check's error is returned in its place. `work`: the reference's side kept from earlier calls.
 */
export function jointChecks(
  reference: Table,
  candidate: Table,
  request: JointRequest,
  work?: ReferenceWork,
): JointResult {
  const { rows, multivariate } = request;
  return {
    rows: settle(() =>
      rows === null ? { findings: [], diff: null } : rowChecks(reference, candidate, rows, work?.rows),
    ),
    multivariate: settle(() =>
      multivariateCheck(reference, candidate, multivariate, multivariate.features, work?.multivariate),
    ),
  };
}

/**
 * Runs the joint checks (in this thread, or elsewhere) while the caller runs the column tests;
 * given `share`, a thread of its own then takes column pairs from the back of that queue.
 */
export type JointRunner = (
  reference: Table,
  candidate: Table,
  request: JointRequest,
  share?: ColumnShareRequest,
) => Promise<JointResult>;
