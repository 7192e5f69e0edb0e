/**
 * Rare classes: each class (level) of a categorical column compared on its own, against all other
 * classes. A class falling from 2% to 0.2% moves the column's total variation by under 0.02 (far
 * below min-effect), yet it may be the class the model exists to catch; per-class shares show it.
 *
 * A class is flagged when its share changed by at least a factor (halved or doubled by default) AND
 * the change is significant after correcting across the column's classes; a flagged class alone
 * makes the column drift (rule.ts). A class has moved when the change is significant AND meaningful:
 * flagged, or its share moved by at least MOVED_SHARE_OF_MIN_EFFECT x min-effect (2.5 percentage
 * points at the default 0.1). Every moved class is named in the column's explanation (a state
 * rising from 6.6% to 11.5% is not doubled, yet it moved). Pure: counts in, shares out; rule.ts
 * picks and orders the classes, report/wording.ts words them.
 */
import type { ClassShare } from '../../report/model.js';
import type { Correction } from '../../settings/settings.js';
import { fisherExact } from '../../stats/fisher.js';
import type { CategoricalInput } from '../../stats/types.js';
import { twoProportionZ } from '../../stats/z.js';
import { adjustPValues } from './correction.js';
import { isPastThreshold } from './decide.js';

/** Default share ratio (either way) for a class to count as changed: halved or doubled. */
export const RARE_CLASS_FACTOR = 2;

/**
 * A class whose share moved by at least this share of min-effect has moved meaningfully. A column at
 * the min-effect boundary (total variation 0.1 = half the sum of the absolute share changes) moves
 * 20 percentage points of share in all; a class carrying an eighth of that (2.5 points) is one of
 * the few classes that make up such a change, while smaller significant moves are the spread-out
 * counterpart of the large ones.
 */
export const MOVED_SHARE_OF_MIN_EFFECT = 0.25;

/** Fisher's exact test replaces the z-test when an expected count of the class's 2 x 2 table is below this. */
const FISHER_EXPECTED_BELOW = 5;

export interface ClassShareOptions {
  /** Significance level for the adjusted p-value. */
  readonly alpha: number;
  /** Share ratio (candidate / reference, either way) counted as changed; default RARE_CLASS_FACTOR. Must be > 1. */
  readonly factor?: number;
  /** Correction across the column's classes. */
  readonly correction: Correction;
  /** The column's min-effect: a significant share change of MOVED_SHARE_OF_MIN_EFFECT x this counts as moved. */
  readonly minEffect: number;
}

/**
 * Share of each class of a categorical column on both sides, with a test of that class against the
 * rest: the 2 x 2 table [[class, other] in the reference, [class, other] in the candidate] is tested
 * with the pooled two-proportion z-test (`twoProportionZ`), or with Fisher's exact test
 * (`fisherExact`) when any of its expected counts is below 5. The p-values are corrected across the
 * column's classes (`adjustPValues`).
 *
 * `flagged`: candidateShare / referenceShare >= factor or <= 1 / factor (a class absent on one side
 * counts as infinitely changed) AND adjusted p < alpha. `moved`: adjusted p < alpha AND (flagged or
 * |candidateShare - referenceShare| >= MOVED_SHARE_OF_MIN_EFFECT x minEffect). Classes with no value
 * on either side are left out; the result is empty when a side has no values at all. Order: as
 * `input.levels`.
 *
 * Source: the class-vs-rest test is the same z / Fisher choice auto mode makes for binary columns
 * (src/checks/columns/drift.ts); ratio and correction as documented here. Cost: O(levels) z-tests plus the
 * correction's O(levels log levels); Fisher only on tables with an expected count below 5, where its
 * tail sums span at most about sqrt(5 N) tables.
 *
 * @example classShares({ kind: 'categorical', levels: ['a', 'rare'], reference: [3920, 80], candidate: [3992, 8] },
 *   { alpha: 0.05, correction: 'fdr', minEffect: 0.1 }) // 'rare': 2% -> 0.2%, flagged and moved
 */
export function classShares(input: CategoricalInput, options: ClassShareOptions): ClassShare[] {
  const factor = options.factor ?? RARE_CLASS_FACTOR;
  if (!(factor > 1)) throw new Error(`drift-gate bug: rare-class factor must be > 1, got ${factor}`);
  const n1 = sum(input.reference);
  const n2 = sum(input.candidate);
  if (n1 === 0 || n2 === 0) return [];
  const total = n1 + n2;
  const shares: ClassShare[] = [];
  const changed: boolean[] = [];
  input.levels.forEach((level, i) => {
    const x1 = input.reference[i];
    const x2 = input.candidate[i];
    if (x1 + x2 === 0) return;
    const inClass = x1 + x2;
    const smallest = (Math.min(n1, n2) * Math.min(inClass, total - inClass)) / total;
    const pValue =
      smallest < FISHER_EXPECTED_BELOW
        ? fisherExact([
            [x1, n1 - x1],
            [x2, n2 - x2],
          ]).pValue
        : twoProportionZ(x1, n1, x2, n2).pValue;
    shares.push({
      class: level,
      referenceCount: x1,
      candidateCount: x2,
      referenceShare: x1 / n1,
      candidateShare: x2 / n2,
      pValue,
      adjustedPValue: pValue,
      flagged: false,
      moved: false,
    });
    // Ratio of shares compared on exact integer cross-products: (x2 / n2) / (x1 / n1) = x2 n1 / (x1 n2).
    const up = x2 * n1;
    const down = x1 * n2;
    changed.push(x1 === 0 || x2 === 0 || up >= factor * down || down >= factor * up);
  });
  const adjusted = adjustPValues(
    shares.map((s) => s.pValue),
    options.correction,
  );
  const minShareChange = MOVED_SHARE_OF_MIN_EFFECT * options.minEffect;
  shares.forEach((s, i) => {
    s.adjustedPValue = adjusted[i];
    const significant = isPastThreshold('p-value', adjusted[i], options.alpha);
    s.flagged = changed[i] && significant;
    const shareChange = Math.abs(s.candidateShare - s.referenceShare);
    s.moved = significant && (s.flagged || isPastThreshold('distance', shareChange, minShareChange));
  });
  return shares;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
