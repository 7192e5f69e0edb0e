/**
 * Multiple-testing corrections across columns (DESIGN.md: "Many columns, many chances").
 */
import type { Correction } from '../../settings/settings.js';

/**
 * Adjusted p-values for a family of tests, in input order. `fdr` is Benjamini-Hochberg
 * (step-up, as `scipy.stats.false_discovery_control(p, method='bh')` and statsmodels'
 * `multipletests(method='fdr_bh')`), `bonferroni` multiplies by the family size; both are capped
 * at 1. Cost O(k log k) for k p-values.
 */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  const count = pValues.length;
  if (correction === 'none' || count === 0) return [...pValues];
  if (correction === 'bonferroni') return pValues.map((p) => Math.min(1, p * count));
  const order = pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(count);
  let runningMin = 1;
  for (let rank = count; rank >= 1; rank--) {
    const index = order[rank - 1];
    runningMin = Math.min(runningMin, pValues[index] * (count / rank));
    adjusted[index] = runningMin;
  }
  return adjusted;
}
