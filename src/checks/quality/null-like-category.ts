/**
 * `null-like-category`: a text column where a token that reads like a missing value (`None`,
 * `NA`, ... from `missing-values`) is a frequent category. Such tokens are categories in text
 * columns (a damage level "None" is not missing), so this is a note, for the reader to check.
 * Message worded here. Cost: O(levels).
 */
import type { ColumnContext, Emit } from './context.js';
import { formatShare } from './util.js';

/** Noted when a null-like category holds more than this share of a side's present values. */
export const NULL_LIKE_MIN_SHARE = 0.05;

export function nullLikeCategory(ctx: ColumnContext, emit: Emit): void {
  const pair = ctx.categorical();
  if (!pair || pair.identifierLike) return;
  const sides = [
    { column: pair.reference, counts: pair.referenceCounts, present: pair.referencePresent },
    { column: pair.candidate, counts: pair.candidateCounts, present: pair.candidatePresent },
  ];
  let best: { token: string; share: number } | null = null;
  for (const side of sides) {
    for (const code of side.column.nullLike ?? []) {
      const share = side.present > 0 ? side.counts[code] / side.present : 0;
      if (share > NULL_LIKE_MIN_SHARE && (best === null || share > best.share)) {
        best = { token: side.column.levels[code], share };
      }
    }
  }
  if (best === null) return;
  emit(
    `'${ctx.name}' holds '${best.token}' in ${formatShare(best.share)} of its values: a text column, so '${best.token}' is kept as a category, not counted as missing`,
    { token: best.token, share: best.share },
  );
}
