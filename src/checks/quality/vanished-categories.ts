/**
 * `vanished-categories`: reference categories absent from the candidate when their absence is
 * unlikely by chance (expected at least VANISHED_MIN_EXPECTED times). A candidate reduced to one
 * category is `constant-column` instead. Message worded here. Cost: O(levels).
 */
import type { ColumnContext, Emit } from './context.js';
import { MAX_CATEGORIES_LISTED } from './new-categories.js';
import { formatShare, plural } from './util.js';

/**
 * Only categories the candidate would be expected to hold at least this many times (reference
 * share x candidate present values): absent by chance with probability about e^-10, so even a
 * column with hundreds of categories rarely shows one vanished by chance.
 */
export const VANISHED_MIN_EXPECTED = 10;

export function vanishedCategories(ctx: ColumnContext, emit: Emit): void {
  if (ctx.has('type-change')) return;
  const pair = ctx.categorical();
  if (!pair || pair.identifierLike || pair.numberLevels) return;
  if (pair.candidateDistinct === 1 && pair.referenceDistinct > 1) return; // reported as constant-column
  const { reference: ref, referenceCounts, referencePresent, candidateCounts, candidateIndex } = pair;
  const vanished: { level: string; count: number }[] = [];
  let vanishedValues = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    if (referenceCounts[i] === 0) continue;
    const at = candidateIndex.get(ref.levels[i]);
    if (at !== undefined && candidateCounts[at] > 0) continue;
    const expected = (referenceCounts[i] / referencePresent) * pair.candidatePresent;
    if (expected < VANISHED_MIN_EXPECTED) continue;
    vanished.push({ level: ref.levels[i], count: referenceCounts[i] });
    vanishedValues += referenceCounts[i];
  }
  if (vanished.length === 0) return;
  vanished.sort((a, b) => b.count - a.count);
  const listed = vanished
    .slice(0, MAX_CATEGORIES_LISTED)
    .map((v) => `'${v.level}' (${formatShare(v.count / referencePresent)} of the reference)`);
  const more = vanished.length - listed.length;
  emit(
    `${plural(vanished.length, 'category', 'categories')} of '${ctx.name}' vanished from the candidate, ${formatShare(vanishedValues / referencePresent)} of reference values: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    {
      categories: vanished.length,
      referenceCount: vanishedValues,
      referenceShare: vanishedValues / referencePresent,
      top: JSON.stringify(
        vanished.slice(0, MAX_CATEGORIES_LISTED).map((v) => [v.level, v.count / referencePresent]),
      ),
    },
  );
}
