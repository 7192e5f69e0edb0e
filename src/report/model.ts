/**
 * The JSON report: the public contract (DESIGN.md "Public contract"). Bump SCHEMA_VERSION on any
 * breaking change and keep docs/report.schema.json in step (a test validates real reports).
 */
import type { ColumnType } from '../data/table.js';
import type { ImageDriftOk, ImageDriftSkipped } from '../images/drift.js';
import type { MultivariateResult } from '../multivariate/tabular.js';
import type { ScoreKind } from '../stats/types.js';

export const SCHEMA_VERSION = '1.0.0';

export type Verdict = 'pass' | 'fail';
export type Severity = 'error' | 'warning' | 'info';
export type ColumnRole = 'feature' | 'target' | 'prediction';

export interface SideInfo {
  /** Path as given, or `path@revision`. */
  source: string;
  /** The git revision the file was read at, or null for the working tree. */
  revision: string | null;
  rows: number;
  columns: number;
  /** The delimiter used to read the file. */
  delimiter: string;
}

/** One statistic as computed for a column: a p-value test or a distance. */
export interface Score {
  test: string;
  kind: ScoreKind;
  /** The statistic; null when it is not finite (Fisher's odds ratio with an empty off-diagonal cell), as JSON has no Infinity. */
  statistic: number | null;
  /** Raw p-value; null for distances. */
  pValue: number | null;
  /** p-value after the multiple-testing correction; null for distances. */
  adjustedPValue: number | null;
  /** alpha for p-values, minimum for distances. */
  threshold: number;
  /** Whether this score alone is past its threshold (adjusted p < alpha; distance >= threshold). */
  passed: boolean;
}

/** Per-side counts of a column. */
export interface ColumnCounts {
  /** Present (non-missing) values. */
  present: number;
  missing: number;
  /** missing / rows, 0 when the side has no rows. */
  missingShare: number;
}

/** Small per-side histogram for sketches: shares over shared bins or categories. */
export interface Distribution {
  /** Bin labels (numeric: lower edges formatted; categorical: category names, top ones then "other"). */
  labels: string[];
  reference: number[];
  candidate: number[];
}

/**
 * One class (level) of a categorical column, compared on its own (src/checks/classes.ts): the share
 * of the class against all other classes, so a rare class that vanishes shows even when the column's
 * total variation is small.
 */
export interface ClassShare {
  class: string;
  referenceCount: number;
  candidateCount: number;
  /** referenceCount / present reference values. */
  referenceShare: number;
  candidateShare: number;
  /** Two-proportion z-test of this class against the rest; Fisher's exact test when an expected count of that 2 x 2 table is below 5. */
  pValue: number;
  /** pValue corrected across the column's classes. */
  adjustedPValue: number;
  /** The share changed by at least the factor (halved or doubled by default; a 0 share counts as infinitely changed) and adjusted p < alpha. */
  flagged: boolean;
}

export interface ColumnReport {
  name: string;
  role: ColumnRole;
  type: ColumnType;
  /** `compared` when tests ran; `skipped` with `reason` otherwise; `missing-in-candidate`/`missing-in-reference` for one-sided columns. */
  status: 'compared' | 'skipped' | 'missing-in-candidate' | 'missing-in-reference';
  reason: string | null;
  /** How the drift decision was made: `auto` (significant and large enough) or a named test. */
  method: 'auto' | 'named';
  /** The deciding test id (for auto: the p-value test). */
  test: string | null;
  statistic: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  threshold: number | null;
  /** The effect size in auto mode (normed Wasserstein or total variation), else null. */
  effectSize: Score | null;
  /** Every score that was computed, p-value test first. */
  scores: Score[];
  /** Test of the change in missing share (two-proportion z), when both sides have rows. */
  missingShare: (Score & { reference: number; candidate: number; minChange: number }) | null;
  drift: boolean;
  /** Why it drifted (or not), in one sentence. */
  explanation: string;
  reference: ColumnCounts;
  candidate: ColumnCounts;
  distribution: Distribution | null;
  /** Per-class shares of a categorical column (rare classes); absent when not computed. */
  classes?: ClassShare[];
}

export interface QualityFinding {
  check: string;
  column: string | null;
  severity: Severity;
  message: string;
  /** The numbers behind the finding. */
  values?: Record<string, number | string | null>;
}

export interface DatasetSummary {
  drift: boolean;
  /** drifted / compared columns (0 when nothing was compared). */
  driftShare: number;
  driftedColumns: string[];
  comparedColumns: number;
  /** The drift-share threshold used. */
  threshold: number;
}

