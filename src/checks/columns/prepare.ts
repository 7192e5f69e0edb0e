/**
 * Turns a column of each side into what the statistical tests take: sorted present values for
 * numeric columns, counts over the union of levels for categorical ones. Missing values are
 * dropped here, in one place (DESIGN.md practice 7); their share is tested separately.
 */
import type { CategoricalColumn, NumericColumn } from '../../data/table.js';
import { quantileSorted } from '../../stats/binning.js';
import { describeSorted, type SampleDescription } from '../../stats/describe.js';
import { sortedPresent } from '../../stats/sort.js';
import { plainSums } from '../../stats/sums.js';
import type { CategoricalInput, NumericInput } from '../../stats/types.js';
import { searchLeft, searchRight } from '../../stats/util.js';

/**
 * Numeric columns with at most this many distinct present values (both sides together) are
 * compared as categories: a KS test on a handful of values is dominated by ties.
 */
export const MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC = 5;

/** Present-value summary of a numeric column side, from its sorted present values. */
export interface NumericSummary {
  present: number;
  min: number;
  max: number;
  median: number;
  q1: number;
  q3: number;
  /** Mean of absolute values. */
  meanAbs: number;
}

/**
 * The summary of every column sorted so far: the quality checks read it after the drift test has
 * dropped the sorted array, so no column is sorted twice and no sorted copy is kept (each is the
 * size of the column). Weak: it goes with the column.
 */
const summaries = new WeakMap<NumericColumn, NumericSummary | null>();

/** Min, max, quartiles and mean absolute value of sorted present values; null when none. O(n). */
function summarizeSorted(sorted: Float64Array): NumericSummary | null {
  const count = sorted.length;
  if (count === 0) return null;
  const { sumAbs } = plainSums(sorted);
  return {
    present: count,
    min: sorted[0],
    max: sorted[count - 1],
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    meanAbs: sumAbs / count,
  };
}

/**
 * Which of the two sort buffers a sorted column goes to: the reference and the candidate side of
 * one column pair are held at once, never more.
 */
export type SortSlot = 0 | 1;

/**
 * The sort buffers, kept between columns (one pair per thread) and grown to the longest column:
 * a fresh array per column and side left a column's worth of garbage each time, which the
 * collector let pile up (5M rows x 20 columns: gigabytes).
 */
const sortBuffers: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];

/**
 * Present values of a numeric column, sorted ascending (radix sort, O(n)), in sort buffer `slot`:
 * valid until the next call with the same slot, so the caller uses it for this column only and
 * keeps no reference. Records the column's summary (presentSummary).
 */
export function presentSorted(column: NumericColumn, slot: SortSlot): Float64Array {
  const present = column.values.length - column.missing;
  if (sortBuffers[slot].length < present) sortBuffers[slot] = new Float64Array(present);
  const sorted = sortedPresent(column.values, sortBuffers[slot]);
  summaries.set(column, summarizeSorted(sorted));
  return sorted;
}

/**
 * Sorted present values of reference columns kept for more candidates against the same reference
 * (the periods of one run: engine/periods.ts makes one per run and passes it down explicitly), by
 * column (weakly): one sorted copy of the reference's numeric columns, instead of one sort per
 * column and candidate.
 */
export interface SortedReference {
  readonly byColumn: WeakMap<NumericColumn, Float64Array>;
  /** The report's before values of each column (describeSorted of its sorted values). */
  readonly described: WeakMap<NumericColumn, SampleDescription | null>;
  /** How many columns were sorted (tests read it). */
  made: number;
}

/** An empty SortedReference, for one run. */
export function sortedReference(): SortedReference {
  return { byColumn: new WeakMap(), described: new WeakMap(), made: 0 };
}

/**
 * presentSorted for a reference column (sort buffer 0), or with `kept`: the array kept for the
 * column, else its present values sorted now into an array of their own, kept there. Records the
 * column's summary like presentSorted. The caller must not write to the array. O(n) when sorted.
 */
export function referenceSorted(column: NumericColumn, kept: SortedReference | undefined): Float64Array {
  if (!kept) return presentSorted(column, 0);
  const known = kept.byColumn.get(column);
  if (known) return known;
  const sorted = sortedPresent(column.values, new Float64Array(column.values.length - column.missing));
  summaries.set(column, summarizeSorted(sorted));
  kept.byColumn.set(column, sorted);
  kept.made++;
  return sorted;
}

/** describeSorted of a reference column's `sorted` values (referenceSorted), kept in `kept` when given. O(n) when made. */
export function referenceDescription(
  column: NumericColumn,
  sorted: Float64Array,
  kept: SortedReference | undefined,
): SampleDescription | null {
  if (!kept) return describeSorted(sorted);
  if (kept.described.has(column)) return kept.described.get(column) ?? null;
  const description = describeSorted(sorted);
  kept.described.set(column, description);
  return description;
}

/** The summary of a numeric column's present values (null when none): recorded by its sort, else sorted now. */
export function presentSummary(column: NumericColumn): NumericSummary | null {
  const known = summaries.get(column);
  if (known !== undefined) return known;
  return summarizeSorted(presentSorted(column, 0));
}

/**
 * The summary recorded for a column by its sort (null: no present values), or undefined when it
 * was not sorted in this thread: a worker that tested the column sends it back with its results.
 */
export function recordedSummary(column: NumericColumn): NumericSummary | null | undefined {
  return summaries.get(column);
}

/** Records a column's summary computed in another thread (see recordedSummary), so it is not sorted again here. */
export function recordSummary(column: NumericColumn, summary: NumericSummary | null): void {
  summaries.set(column, summary);
}

/** How many of a candidate column's values lie below the reference's smallest present value, and above its largest. */
export interface OutsideRange {
  readonly below: number;
  readonly above: number;
}

