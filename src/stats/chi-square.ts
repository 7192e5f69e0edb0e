/**
 * Pearson's chi-square test of homogeneity for a categorical column: are the category frequencies of
 * reference and candidate the same?
 *
 * Source: `scipy.stats.chi2_contingency(table, correction=False)` on the 2 x K table (levels with a zero
 * total dropped; skipped with fewer than two levels). Cost: O(K).
 *
 * @example chiSquare([10, 20], [20, 10]) // { statistic: 6.667, pValue: 0.00982 }
 */
import { chi2Contingency, contingencyResult } from './contingency.js';
import type { StatTest } from './types.js';
import { isResult, requireCategorical } from './util.js';

export function chiSquare(
  reference: readonly number[],
  candidate: readonly number[],
): { statistic: number; pValue: number } | null {
  const res = chi2Contingency(reference, candidate, 'pearson');
  return 'skipped' in res ? null : { statistic: res.statistic, pValue: res.pValue };
}

export const chiSquareTest: StatTest = {
  id: 'chi-square',
  title: 'Chi-square',
  columnKinds: ['categorical'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const cat = requireCategorical('chi-square', input);
    if (isResult(cat)) return cat;
    return contingencyResult('chi-square', cat.reference, cat.candidate, 'pearson');
  },
};