/**
 * The training-data diff (src/checks/rows.ts). Keyed (setting `key`): rows are matched by their key
 * and counts are of distinct keys (a key repeated on a side is matched by its first row and counted
 * in `duplicateKeys`). Without a key: rows are whole records and `added`/`removed` are the multiset
 * difference (a row twice in the candidate and once in the reference is one added row).
 */
export interface RowDiff {
  keyed: boolean;
  /** The key columns ([] when not keyed). */
  key: string[];
  /** Keyed: keys only in the candidate. Not keyed: candidate rows without an equal reference row (with multiplicity). */
  added: number;
  /** Keyed: keys only in the reference. Not keyed: reference rows without an equal candidate row. */
  removed: number;
  /** Keyed: keys on both sides whose rows differ in some compared column. Not keyed: always 0. */
  changed: number;
  /** Keyed: keys on both sides whose rows are equal. Not keyed: rows matched on both sides. */
  unchanged: number;
  /** Up to 5 key values (one string per key column, at most 40 characters, `(missing)` for a missing value) of each kind; empty when not keyed. */
  examples: { added: string[][]; removed: string[][]; changed: string[][] };
  /** Keyed: per compared column, how many changed rows differ in it; most first, columns without changes left out. */
  changedColumns: { column: string; rows: number }[];
  /** The `target` setting, or null. */
  target: string | null;
  /** Keyed with a target: the most frequent changes of the target on rows present on both sides (at most 10). */
  labelFlips: { from: string; to: string; count: number }[];
  /** Rows whose key equals an earlier row's key on the same side. */
  duplicateKeys: { reference: number; candidate: number };
  /** Rows equal (over the compared columns) to an earlier row on the same side; null when not checked. */
  duplicateRows: { reference: number; candidate: number } | null;
  /** Columns present on both sides whose rows were compared (the key columns included). */
  comparedColumns: number;
  /** Columns present on both sides that could not be compared cell by cell (values not kept, e.g. an identifier column configured as such). */
  uncomparedColumns: string[];
}

/** Per-class classification metrics (src/checks/performance.ts), as sklearn's classification_report. */
export interface ClassMetrics {
  class: string;
  /** tp / (tp + fp); 0 when the class was never predicted (`precisionIllDefined`). */
  precision: number;
  /** tp / (tp + fn); 0 when the class never occurs in the labels (`recallIllDefined`). */
  recall: number;
  /** 2 tp / (2 tp + fp + fn): the harmonic mean of precision and recall, 0 when both are 0. */
  f1: number;
  /** Rows labelled with this class. */
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
  precisionIllDefined: boolean;
  recallIllDefined: boolean;
}

/** Classification metrics over the rows with both a label and a prediction. */
export interface ClassificationMetrics {
  /** Rows scored. */
  rows: number;
  /** Rows left out because the label or the prediction is missing. */
  skipped: number;
  /** null when no row was scored. */
  accuracy: number | null;
  /** Unweighted mean of the per-class F1 over the union of label and predicted classes; null when no row was scored. */
  macroF1: number | null;
  /** Per class, sorted by class name (the union of label and predicted classes). */
  classes: ClassMetrics[];
}

/** Area under the ROC curve of a binary label against a score. */
export interface RocAuc {
  rows: number;
  skipped: number;
  positives: number;
  negatives: number;
  /** null when one of the classes is absent (undefined, as sklearn's ValueError). */
  auc: number | null;
}

/** Regression metrics over the rows with both a value and a prediction. */
export interface RegressionMetrics {
  rows: number;
  skipped: number;
  /** null when no row was scored. */
  mae: number | null;
  rmse: number | null;
  /** Coefficient of determination; null below 2 rows (as sklearn's NaN). */
  r2: number | null;
}

/** The metrics of one side; each part present when it applies. */
export interface PerformanceMetrics {
  classification?: ClassificationMetrics;
  rocAuc?: RocAuc;
  regression?: RegressionMetrics;
}

export type MetricName = 'accuracy' | 'macroF1' | 'rocAuc' | 'r2' | 'mae' | 'rmse';