/**
 * The candidate's counts outside the reference's range, recorded by the pair's drift test while
 * both sorted samples were at hand (the out-of-range quality check reads them instead of a pass
 * over the candidate's values), with the reference column they were counted against. Weak.
 */
const outsideRanges = new WeakMap<NumericColumn, { reference: NumericColumn; outside: OutsideRange }>();

/**
 * The values of sorted `candidate` below `reference[0]` and above its last value (both sorted
 * present values; NaN is in neither, and counts in neither way, as in a pass with `<` and `>`).
 * Null when the reference has no values. O(log n).
 */
export function outsideRange(reference: Float64Array, candidate: Float64Array): OutsideRange | null {
  if (reference.length === 0) return null;
  const max = reference[reference.length - 1];
  return {
    below: searchLeft(candidate, reference[0]),
    above: candidate.length - searchRight(candidate, max),
  };
}

/** Records the candidate column's counts outside the reference column's range (see outsideRanges). */
export function recordOutsideRange(
  reference: NumericColumn,
  candidate: NumericColumn,
  outside: OutsideRange,
): void {
  outsideRanges.set(candidate, { reference, outside });
}

/** The counts recorded for this pair (recordOutsideRange), or undefined when none were. */
export function recordedOutsideRange(
  reference: NumericColumn,
  candidate: NumericColumn,
): OutsideRange | undefined {
  const known = outsideRanges.get(candidate);
  return known?.reference === reference ? known.outside : undefined;
}

/** Distinct values of sorted arrays, up to `limit + 1` (enough to tell "more than limit"). */
function distinctSorted(sorted: readonly Float64Array[], limit: number): number[] {
  const seen = new Set<number>();
  for (const values of sorted) {
    for (let i = 0; i < values.length && seen.size <= limit; i++) {
      if (i === 0 || values[i] !== values[i - 1]) seen.add(values[i]);
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * The input for a numeric column pair: numeric when there are more than
 * MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC distinct values, else counts per value.
 */
export function numericPairInput(
  reference: Float64Array,
  candidate: Float64Array,
): NumericInput | CategoricalInput {
  const distinct = distinctSorted([reference, candidate], MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC);
  if (distinct.length > MAX_DISTINCT_FOR_CATEGORICAL_NUMERIC)
    return { kind: 'numeric', reference, candidate };
  const index = new Map(distinct.map((value, i) => [value, i]));
  const count = (values: Float64Array): number[] => {
    const counts = new Array<number>(distinct.length).fill(0);
    for (let i = 0; i < values.length; i++) counts[index.get(values[i]) as number]++;
    return counts;
  };
  return {
    kind: 'categorical',
    levels: distinct.map((value) => String(value)),
    reference: count(reference),
    candidate: count(candidate),
  };
}

/**
 * The count of each level of every categorical column counted so far (by code; missing values
 * not counted): the drift test of a categorical pair counts both sides, and the quality checks
 * read those counts instead of counting the codes again (at 1M x 20 they counted 12M codes, two
 * or three times a column, about 40 ms at the end of the run). Weak: it goes with the column.
 */
const levelCountsByColumn = new WeakMap<CategoricalColumn, Float64Array>();

/** Count of each level's present values: recorded by the column's drift test, else counted now (and recorded). O(rows) when counted. */
export function levelCounts(column: CategoricalColumn): Float64Array {
  const known = levelCountsByColumn.get(column);
  if (known) return known;
  const counts = new Float64Array(column.levels.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0 && code < counts.length) counts[code]++;
  }
  levelCountsByColumn.set(column, counts);
  return counts;
}

/**
 * The level counts recorded for a column in this thread, or undefined: a worker that tested the
 * column sends them back with its results (recordLevelCounts there).
 */
export function recordedLevelCounts(column: CategoricalColumn): Float64Array | undefined {
  return levelCountsByColumn.get(column);
}

/** Records a column's level counts (counted in another thread, or by its drift test), as levelCounts would count them. */
export function recordLevelCounts(column: CategoricalColumn, counts: ArrayLike<number>): void {
  levelCountsByColumn.set(column, Float64Array.from(counts));
}

/**
 * Counts of both sides over the union of their levels (reference levels first). Records each
 * side's level counts (levelCounts). O(n + levels).
 */
export function categoricalPairInput(
  reference: CategoricalColumn,
  candidate: CategoricalColumn,
): CategoricalInput {
  const levels = [...reference.levels];
  const position = new Map(levels.map((level, i) => [level, i]));
  const candidateToUnion = candidate.levels.map((level) => {
    let at = position.get(level);
    if (at === undefined) {
      at = levels.length;
      levels.push(level);
      position.set(level, at);
    }
    return at;
  });
  const referenceCounts = new Array<number>(levels.length).fill(0);
  const candidateCounts = new Array<number>(levels.length).fill(0);
  const codesRef = reference.codes;
  for (let i = 0; i < codesRef.length; i++) if (codesRef[i] >= 0) referenceCounts[codesRef[i]]++;
  const perCandidateLevel = new Array<number>(candidate.levels.length).fill(0);
  const codesCand = candidate.codes;
  for (let i = 0; i < codesCand.length; i++) if (codesCand[i] >= 0) perCandidateLevel[codesCand[i]]++;
  perCandidateLevel.forEach((count, level) => {
    candidateCounts[candidateToUnion[level]] += count;
  });
  // a code past a side's levels would be counted in the union but not by levelCounts: none is kept
  recordLevelCounts(reference, referenceCounts.slice(0, reference.levels.length));
  recordLevelCounts(candidate, perCandidateLevel);
  return { kind: 'categorical', levels, reference: referenceCounts, candidate: candidateCounts };
}
