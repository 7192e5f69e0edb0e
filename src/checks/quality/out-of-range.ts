/**
 * `out-of-range`: more candidate values than chance allows lie outside the reference's range.
 * Numeric columns (unless a unit change explains it), and categorical columns whose levels are all
 * numbers on both sides (integer columns with few distinct values are typed categorical; their
 * new values are checked against the range, not reported as new categories). Message worded here.
 * Cost: O(1) for numeric columns whose drift test counted the values outside (prepare.ts
 * recordOutsideRange, from the sorted samples), else O(rows); O(levels) for categorical ones.
 */
import { type OutsideRange, recordedOutsideRange } from '../columns/prepare.js';
import type { ColumnContext, Emit, Range } from './context.js';
import { formatShare, formatValue } from './util.js';

/** Reported when more than this share of present candidate values is outside the reference range... */
export const OUT_OF_RANGE_MIN_SHARE = 0.01;
/**
 * ...and more than this many divided by the reference's present count: a sample of n values
 * leaves about 2/(n+1) of the same distribution outside its range, and a share above 10/n happens
 * by chance less than once in a thousand, so small references are not flagged for sampling noise.
 */
export const OUT_OF_RANGE_REFERENCE_ALLOWANCE = 10;
/** At least this many values must be outside (a stray value or two in a small candidate is noise). */
export const OUT_OF_RANGE_MIN_COUNT = 5;

export function outOfRange(ctx: ColumnContext, emit: Emit): void {
  const numeric = ctx.numeric();
  if (numeric) {
    if (numeric.reference.type !== 'numeric' || numeric.candidate.type !== 'numeric') return;
    if (ctx.has('unit-change')) return;
    const ref = numeric.referenceSummary;
    // counted by the pair's drift test from its sorted samples, else in one pass here
    const counted =
      recordedOutsideRange(numeric.reference, numeric.candidate) ??
      countOutside(numeric.candidate.values, ref);
    report(ctx.name, counted, ref, numeric.candidateSummary, emit);
    return;
  }
  if (ctx.has('type-change')) return;
  const pair = ctx.categorical();
  if (!pair || pair.identifierLike || !pair.numberLevels) return;
  const { reference: refRange, candidate: candRange } = pair.numberLevels;
  let below = 0;
  let above = 0;
  const counts = pair.candidateCounts;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    const value = Number(pair.candidate.levels[i]);
    if (value < refRange.min) below += counts[i];
    else if (value > refRange.max) above += counts[i];
  }
  report(ctx.name, { below, above }, refRange, candRange, emit);
}

/** The values below `range.min` and above `range.max` (NaN in neither). O(n). */
function countOutside(values: Float64Array, range: Range): OutsideRange {
  let below = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value < range.min) below++;
    else if (value > range.max) above++;
  }
  return { below, above };
}

function report(
  name: string,
  { below, above }: { below: number; above: number },
  ref: Range,
  cand: Range,
  emit: Emit,
): void {
  const outside = below + above;
  const share = outside / cand.present;
  const margin = Math.max(OUT_OF_RANGE_MIN_SHARE, OUT_OF_RANGE_REFERENCE_ALLOWANCE / ref.present);
  if (outside < OUT_OF_RANGE_MIN_COUNT || share <= margin) return;
  const parts: string[] = [];
  if (below > 0) parts.push(`${below} below (down to ${formatValue(cand.min)})`);
  if (above > 0) parts.push(`${above} above (up to ${formatValue(cand.max)})`);
  emit(
    `${outside} of ${cand.present} candidate values in '${name}' (${formatShare(share)}) are outside the reference range [${formatValue(ref.min)}, ${formatValue(ref.max)}]: ${parts.join(', ')}`,
    {
      outside,
      below,
      above,
      share,
      candidatePresent: cand.present,
      referenceMin: ref.min,
      referenceMax: ref.max,
      candidateMin: cand.min,
      candidateMax: cand.max,
      margin,
    },
  );
}
