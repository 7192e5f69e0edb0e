/**
 * Mann-Whitney U test (Wilcoxon rank-sum): does one sample tend to have larger values than the other?
 * Statistic U1 = R1 - n1(n1+1)/2 of the reference (R1 its rank sum in the pooled sample, ties get
 * average ranks); two-sided p-value.
 *
 * Source: `scipy.stats.mannwhitneyu(ref, cand, alternative='two-sided', method='auto')` (SciPy 1.10.1,
 * scipy/stats/_mannwhitneyu.py): exact null distribution when min(n1, n2) <= 8 and there are no ties,
 * otherwise the normal approximation with tie correction and continuity correction.
 * The exact distribution is computed here from the generating function
 * prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i) (Gaussian binomial coefficient), which gives the same counts
 * as SciPy's recursion. Cost: O((n+m) log(n+m)) for ranking, plus O(min(n,m) * n * m) for the exact
 * distribution (only for min(n,m) <= 8).
 *
 * @example mannWhitneyU(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6, 7)) // { statistic: 0, pValue: 0.05714 }
 */
import { lnBinomial } from './distributions/log-factorial.js';
import { normalSf } from './distributions/normal.js';
import { ascending } from './sort.js';
import type { StatTest } from './types.js';
import { isResult, ok, pooledRanksSorted, requireNumeric } from './util.js';

/** P(U >= u) under the null for sample sizes m, n without ties (SciPy's `_mwu_state.sf`). */
export function mwuExactSf(u: number, m: number, n: number): number {
  // sf(u) = cdf(m*n - u) by symmetry; sum counts of U = 0..K.
  const K = m * n - u;
  if (K < 0) return 0;
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const c = new Float64Array(K + 1);
  c[0] = 1;
  for (let i = 1; i <= small; i++) {
    // multiply by (1 - q^(large + i)), truncated at degree K
    const shift = large + i;
    for (let k = K; k >= shift; k--) c[k] -= c[k - shift];
    // divide by (1 - q^i): prefix sums with stride i
    for (let k = i; k <= K; k++) c[k] += c[k - i];
  }
  let s = 0;
  for (let k = 0; k <= K; k++) s += c[k];
  return s / Math.exp(lnBinomial(m + n, m));
}

/** `scipy.stats.mannwhitneyu(a, b)` two-sided with method 'auto'. Both samples must be non-empty. */
export function mannWhitneyU(a: Float64Array, b: Float64Array): { statistic: number; pValue: number } {
  const n1 = a.length;
  const n2 = b.length;
  const { ranksA, ties } = pooledRanksSorted(ascending(a), ascending(b));
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranksA[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = Math.max(u1, u2);
  const hasTies = ties.some((t) => t > 1);
  const exact = !(n1 > 8 && n2 > 8) && !hasTies;
  let p: number;
  if (exact) {
    p = mwuExactSf(Math.trunc(u), n1, n2);
  } else {
    const mu = (n1 * n2) / 2;
    const n = n1 + n2;
    let tieTerm = 0;
    for (const t of ties) tieTerm += t ** 3 - t;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const z = (u - mu - 0.5) / s;
    p = normalSf(z);
  }
  p *= 2;
  return { statistic: u1, pValue: Math.min(1, Math.max(0, p)) };
}

export const mannWhitneyTest: StatTest = {
  id: 'mann-whitney',
  title: 'Mann-Whitney U',
  columnKinds: ['numeric'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const num = requireNumeric('mann-whitney', input);
    if (isResult(num)) return num;
    const res = mannWhitneyU(num.reference, num.candidate);
    return ok(res.statistic, res.pValue);
  },
};
