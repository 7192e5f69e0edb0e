/**
 * Two-sample Kolmogorov-Smirnov test: the largest vertical distance between the two empirical CDFs,
 * D = sup_x |F_ref(x) - F_cand(x)|, with a two-sided p-value.
 *
 * Source: `scipy.stats.ks_2samp(a, b, alternative='two-sided', method='auto')` (SciPy 1.10.1):
 * exact p-value (Hodges 1958 lattice-path counting, see ./distributions/ks-exact.ts) when
 * max(n, m) <= 10000, otherwise the asymptotic `kstwo.sf(D, round(n*m/(n+m)))`; when the exact
 * computation fails it falls back to the asymptotic one, as SciPy does. In exact mode the reported
 * statistic is D rounded to the 1/lcm(n, m) grid (SciPy does the same).
 *
 * Cost: O((n+m) log(n+m)) for sorting (typed-array sort) plus O(n*m*D/gcd) for the exact p-value
 * (at most about 1e8 cheap steps at n = m = 10000 with large D; the n == m case is O(n)).
 *
 * @example ks2Samp(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6, 7)) // { statistic: 1, pValue: 0.05714... }
 */
import { attemptExact2Ksamp } from './distributions/ks-exact.js';
import { kstwoSf } from './distributions/kstwo.js';
import { ascendingShared, sortedWalk } from './sorted-walk.js';
import type { StatTest } from './types.js';
import { gcd, isResult, ok, requireNumeric } from './util.js';

const MAX_AUTO_N = 10000;

export type KsMethod = 'auto' | 'exact' | 'asymp';

/** The KS statistic D of two sorted samples (max |ECDF difference|), with SciPy's sign choice. */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const { maxDifference, minDifference } = sortedWalk(a, b);
  const minClipped = Math.min(1, Math.max(0, -minDifference));
  return Math.max(minClipped, maxDifference);
}

/** `scipy.stats.ks_2samp(a, b)` two-sided. Both samples must be non-empty. */
export function ks2Samp(
  a: Float64Array | readonly number[],
  b: Float64Array | readonly number[],
  method: KsMethod = 'auto',
): { statistic: number; pValue: number } {
  const s1 = ascendingShared(a);
  const s2 = ascendingShared(b);
  const n1 = s1.length;
  const n2 = s2.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks2Samp requires non-empty samples');
  let d = ksStatisticSorted(s1, s2);
  const g = gcd(n1, n2);
  let mode = method;
  if (mode === 'auto') mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  else if (mode === 'exact' && n1 / g >= 2147483647 / (n2 / g)) mode = 'asymp';
  let prob = Number.NaN;
  if (mode === 'exact') {
    const res = attemptExact2Ksamp(n1, n2, g, d);
    d = res.d;
    prob = res.prob;
    if (!res.success) mode = 'asymp';
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    prob = kstwoSf(d, roundHalfEven(en));
  }
  return { statistic: d, pValue: Math.min(1, Math.max(0, prob)) };
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export const ks: StatTest = {
  id: 'ks',
  title: 'Kolmogorov-Smirnov',
  columnKinds: ['numeric'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const num = requireNumeric('ks', input);
    if (isResult(num)) return num;
    const { statistic, pValue } = ks2Samp(num.reference, num.candidate);
    return ok(statistic, pValue);
  },
};
