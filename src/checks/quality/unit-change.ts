/**
 * `unit-change`: a numeric column whose location (median, or mean absolute value when a median is
 * 0) jumped by about a power of ten, with its spread following: a likely unit error (grams written
 * as kilograms). Message worded here. Cost: O(1) on the column's summaries.
 */
import type { ColumnContext, Emit } from './context.js';
import { formatValue } from './util.js';

/** Ratio of candidate to reference location (absolute median) at or beyond this (or 1/this). */
export const UNIT_CHANGE_MIN_RATIO = 8;
/** When both sides have a spread (IQR > 0), it must change by at least this factor the same way. */
export const UNIT_CHANGE_MIN_SCALE_RATIO = Math.sqrt(UNIT_CHANGE_MIN_RATIO);
/** Present values needed on each side. */
export const UNIT_CHANGE_MIN_PRESENT = 5;

/** What a power-of-ten jump of the candidate against the reference usually means. */
const UNIT_HINTS: Readonly<Record<number, string>> = {
  1: 'millimetres written as centimetres',
  2: 'percentages written as fractions, or centimetres as metres',
  3: 'grams written as kilograms',
  [-1]: 'centimetres written as millimetres',
  [-2]: 'fractions written as percentages, or metres as centimetres',
  [-3]: 'kilograms written as grams',
};

export function unitChange(ctx: ColumnContext, emit: Emit): void {
  const pair = ctx.numeric();
  if (pair?.reference.type !== 'numeric' || pair.candidate.type !== 'numeric') return;
  const ref = pair.referenceSummary;
  const cand = pair.candidateSummary;
  if (ref.present < UNIT_CHANGE_MIN_PRESENT || cand.present < UNIT_CHANGE_MIN_PRESENT) return;
  let basis = 'median';
  let refLocation = Math.abs(ref.median);
  let candLocation = Math.abs(cand.median);
  if (refLocation === 0 || candLocation === 0) {
    basis = 'mean absolute value';
    refLocation = ref.meanAbs;
    candLocation = cand.meanAbs;
  }
  if (!(refLocation > 0 && candLocation > 0)) return;
  const ratio = candLocation / refLocation;
  if (!Number.isFinite(ratio) || ratio === 0) return;
  const up = ratio >= UNIT_CHANGE_MIN_RATIO;
  if (!up && ratio > 1 / UNIT_CHANGE_MIN_RATIO) return;
  const refSpread = ref.q3 - ref.q1;
  const candSpread = cand.q3 - cand.q1;
  let scaleRatio: number | null = null;
  if (refSpread > 0 && candSpread > 0) {
    scaleRatio = candSpread / refSpread;
    const agrees = up
      ? scaleRatio >= UNIT_CHANGE_MIN_SCALE_RATIO
      : scaleRatio <= 1 / UNIT_CHANGE_MIN_SCALE_RATIO;
    if (!agrees) return; // the location moved but the spread did not: a shift, not a unit
  }
  const exponent = Math.max(1, Math.round(Math.abs(Math.log10(ratio)))) * (up ? 1 : -1);
  const factor = up ? `x${10 ** exponent}` : `/${10 ** -exponent}`;
  const hint = UNIT_HINTS[exponent];
  const refShown = basis === 'median' ? ref.median : ref.meanAbs;
  const candShown = basis === 'median' ? cand.median : cand.meanAbs;
  emit(
    `likely unit error in '${ctx.name}' (${factor}${hint ? `: e.g. ${hint}` : ''}): ${basis} ${formatValue(refShown)} in the reference, ${formatValue(candShown)} in the candidate (ratio ${formatValue(ratio)})`,
    {
      factor: 10 ** exponent,
      ratio,
      basis,
      reference: refShown,
      candidate: candShown,
      referenceIqr: refSpread,
      candidateIqr: candSpread,
      scaleRatio,
    },
  );
}
