/**
 * What the data-quality checks read: the dataset-level context (both Tables and the column
 * reports) and one column's context, whose numeric and category summaries are computed once, on
 * first use, and shared by the checks of that column. Cost: O(rows) per column for each summary.
 */
import { IDENTIFIER_MIN_PRESENT } from '../../data/infer.js';
import {
  type CategoricalColumn,
  type Column,
  isCategoricalColumn,
  isNumericColumn,
  type NumericColumn,
  type Table,
} from '../../data/table.js';
import type { ColumnReport, Severity } from '../../report/model.js';
import { isDateText, isNumberText, levelCounts, type NumericSummary, summarizeNumeric } from './util.js';

/**
 * Category checks skip identifier-like columns: more than IDENTIFIER_MIN_PRESENT present reference
 * values of which at least this share are distinct (every new row brings new values).
 */
export const CATEGORY_IDENTIFIER_DISTINCT_SHARE = 0.5;

/** The numbers behind a finding (non-finite numbers become null before they reach the report). */
export type FindingValues = Record<string, number | string | null>;

/**
 * Adds one finding of the running check: its message, the numbers behind it and, when the check
 * grades its own finding below its default (e.g. a tiny share), that severity.
 */
export type Emit = (message: string, values: FindingValues, severity?: Severity) => void;

/** What a dataset-level check reads. */
export interface DatasetContext {
  readonly reference: Table;
  readonly candidate: Table;
  readonly columns: readonly ColumnReport[];
}

/** Non-numeric text the loader coerced to missing in a numeric column (from the recorded cells). */
export interface CoercedText {
  count: number;
  examples: string[];
}

/** Per column name, the coerced text of one table. */
export function coercedText(table: Table): Map<string, CoercedText> {
  const byColumn = new Map<string, CoercedText>();
  for (const cell of table.coercedToMissing ?? []) {
    if (isNumberText(cell.text) || isDateText(cell.text)) continue;
    let entry = byColumn.get(cell.column);
    if (!entry) {
      entry = { count: 0, examples: [] };
      byColumn.set(cell.column, entry);
    }
    entry.count++;
    if (entry.examples.length < 3 && !entry.examples.includes(cell.text)) entry.examples.push(cell.text);
  }
  return byColumn;
}

export interface CoercedSides {
  readonly reference: CoercedText | undefined;
  readonly candidate: CoercedText | undefined;
  /** The candidate recorded fewer coerced cells than it counted: counts are lower bounds. */
  readonly candTruncated: boolean;
}

/** Min, max and present count of one side. */
export interface Range {
  min: number;
  max: number;
  present: number;
}

/** Both sides of a numeric column summarised (present values on both sides). */
export interface NumericPair {
  readonly reference: NumericColumn;
  readonly candidate: NumericColumn;
  readonly referenceSummary: NumericSummary;
  readonly candidateSummary: NumericSummary;
}

/** Both sides of a categorical column counted by level (present values on both sides). */
export interface CategoricalPair {
  readonly reference: CategoricalColumn;
  readonly candidate: CategoricalColumn;
  readonly referenceCounts: Float64Array;
  readonly candidateCounts: Float64Array;
  readonly referencePresent: number;
  readonly referenceDistinct: number;
  readonly candidatePresent: number;
  readonly candidateDistinct: number;
  /** Index of a candidate level with values (the only one when candidateDistinct is 1). */
  readonly candidateOnly: number;
  /** Reference level index by text. */
  readonly referenceIndex: ReadonlyMap<string, number>;
  /** Candidate level index by text. */
  readonly candidateIndex: ReadonlyMap<string, number>;
  /** Many distinct values (an identifier): category checks skip the column. */
  readonly identifierLike: boolean;
  /** Ranges of both sides when every present level on both sides is a finite number, else null. */
  readonly numberLevels: { readonly reference: Range; readonly candidate: Range } | null;
}

/** Which kinds the two sides of a column are: decides which checks run, and in what order (registry.ts). */
export type ColumnPairKind = 'numeric' | 'categorical' | 'other';

/** What a column check reads. */
export interface ColumnContext {
  readonly name: string;
  readonly report: ColumnReport;
  readonly reference: Column;
  readonly candidate: Column;
  readonly referenceRows: number;
  readonly candidateRows: number;
  /** Rows with a value on each side. */
  readonly referencePresent: number;
  readonly candidatePresent: number;
  readonly coerced: CoercedSides;
  readonly kind: ColumnPairKind;
  /** Whether an earlier check of this column found something (checks run in the registry's order). */
  has(check: string): boolean;
  /** Numeric summaries of both sides; null unless both sides are numeric and have values. */
  numeric(): NumericPair | null;
  /** Level counts of both sides; null unless both sides are categorical and have values. */
  categorical(): CategoricalPair | null;
}

