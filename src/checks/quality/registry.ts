/**
 * Every data-quality check, in one explicit object (no registration by import side effect): its
 * id, default severity, what it finds, and how it runs. A check that reads the two Tables runs by
 * its `run` function (family `dataset`: once; family `column`: once per column on both sides, in
 * COLUMN_CHECK_ORDER); the others' findings are made where their data is: `schema` by schema.ts
 * from the column reports, `rows` by src/checks/rows/rows.ts, `images` by unreadable-images.ts.
 * Severities are overridden in one place, severity.ts. The object's order is the order of the
 * "known:" list in error messages: a new check goes at the end.
 *
 * Adding a check: its own file exporting `(ctx, emit) => void` (its message worded there), one
 * entry at the end of QUALITY_CHECKS with its id in DATASET_CHECK_ORDER or COLUMN_CHECK_ORDER, and
 * its test. Nothing else: the plan validates `quality-severity` ids against this object.
 */
import type { Severity } from '../../report/model.js';
import { columnOrder } from './column-order.js';
import { constantColumn } from './constant-column.js';
import type { ColumnContext, ColumnPairKind, DatasetContext, Emit } from './context.js';
import { entirelyMissing } from './entirely-missing.js';
import { missingValues } from './missing-values.js';
import { newCategories } from './new-categories.js';
import { nullLikeCategory } from './null-like-category.js';
import { outOfRange } from './out-of-range.js';
import { rowCount } from './row-count.js';
import { rowCountGrowth } from './row-count-growth.js';
import { typeChange } from './type-change.js';
import { unitChange } from './unit-change.js';
import { vanishedCategories } from './vanished-categories.js';

interface Described {
  readonly id: string;
  /** Errors fail the run unless fail-on is `never`; `quality-severity` overrides it. */
  readonly defaultSeverity: Severity;
  /** What it finds, in one line. */
  readonly finds: string;
}

export type QualityCheckDescriptor = Described &
  (
    | { readonly family: 'dataset'; readonly run: (ctx: DatasetContext, emit: Emit) => void }
    | { readonly family: 'column'; readonly run: (ctx: ColumnContext, emit: Emit) => void }
    | { readonly family: 'schema' | 'rows' | 'images' }
  );

export const QUALITY_CHECKS = {
  schema: {
    id: 'schema',
    defaultSeverity: 'error',
    finds: 'a column missing from the candidate (a new column: warning; a missing target: info)',
    family: 'schema',
  },
  'type-change': {
    id: 'type-change',
    defaultSeverity: 'error',
    finds: "a column's type changed, or its candidate holds text where the reference held numbers or dates",
    family: 'column',
    run: typeChange,
  },
  'column-order': {
    id: 'column-order',
    defaultSeverity: 'info',
    finds: 'the shared columns are in a different order',
    family: 'dataset',
    run: columnOrder,
  },
  'missing-values': {
    id: 'missing-values',
    defaultSeverity: 'warning',
    finds: "a column's share of missing values rose significantly",
    family: 'column',
    run: missingValues,
  },
  'entirely-missing': {
    id: 'entirely-missing',
    defaultSeverity: 'error',
    finds: 'a column with values in the reference has none in the candidate',
    family: 'column',
    run: entirelyMissing,
  },
  'new-categories': {
    id: 'new-categories',
    defaultSeverity: 'warning',
    finds: 'candidate categories the reference never had',
    family: 'column',
    run: newCategories,
  },
  'vanished-categories': {
    id: 'vanished-categories',
    defaultSeverity: 'warning',
    finds: 'reference categories absent from the candidate, unlikely by chance',
    family: 'column',
    run: vanishedCategories,
  },
  'out-of-range': {
    id: 'out-of-range',
    defaultSeverity: 'warning',
    finds: 'more candidate values outside the reference range than chance allows',
    family: 'column',
    run: outOfRange,
  },
  'unit-change': {
    id: 'unit-change',
    defaultSeverity: 'error',
    finds: "a numeric column's location and spread jumped by a power of ten (a likely unit error)",
    family: 'column',
    run: unitChange,
  },
  'constant-column': {
    id: 'constant-column',
    defaultSeverity: 'warning',
    finds: 'a column that varied in the reference holds one value in the candidate',
    family: 'column',
    run: constantColumn,
  },
  'row-count': {
    id: 'row-count',
    defaultSeverity: 'warning',
    finds: 'the candidate has less than half the reference rows',
    family: 'dataset',
    run: rowCount,
  },
  'row-count-growth': {
    id: 'row-count-growth',
    defaultSeverity: 'info',
    finds: 'the candidate has more than twice the reference rows',
    family: 'dataset',
    run: rowCountGrowth,
  },
  'duplicate-rows': {
    id: 'duplicate-rows',
    defaultSeverity: 'warning',
    finds: 'the share of duplicate rows rose',
    family: 'rows',
  },
  'duplicate-keys': {
    id: 'duplicate-keys',
    defaultSeverity: 'warning',
    finds: "rows repeating an earlier row's `key` value",
    family: 'rows',
  },
  'unreadable-images': {
    id: 'unreadable-images',
    defaultSeverity: 'warning',
    finds: 'images that could not be read and were skipped',
    family: 'images',
  },
  'null-like-category': {
    id: 'null-like-category',
    defaultSeverity: 'info',
    finds: 'a text column where a missing-value token (`None`, `NA`, ...) is a frequent category',
    family: 'column',
    run: nullLikeCategory,
  },
} as const satisfies Record<string, QualityCheckDescriptor>;

export type QualityCheckId = keyof typeof QUALITY_CHECKS;

/** Every check id, in the registry's order. */
export const QUALITY_CHECK_IDS: readonly QualityCheckId[] = Object.keys(QUALITY_CHECKS) as QualityCheckId[];

/** The descriptor of a check id, or undefined for an unknown id. */
export function getQualityCheck(id: string): QualityCheckDescriptor | undefined {
  return Object.hasOwn(QUALITY_CHECKS, id) ? QUALITY_CHECKS[id as QualityCheckId] : undefined;
}

/** The order the dataset-level checks run (and report) in, before any column's checks. */
export const DATASET_CHECK_ORDER: readonly QualityCheckId[] = [
  'row-count',
  'row-count-growth',
  'column-order',
];

const EVERY_COLUMN: readonly QualityCheckId[] = ['type-change', 'entirely-missing', 'missing-values'];

/**
 * The order one column's checks run (and report) in, by the kinds of its two sides; a later check
 * may ask whether an earlier one found something (ctx.has).
 */
export const COLUMN_CHECK_ORDER: Readonly<Record<ColumnPairKind, readonly QualityCheckId[]>> = {
  numeric: [...EVERY_COLUMN, 'unit-change', 'out-of-range', 'constant-column'],
  categorical: [
    ...EVERY_COLUMN,
    'constant-column',
    'out-of-range',
    'new-categories',
    'vanished-categories',
    'null-like-category',
  ],
  other: EVERY_COLUMN,
};
