/**
 * `new-categories`: candidate categories the reference never had (identifier-like columns and
 * columns of number levels excepted: see context.ts and out-of-range.ts). Message worded here.
 * New values holding a tiny share (below NOTE_BELOW_SHARE of the candidate's present values and
 * fewer than NOTE_BELOW_ROWS rows, e.g. 1 of 21,024) are a note (severity `info`), not a warning:
 * a stray value is no reason to warn about a whole run. `quality-severity` still overrides both.
 * Cost: O(levels).
 */
import type { ColumnContext, Emit } from './context.js';
import { formatShare, plural } from './util.js';

/** Categories listed by name before "and N more" (also in `vanished-categories`). */
export const MAX_CATEGORIES_LISTED = 5;
/** New values below this share of the candidate's present values (and NOTE_BELOW_ROWS) are a note. */
export const NOTE_BELOW_SHARE = 0.001;
/** New values on fewer rows than this (and below NOTE_BELOW_SHARE) are a note. */
export const NOTE_BELOW_ROWS = 5;

export function newCategories(ctx: ColumnContext, emit: Emit): void {
  if (ctx.has('type-change')) return;
  const pair = ctx.categorical();
  if (!pair || pair.identifierLike || pair.numberLevels) return;
  const { candidate: cand, candidateCounts, referenceCounts, referenceIndex, candidatePresent } = pair;
  const added: { level: string; count: number }[] = [];
  let addedValues = 0;
  for (let i = 0; i < candidateCounts.length; i++) {
    if (candidateCounts[i] === 0) continue;
    const at = referenceIndex.get(cand.levels[i]);
    if (at !== undefined && referenceCounts[at] > 0) continue;
    added.push({ level: cand.levels[i], count: candidateCounts[i] });
    addedValues += candidateCounts[i];
  }
  if (added.length === 0) return;
  added.sort((a, b) => b.count - a.count);
  const listed = added
    .slice(0, MAX_CATEGORIES_LISTED)
    .map((a) => `'${a.level}' (${a.count}, ${formatShare(a.count / candidatePresent)})`);
  const more = added.length - listed.length;
  const share = addedValues / candidatePresent;
  const tiny = share < NOTE_BELOW_SHARE && addedValues < NOTE_BELOW_ROWS;
  emit(
    `${plural(added.length, 'category', 'categories')} in '${ctx.name}' never seen in the reference, ${addedValues} of ${candidatePresent} candidate values (${formatShare(addedValues / candidatePresent)}): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    {
      categories: added.length,
      count: addedValues,
      share: addedValues / candidatePresent,
      candidatePresent,
      top: JSON.stringify(added.slice(0, MAX_CATEGORIES_LISTED).map((a) => [a.level, a.count])),
    },
    tiny ? 'info' : undefined,
  );
}
