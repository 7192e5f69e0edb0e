/**
 * The contract every statistical test follows (DESIGN.md practice 1): a pure function of the two
 * samples and a descriptor. Tests never see missing values: they are dropped (and tested on their
 * own) before a test runs.
 */

/** What a test can take: numeric samples, or category counts aligned over the union of levels. */
export type ColumnKind = 'numeric' | 'categorical';

/** How a test's score is read: a p-value drifts below its threshold, a distance at or above it. */
export type ScoreKind = 'p-value' | 'distance';

export interface NumericInput {
  readonly kind: 'numeric';
  /** Present, finite values of the reference (no NaN). */
  readonly reference: Float64Array;
  /** Present, finite values of the candidate (no NaN). */
  readonly candidate: Float64Array;
}

export interface CategoricalInput {
  readonly kind: 'categorical';
  /** Union of the levels seen on either side. */
  readonly levels: readonly string[];
  /** Reference count per level, aligned with `levels`. */
  readonly reference: readonly number[];
  /** Candidate count per level, aligned with `levels`. */
  readonly candidate: readonly number[];
}

export type StatInput = NumericInput | CategoricalInput;

export type StatResult =
  | {
      readonly status: 'ok';
      /** The test statistic, or the distance for distance tests. */
      readonly statistic: number;
      /** The p-value for p-value tests; null for distances. */
      readonly pValue: number | null;
    }
  | { readonly status: 'skipped'; readonly reason: string };

export interface StatTest {
  /** Stable id used in settings and the report, e.g. `ks`, `jensen-shannon`. */
  readonly id: string;
  /** Human title for summaries, e.g. "Kolmogorov-Smirnov". */
  readonly title: string;
  /** Which inputs the test accepts. */
  readonly columnKinds: readonly ColumnKind[];
  readonly scoreKind: ScoreKind;
  /** alpha for p-value tests, minimum distance for distance tests. */
  readonly defaultThreshold: number;
  /** Run the test. Returns `skipped` with a reason (never NaN, never throws) on too little data. */
  readonly run: (input: StatInput) => StatResult;
}
