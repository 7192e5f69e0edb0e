/**
 * G-test (log-likelihood ratio test) of homogeneity for a categorical column: G = 2 * sum O ln(O / E).
 *
 * Source: `scipy.stats.chi2_contingency(table, correction=False, lambda_='log-likelihood')` on the 2 x K
 * table (levels with a zero total dropped; skipped with fewer than two levels). Cost: O(K).
 *
 * @example gTest([10, 20], [20, 10]) // { statistic: 6.796, pValue: 0.00914 }
 */
import { chi2Contingency, contingencyResult } from './contingency.js';
import type { StatTest } from './types.js';
import { isResult, requireCategorical } from './util.js';

export function gTest(
  reference: readonly number[],
  candidate: readonly number[],
): { statistic: number; pValue: number } | null {
  const res = chi2Contingency(reference, candidate, 'log-likelihood');
  return 'skipped' in res ? null : { statistic: res.statistic, pValue: res.pValue };
}

export const gTestTest: StatTest = {
  id: 'g-test',
  title: 'G-test',
  columnKinds: ['categorical'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const cat = requireCategorical('g-test', input);
    if (isResult(cat)) return cat;
    return contingencyResult('g-test', cat.reference, cat.candidate, 'log-likelihood');
  },
};
