/**
 * `row-count`: the candidate has far fewer rows than the reference (below ROW_COUNT_MIN_RATIO of
 * them). Message worded here. O(1).
 */
import type { DatasetContext, Emit } from './context.js';
import { formatShare, plural } from './util.js';

/** The candidate has fewer than this share of the reference's rows. */
export const ROW_COUNT_MIN_RATIO = 0.5;

export function rowCount({ reference, candidate }: DatasetContext, emit: Emit): void {
  if (reference.rows === 0) return;
  const ratio = candidate.rows / reference.rows;
  if (!(ratio < ROW_COUNT_MIN_RATIO)) return;
  emit(
    `the candidate has ${plural(candidate.rows, 'row')}, ${formatShare(ratio)} of the reference's ${reference.rows} (below ${formatShare(ROW_COUNT_MIN_RATIO)})`,
    { referenceRows: reference.rows, candidateRows: candidate.rows, ratio, minRatio: ROW_COUNT_MIN_RATIO },
  );
}
