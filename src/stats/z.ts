/**
 * Pooled two-proportion z-test for a binary column (exactly two levels): is the share of the first level
 * the same in reference and candidate? z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)) with the pooled
 * share p; z = 0 when the standard error is 0; p-value = 2 * norm.sf(|z|).
 *
 * Source: the textbook pooled z-test (as `statsmodels.stats.proportion.proportions_ztest`), normal tail
 * from `scipy.stats.norm.sf`. Cost: O(1).
 *
 * @example twoProportionZ(480, 1000, 530, 1000) // { statistic: -2.2362, pValue: 0.02534 }
 */
import { normalSf } from './distributions/normal.js';
import type { StatTest } from './types.js';
import { isResult, ok, requireCategorical, skipped } from './util.js';

export function twoProportionZ(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): { statistic: number; pValue: number } {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = se > 0 ? (x1 / n1 - x2 / n2) / se : 0.0;
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

export const zTest: StatTest = {
  id: 'z',
  title: 'Two-proportion z-test',
  columnKinds: ['categorical'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const cat = requireCategorical('z', input);
    if (isResult(cat)) return cat;
    if (cat.levels.length !== 2) return skipped('z applies to binary columns (exactly two levels) only');
    const n1 = cat.reference[0] + cat.reference[1];
    const n2 = cat.candidate[0] + cat.candidate[1];
    if (n1 === 0 || n2 === 0) return skipped('z requires at least one value in each sample');
    const { statistic, pValue } = twoProportionZ(cat.reference[0], n1, cat.candidate[0], n2);
    return ok(statistic, pValue);
  },
};
