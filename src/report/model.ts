/**
 * The JSON report: the public contract (DESIGN.md "Public contract"). Bump SCHEMA_VERSION on any
 * breaking change and keep docs/report.schema.json in step (a test validates real reports).
 */
import type { ColumnType } from '../data/table.js';
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
  verdict: Verdict;
  reasons: string[];
}
