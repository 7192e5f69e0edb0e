/**
 * The structured results that checks hand to the wording (wording.ts): decisions and reasons as
 * data, no sentences. Checks build these (src/checks/columns/rule.ts, src/checks/verdict.ts); only
 * src/report/ turns them into words. Types only.
 */

import type { ScoreKind } from '../stats/types.js';
import type { ClassShare, MetricComparison, Outcome } from './model.js';

/** One score against its threshold: `value` is the adjusted p-value for a p-value test, else the statistic. */
export interface Criterion {
  readonly test: string;
  readonly kind: ScoreKind;
  /** null when not finite (then it never passes a p-value test and always passes a distance). */
  readonly value: number | null;
  readonly threshold: number;
  readonly passed: boolean;
}

/** What the values of the column say. */
export type ValueDecision =
  | {
      readonly rule: 'auto';
      readonly significance: Criterion;
      readonly effect: Criterion;
      readonly drift: boolean;
    }
  | { readonly rule: 'named'; readonly score: Criterion; readonly drift: boolean };

/** The missing-share criterion: significant (adjusted p < alpha) and large enough (|change| >= minChange). */
export interface MissingShareDecision {
  readonly reference: number;
  readonly candidate: number;
  readonly adjustedPValue: number | null;
  readonly significant: boolean;
  readonly minChange: number;
  readonly drift: boolean;
}

export type DriftCriterion = 'values' | 'rare-class' | 'missing-share';

export interface ColumnDecision {
  readonly drift: boolean;
  /** `fail` when it drifted; `warn` when a criterion is significant but below its minimum effect; else `pass`. */
  readonly outcome: Outcome;
  /** The criteria that fired, in the order the explanation names them. */
  readonly fired: readonly DriftCriterion[];
  /** Whether each input score alone is past its threshold, in input order. */
  readonly passed: readonly boolean[];
  /** null when the values were not compared. */
  readonly values: ValueDecision | null;
  /** The strongest flagged class (auto mode), or null. */
  readonly rareClass: ClassShare | null;
  /** Every class that moved (significant and meaningful, auto mode), largest change of share first. */
  readonly movedClasses: readonly ClassShare[];
  readonly missingShare: MissingShareDecision | null;
}

/**
 * Why a column's values were not compared (the ColumnReport's `reason`), as data. `test-skipped`
 * and `not-comparable` carry a reason already worded by the statistical test or the reader.
 */
export type ColumnSkip =
  | { readonly kind: 'too-sparse'; readonly categories: number; readonly smallerSide: number }
  | { readonly kind: 'type-differs'; readonly reference: string; readonly candidate: string }
  | { readonly kind: 'test-skipped'; readonly message: string }
  | { readonly kind: 'not-comparable'; readonly message: string }
  | { readonly kind: 'missing-in-candidate' }
  | { readonly kind: 'missing-in-reference' }
  | {
      readonly kind: 'role-range';
      readonly role: 'identifier' | 'time';
      readonly reference: string;
      readonly candidate: string;
    };

/** The share of drifted columns, as the verdict's first reason reads it. */
export interface DriftCount {
  readonly drifted: number;
  readonly compared: number;
  readonly share: number;
}

/** One reason for the verdict, as data; wording.ts writes it as one `reasons[]` string. */
export type VerdictReason =
  | {
      readonly kind: 'dataset-drift';
      readonly count: DriftCount;
      readonly drift: boolean;
      readonly threshold: number;
    }
  | { readonly kind: 'column-drift'; readonly count: DriftCount; readonly drift: boolean }
  | { readonly kind: 'never-fails'; readonly count: DriftCount }
  | {
      readonly kind: 'target-drift';
      readonly target: string;
      /** null when it gates the run; else the setting that keeps it from failing the run. */
      readonly notGatingBecause: 'fail-on-never' | 'fail-on-target-drift' | null;
      /** The target column's explanation. */
      readonly explanation: string;
    }
  | { readonly kind: 'performance-dropped'; readonly metrics: readonly MetricComparison[] }
  | {
      readonly kind: 'critical-rows';
      readonly rows: number;
      readonly removed: number;
      readonly changed: number;
      readonly keyed: boolean;
      /** Removed or changed rows, as the critical-rows check lists them. */
      readonly examples: readonly {
        readonly row: string;
        readonly status: string;
        readonly columns: readonly string[];
      }[];
    }
  | {
      readonly kind: 'joint-drift';
      readonly check: 'multivariate' | 'images';
      /** `fail`: drift; `warn`: above the band but below the minimum increase. */
      readonly outcome: 'warn' | 'fail';
      readonly explanation: string;
    }
  | { readonly kind: 'quality-errors'; readonly messages: readonly string[] }
  /** Feature columns significant but below their minimum effect (outcome `warn`). */
  | { readonly kind: 'column-warnings'; readonly columns: readonly string[] }
  | { readonly kind: 'quality-warnings'; readonly messages: readonly string[] }
  /** fail-on is `warning`: the warnings above fail the run. */
  | { readonly kind: 'fail-on-warning' };