/** Min, max and present count over the present levels when every one is a finite number, else null. */
function levelRange(column: CategoricalColumn, counts: Float64Array): Range | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let present = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    const text = column.levels[i];
    if (!isNumberText(text)) return null;
    const value = Number(text);
    if (!Number.isFinite(value)) return null;
    if (value < min) min = value;
    if (value > max) max = value;
    present += counts[i];
  }
  return present > 0 ? { min, max, present } : null;
}

function categoricalPair(reference: CategoricalColumn, candidate: CategoricalColumn): CategoricalPair | null {
  const referenceCounts = levelCounts(reference);
  const candidateCounts = levelCounts(candidate);
  let referencePresent = 0;
  let referenceDistinct = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    referencePresent += referenceCounts[i];
    if (referenceCounts[i] > 0) referenceDistinct++;
  }
  let candidatePresent = 0;
  let candidateDistinct = 0;
  let candidateOnly = -1;
  for (let i = 0; i < candidateCounts.length; i++) {
    candidatePresent += candidateCounts[i];
    if (candidateCounts[i] > 0) {
      candidateDistinct++;
      candidateOnly = i;
    }
  }
  if (referencePresent === 0 || candidatePresent === 0) return null;
  const referenceIndex = new Map<string, number>();
  reference.levels.forEach((level, i) => {
    referenceIndex.set(level, i);
  });
  const candidateIndex = new Map<string, number>();
  candidate.levels.forEach((level, i) => {
    candidateIndex.set(level, i);
  });
  const referenceRange = levelRange(reference, referenceCounts);
  const candidateRange = referenceRange ? levelRange(candidate, candidateCounts) : null;
  return {
    reference,
    candidate,
    referenceCounts,
    candidateCounts,
    referencePresent,
    referenceDistinct,
    candidatePresent,
    candidateDistinct,
    candidateOnly,
    referenceIndex,
    candidateIndex,
    identifierLike:
      referencePresent > IDENTIFIER_MIN_PRESENT &&
      referenceDistinct >= CATEGORY_IDENTIFIER_DISTINCT_SHARE * referencePresent,
    numberLevels:
      referenceRange && candidateRange ? { reference: referenceRange, candidate: candidateRange } : null,
  };
}

/** The context of one column present on both sides; `found` holds the checks that found something so far. */
export function columnContext(
  report: ColumnReport,
  reference: Column,
  candidate: Column,
  referenceRows: number,
  candidateRows: number,
  coerced: CoercedSides,
  found: ReadonlySet<string>,
): ColumnContext {
  const referencePresent = referenceRows - reference.missing;
  const candidatePresent = candidateRows - candidate.missing;
  const bothPresent = referencePresent > 0 && candidatePresent > 0;
  // Identifier and time columns move on by design: only the checks of every column run on them.
  const kind: ColumnPairKind =
    report.role === 'identifier' || report.role === 'time'
      ? 'other'
      : isNumericColumn(reference) && isNumericColumn(candidate)
        ? 'numeric'
        : isCategoricalColumn(reference) && isCategoricalColumn(candidate)
          ? 'categorical'
          : 'other';
  let numeric: NumericPair | null | undefined;
  let categorical: CategoricalPair | null | undefined;
  return {
    name: report.name,
    report,
    reference,
    candidate,
    referenceRows,
    candidateRows,
    referencePresent,
    candidatePresent,
    coerced,
    kind,
    has: (check) => found.has(check),
    numeric() {
      if (numeric === undefined) {
        numeric = null;
        if (bothPresent && isNumericColumn(reference) && isNumericColumn(candidate)) {
          const referenceSummary = summarizeNumeric(reference);
          const candidateSummary = summarizeNumeric(candidate);
          if (referenceSummary && candidateSummary)
            numeric = { reference, candidate, referenceSummary, candidateSummary };
        }
      }
      return numeric;
    },
    categorical() {
      if (categorical === undefined) {
        categorical =
          bothPresent && isCategoricalColumn(reference) && isCategoricalColumn(candidate)
            ? categoricalPair(reference, candidate)
            : null;
      }
      return categorical;
    },
  };
}