/** One metric, reference against candidate (src/checks/performance.ts compareMetrics). */
export interface MetricComparison {
  metric: MetricName;
  /** true for accuracy, macro F1, AUC and R^2; false for the errors MAE and RMSE. */
  higherIsBetter: boolean;
  reference: number | null;
  candidate: number | null;
  /** candidate - reference; null when either is null. */
  change: number | null;
  /** change / |reference|; null when either is null or reference is 0. */
  relativeChange: number | null;
  /** Scores: the absolute drop allowed. Errors: the relative rise allowed. */
  margin: number;
  /** The metric got worse by more than `margin`. */
  dropped: boolean;
}

/** Model performance on each side and its change; absent when no target/prediction pair is configured. */
export interface PerformanceReport {
  /** The label column. */
  target: string;
  /** The prediction (or score) column. */
  prediction: string;
  /** `classification` or `regression` (the setting, or inferred from the target's type). */
  task?: 'classification' | 'regression';
  /** How the prediction was read: predicted labels, scores of the positive class (thresholded at 0.5 for the labels), or values. */
  predictionKind?: 'labels' | 'scores' | 'values';
  /** The positive class when the prediction is a score (the greater class name, as sklearn). */
  positiveClass?: string | null;
  reference: PerformanceMetrics;
  candidate: PerformanceMetrics;
  comparison: MetricComparison[];
  /** Some metric got worse beyond its margin (`performance-margin`; MAE/RMSE: a 10% rise). */
  dropped?: boolean;
}

/** One value of a slice column (src/checks/slices.ts): the rows of each side with that value. */
export interface SliceReport {
  /** The slice column. */
  column: string;
  /** The value (as text; `(missing)` for a missing value). */
  value: string;
  referenceRows: number;
  candidateRows: number;
  /** `compared` when tested; `too-small` when either side has fewer than min-slice-size rows. */
  status: 'compared' | 'too-small';
  /** Features compared within the slice (target, prediction and slice columns excluded). */
  comparedColumns: number;
  /** Feature columns that drifted within the slice. */
  driftedColumns: string[];
  /** drifted / compared features (0 when none compared or too small). */
  driftShare: number;
  /** driftShare reached drift-share. */
  drift: boolean;
  /** Metrics reference against candidate within the slice, when both sides have labels and predictions; else null. */
  performance: MetricComparison[] | null;
  /** Some metric got worse beyond its margin within the slice. */
  performanceDropped: boolean;
}

/** Critical rows (setting `critical`): reference rows that must stay present and unchanged in the candidate. */
export interface CriticalReport {
  /** The `critical` entries as given. */
  entries: string[];
  /** Entries that matched no reference row. */
  unmatched: string[];
  /** Whether rows were matched by `key` (else as whole rows: a changed row counts as removed). */
  keyed: boolean;
  /** Reference rows selected as critical. */
  rows: number;
  /** Critical rows with no match in the candidate (keyed: key absent; not keyed: no equal row). */
  removed: number;
  /** Keyed: critical rows whose key is in the candidate with some cell changed. */
  changed: number;
  /** Up to 20 removed or changed rows: key values (or `line N` of the reference) and the changed columns. */
  examples: { row: string; status: 'removed' | 'changed'; columns: string[] }[];
}

/** The multivariate check (src/multivariate): PCA reconstruction error of the candidate vs held-out reference rows. */
export type MultivariateReport = MultivariateResult;

/** Image folders (src/images): reconstruction error on pixels, the worst images, unreadable files. */
export type ImagesReport = Omit<ImageDriftOk, 'properties'> | Omit<ImageDriftSkipped, 'properties'>;

export interface Report {
  schemaVersion: string;
  tool: { name: 'drift-gate'; version: string };
  generatedAt: string;
  reference: SideInfo;
  candidate: SideInfo;
  /** Effective settings, after defaults, config file and inputs. */
  settings: Record<string, unknown>;
  dataset: DatasetSummary;
  columns: ColumnReport[];
  quality: QualityFinding[];
  /** The training-data diff; absent or null when the sides share no comparable column. */
  diff?: RowDiff | null;
  /** Model performance (target against prediction); absent when not computed. */
  performance?: PerformanceReport | null;
  /** Diagnosis hints in words, from the numbers (target drift, performance, feature drift); absent when none apply. */
  hints?: string[];
  /** Per slice value (setting `slices`); absent when no slice column is set. */
  slices?: SliceReport[];
  /** Critical rows (setting `critical`); absent when none are configured. */
  critical?: CriticalReport;
  /** The multivariate check; absent when `multivariate` is false. */
  multivariate?: MultivariateReport;
  /** Image folders: present when reference and candidate are folders of images. */
  images?: ImagesReport;
  verdict: Verdict;
  reasons: string[];
}
