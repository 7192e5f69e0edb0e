/**
 * `constant-column`: a column that varied in the reference holds one value in the candidate, when
 * that is unlikely by chance (the reference share of the value to the power of the candidate's
 * present count is below CONSTANT_MAX_CHANCE). Numeric and categorical columns. Message worded
 * here. Cost: O(rows) for numeric columns (counting the value in the reference), O(levels) else.
 */
import type { ColumnContext, Emit } from './context.js';
import { formatShare, formatValue, plural } from './util.js';

/** Reported only when the reference share of the value to the power of the candidate's present count is below this. */
export const CONSTANT_MAX_CHANCE = 0.01;
/** The candidate needs at least this many present values (one value is no pattern). */
export const CONSTANT_MIN_PRESENT = 2;

export function constantColumn(ctx: ColumnContext, emit: Emit): void {
  const numeric = ctx.numeric();
  if (numeric) {
    const ref = numeric.referenceSummary;
    const cand = numeric.candidateSummary;
    if (!(ref.min < ref.max && cand.min === cand.max)) return;
    const value = cand.min;
    let same = 0;
    const values = numeric.reference.values;
    for (let i = 0; i < values.length; i++) if (values[i] === value) same++;
    const display =
      numeric.reference.type === 'datetime' ? new Date(value).toISOString() : formatValue(value);
    report(ctx.name, display, same / ref.present, cand.present, emit);
    return;
  }
  if (ctx.has('type-change')) return;
  const pair = ctx.categorical();
  if (!pair || !(pair.referenceDistinct > 1 && pair.candidateDistinct === 1)) return;
  const level = pair.candidate.levels[pair.candidateOnly];
  const at = pair.referenceIndex.get(level);
  const refShare = at === undefined ? 0 : pair.referenceCounts[at] / pair.referencePresent;
  report(ctx.name, level, refShare, pair.candidatePresent, emit);
}

function report(
  name: string,
  value: string,
  referenceShare: number,
  candidatePresent: number,
  emit: Emit,
): void {
  if (candidatePresent < CONSTANT_MIN_PRESENT) return;
  // Chance that every candidate value equals this one if nothing changed: share^present.
  const logChance =
    referenceShare > 0 ? candidatePresent * Math.log(referenceShare) : Number.NEGATIVE_INFINITY;
  if (logChance >= Math.log(CONSTANT_MAX_CHANCE)) return;
  emit(
    `'${name}' became constant: every one of ${plural(candidatePresent, 'candidate value')} is '${value}', which is ${formatShare(referenceShare)} of the reference`,
    { value, candidatePresent, referenceShare },
  );
}
