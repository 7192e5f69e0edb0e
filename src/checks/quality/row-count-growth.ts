/**
 * `row-count-growth`: the candidate has many more rows than the reference (above
 * ROW_COUNT_MAX_RATIO times as many). Message worded here. O(1).
 */
import type { DatasetContext, Emit } from './context.js';
import { formatValue, plural } from './util.js';

/** The candidate has more than this multiple of the reference's rows. */
export const ROW_COUNT_MAX_RATIO = 2;

export function rowCountGrowth({ reference, candidate }: DatasetContext, emit: Emit): void {
  if (reference.rows === 0) return;
  const ratio = candidate.rows / reference.rows;
  if (!(ratio > ROW_COUNT_MAX_RATIO)) return;
  emit(
    `the candidate has ${plural(candidate.rows, 'row')}, ${formatValue(ratio)} times the reference's ${reference.rows}`,
    { referenceRows: reference.rows, candidateRows: candidate.rows, ratio, maxRatio: ROW_COUNT_MAX_RATIO },
  );
}
