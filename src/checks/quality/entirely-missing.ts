/**
 * `entirely-missing`: a column with values in the reference has none in the candidate. When it
 * finds this, the column's later checks find nothing (they need values). Message worded here. O(1).
 */
import type { ColumnContext, Emit } from './context.js';
import { formatShare, plural } from './util.js';

export function entirelyMissing(ctx: ColumnContext, emit: Emit): void {
  const { name, referencePresent, referenceRows, candidateRows, candidatePresent } = ctx;
  if (!(referencePresent > 0 && candidateRows > 0 && candidatePresent === 0)) return;
  emit(
    `'${name}' is entirely missing in the candidate (all ${plural(candidateRows, 'row')}); ${formatShare(referencePresent / referenceRows)} of reference rows have a value`,
    {
      referencePresent,
      referenceMissingShare: ctx.reference.missing / referenceRows,
      candidateRows,
      candidateMissingShare: 1,
    },
  );
}
