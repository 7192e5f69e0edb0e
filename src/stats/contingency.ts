/**
 * Shared 2 x K contingency-table test behind `chi-square` and `g-test`:
 * `scipy.stats.chi2_contingency(table, correction=False, lambda_=...)` (SciPy 1.10.1) on the table
 * [reference counts; candidate counts], levels with a zero total dropped. Expected counts are
 * row total * column total / grand total, dof = K - 1, p = chi2.sf(statistic, dof).
 * Cost: O(K).
 *
 * @example chi2Contingency([10, 20], [20, 10], 'pearson') // { statistic: 6.666..., pValue: 0.00982..., dof: 1 }
 */
import { chi2Sf } from './distributions/chi2.js';
import type { StatResult } from './types.js';
import { ok, skipped } from './util.js';

export type PowerDivergence = 'pearson' | 'log-likelihood';

/** xlogy(x, y) = x * log(y), and 0 when x == 0. */
function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

export function chi2Contingency(
  reference: readonly number[],
  candidate: readonly number[],
  lambda: PowerDivergence = 'pearson',
): { statistic: number; pValue: number; dof: number } | { skipped: string } {
  const rows: [number[], number[]] = [[], []];
  for (let j = 0; j < reference.length; j++) {
    if (reference[j] + candidate[j] > 0) {
      rows[0].push(reference[j]);
      rows[1].push(candidate[j]);
    }
  }
  const k = rows[0].length;
  if (k < 2) return { skipped: 'needs at least two levels with values' };
  const rowSums = rows.map((r) => r.reduce((s, v) => s + v, 0));
  if (rowSums[0] === 0 || rowSums[1] === 0) return { skipped: 'needs at least one value in each sample' };
  const totalCount = rowSums[0] + rowSums[1];
  let stat = 0;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < k; j++) {
      const obs = rows[i][j];
      const expected = (rowSums[i] * (rows[0][j] + rows[1][j])) / totalCount;
      stat += lambda === 'pearson' ? (obs - expected) ** 2 / expected : 2.0 * xlogy(obs, obs / expected);
    }
  }
  const dof = k - 1;
  return { statistic: stat, pValue: chi2Sf(stat, dof), dof };
}

/** Runs `chi2Contingency` as a StatResult for a test id. */
export function contingencyResult(
  id: string,
  reference: readonly number[],
  candidate: readonly number[],
  lambda: PowerDivergence,
): StatResult {
  const res = chi2Contingency(reference, candidate, lambda);
  if ('skipped' in res) return skipped(`${id} ${res.skipped}`);
  return ok(res.statistic, res.pValue);
}
