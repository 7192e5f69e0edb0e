/**
 * `missing-values`: the share of missing values rose, by the column test's missing-share score
 * (significant after correction and at least `missing-share-change`). Message worded here. O(1).
 */
import type { ColumnContext, Emit } from './context.js';
import { formatShare } from './util.js';

export function missingValues(ctx: ColumnContext, emit: Emit): void {
  if (ctx.has('entirely-missing')) return;
  const { report } = ctx;
  const missing = report.missingShare;
  if (!missing?.passed || !(missing.candidate > missing.reference)) return;
  emit(
    `missing values in '${report.name}' rose from ${formatShare(missing.reference)} to ${formatShare(missing.candidate)}`,
    {
      referenceShare: missing.reference,
      candidateShare: missing.candidate,
      referenceMissing: report.reference.missing,
      candidateMissing: report.candidate.missing,
      adjustedPValue: missing.adjustedPValue,
      minChange: missing.minChange,
    },
  );
}
