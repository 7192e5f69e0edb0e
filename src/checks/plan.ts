/**
 * The plan of one comparison, as plain data (cloneable to a worker): which columns are compared,
 * their roles, types and tests, and which checks run with which options. Made and validated once
 * by src/engine/plan.ts from the Settings and the two Tables; the checks receive the plan (or the
 * part they need), never the Settings. Every column name in it exists where the check needs it.
 */
import type { ColumnType } from '../data/table.js';
import type { ColumnRole } from '../report/model.js';
import type { Correction, FailOn, SeverityChoice, Task } from '../settings/settings.js';
import type { SliceSpec } from './labels/slice-filter.js';

/** The test a column gets for one kind of values: `auto` or a registry test id, and its threshold (null: the test's default). */
export interface TestChoice {
  readonly test: string;
  readonly threshold: number | null;
}

/** Smallest and largest present value of each side (datetime: epoch ms); null when a side has none. */
export interface ValueRange {
  readonly reference: { readonly min: number | null; readonly max: number | null };
  readonly candidate: { readonly min: number | null; readonly max: number | null };
}

/** One compared column. */
export interface ColumnSpec {
  readonly name: string;
  /** `identifier` and `time` columns are not tested (their `range` is shown) nor used by the multivariate check. */
  readonly role: ColumnRole;
  /** Identifier and time columns: the value range of each side. */
  readonly range?: ValueRange;
  /** The reference's type (the candidate's for a column only the candidate has). */
  readonly type: ColumnType;
  readonly sides: 'both' | 'reference' | 'candidate';
  /** By the kind the values are compared as (decided when they are prepared: a date is numeric). */
  readonly tests: { readonly numeric: TestChoice; readonly categorical: TestChoice };
}

/** What the column tests share: significance, effect size, correction, missing share. */
export interface DriftOptions {
  readonly alpha: number;
  readonly minEffect: number;
  readonly correction: Correction;
  readonly missingShareChange: number;
}

/** Row checks (duplicates, diff): `key` columns are on both sides with values kept; `target` is not a key column. */
export interface RowChecksPlan {
  readonly key: readonly string[] | null;
  readonly target: string | null;
}

export interface MultivariatePlan {
  readonly enabled: boolean;
  /** The compared features (target and prediction left out). */
  readonly features: readonly string[];
  readonly varianceShare: number;
  readonly minIncrease: number;
}

/** Target and prediction (each on at least one side, never the same column). */
export interface LabelsPlan {
  readonly target: string | null;
  readonly prediction: string | null;
  /** Null: inferred from the target's type. */
  readonly task: Task | null;
  readonly performanceMargin: number;
  readonly failOnTargetDrift: boolean;
}

/** Slices (each column on at least one side, each filter valid for its column's type on both sides). */
export interface SlicesPlan {
  readonly specs: readonly SliceSpec[];
  readonly minSize: number;
}

/** One `critical` entry: the reference rows whose `column` reads `value`. */
export interface CriticalEntry {
  readonly entry: string;
  readonly column: string;
  readonly value: string;
}

export interface CriticalPlan {
  readonly entries: readonly CriticalEntry[];
  /** The `key` columns (matched rows are compared by key when both sides have them all). */
  readonly key: readonly string[];
}

/** `quality-severity`, global and per column; check ids are known to the quality registry. */
export interface QualitySeverityPlan {
  readonly global: Readonly<Record<string, SeverityChoice>>;
  readonly perColumn: Readonly<Record<string, Readonly<Record<string, SeverityChoice>>>>;
}

export interface ComparisonPlan {
  /** In comparison order: `columns` (or every column, reference first) minus ignored, then target and prediction. */
  readonly columns: readonly ColumnSpec[];
  /** Names of the compared columns that are features. */
  readonly features: readonly string[];
  readonly drift: DriftOptions;
  /** Share of drifted features at which the dataset drifts. */
  readonly driftShare: number;
  readonly failOn: FailOn;
  readonly labels: LabelsPlan;
  /** Null when the row checks are off (tables of image properties). */
  readonly rows: RowChecksPlan | null;
  readonly multivariate: MultivariatePlan;
  /** Null when no `slices` are set. */
  readonly slices: SlicesPlan | null;
  /** Null when no `critical` rows are set. */
  readonly critical: CriticalPlan | null;
  readonly quality: QualitySeverityPlan;
  /**
   * `ignore-columns` names and `column-settings` keys found in neither table, each with the nearest
   * column name (a likely typo) or null.
   */
  readonly unknownColumns: readonly UnknownColumn[];
}

/** A column name a setting gives that neither table has, and the closest name they do have. */
export interface UnknownColumn {
  readonly setting: 'ignore-columns' | 'column-settings';
  readonly name: string;
  readonly nearest: string | null;
}
