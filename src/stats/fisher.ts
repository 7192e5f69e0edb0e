/**
 * Fisher's exact test for a binary column (exactly two levels), two-sided, on the 2 x 2 table
 * [[reference level 1, reference level 2], [candidate level 1, candidate level 2]].
 *
 * Source: `scipy.stats.fisher_exact(table, alternative='two-sided')` (SciPy 1.10.1): the p-value sums
 * the hypergeometric probabilities of all tables no more likely than the observed one, found by a
 * binary search on the far side of the mode. SciPy treats probabilities within a relative 1e-14 of
 * the observed one as ties (gamma = 1 + 1e-14), relying on Boost's correctly rounded pmf. Here the pmf
 * comes from log-factorials whose rounding error grows with the table total N (about
 * 1e-16 * ln N!), so ties are decided with relative tolerance max(1e-14, 4e-15 * ln N!): exact ties
 * (e.g. equal sample sizes) are still recognised, as in SciPy.
 * Cost: O(N) in the worst case (tail sums), O(log N) pmf evaluations for the search.
 *
 * @example fisherExact([[8, 2], [1, 5]]) // pValue ~0.03497
 */
import { lnFactorial } from './distributions/log-factorial.js';
import type { StatTest } from './types.js';
import { isResult, ok, requireCategorical, skipped } from './util.js';

/** Hypergeometric distribution: population `total`, `good` successes in it, `draws` draws. */
class Hypergeom {
  readonly lo: number;
  readonly hi: number;
  private readonly lnNorm: number;
  constructor(
    private readonly total: number,
    private readonly good: number,
    private readonly draws: number,
  ) {
    this.lo = Math.max(0, draws - (total - good));
    this.hi = Math.min(good, draws);
    this.lnNorm = lnFactorial(total) - lnFactorial(draws) - lnFactorial(total - draws);
  }
  logPmf(k: number): number {
    if (k < this.lo || k > this.hi) return Number.NEGATIVE_INFINITY;
    const bad = this.total - this.good;
    return (
      lnFactorial(this.good) -
      lnFactorial(k) -
      lnFactorial(this.good - k) +
      lnFactorial(bad) -
      lnFactorial(this.draws - k) -
      lnFactorial(bad - this.draws + k) -
      this.lnNorm
    );
  }
  pmf(k: number): number {
    return Math.exp(this.logPmf(k));
  }
  /** P(X <= k), summed from the far tail towards k (small terms first). */
  cdf(k: number): number {
    let s = 0;
    for (let j = this.lo; j <= Math.min(k, this.hi); j++) s += this.pmf(j);
    return Math.min(1, s);
  }
  /** P(X > k), summed from the far tail towards k. */
  sf(k: number): number {
    let s = 0;
    for (let j = this.hi; j >= Math.max(k + 1, this.lo); j--) s += this.pmf(j);
    return Math.min(1, s);
  }
}

/** SciPy's `_binary_search_for_binom_tst`: index i in [lo, hi] with a(i) <= d < a(i+1). */
function binarySearch(a: (x: number) => number, d: number, lo0: number, hi0: number): number {
  let lo = lo0;
  let hi = hi0;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const midval = a(mid);
    if (midval < d) lo = mid + 1;
    else if (midval > d) hi = mid - 1;
    else return mid;
  }
  return a(lo) <= d ? lo : lo - 1;
}

/** Two-sided Fisher exact test p-value for the 2 x 2 table [[a, b], [c, d]]. */
export function fisherExact(table: readonly [readonly [number, number], readonly [number, number]]): {
  oddsRatio: number;
  pValue: number;
} {
  const [[c00, c01], [c10, c11]] = table;
  if (c00 + c01 === 0 || c10 + c11 === 0 || c00 + c10 === 0 || c01 + c11 === 0) {
    return { oddsRatio: Number.NaN, pValue: 1.0 };
  }
  const oddsRatio = c10 > 0 && c01 > 0 ? (c00 * c11) / (c10 * c01) : Number.POSITIVE_INFINITY;
  const n1 = c00 + c01;
  const n2 = c10 + c11;
  const n = c00 + c10;
  const total = n1 + n2;
  const h = new Hypergeom(total, n1, n);
  // Ties in probability: relative tolerance on the log scale (see the module comment).
  const tol = Math.max(1e-14, 4e-15 * lnFactorial(total));
  const lnExact = h.logPmf(c00);
  const mode = Math.trunc(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
  const lnMode = h.logPmf(mode);
  if (Math.abs(lnExact - lnMode) <= tol) return { oddsRatio, pValue: 1.0 };
  // SciPy compares pmf(x) with pexact * gamma; here log pmf(x) - log pexact with log(gamma) = tol.
  const above = (x: number) => h.logPmf(x) - lnExact - tol;
  let pvalue: number;
  if (c00 < mode) {
    const plower = h.cdf(c00);
    if (above(n) > 0) return { oddsRatio, pValue: Math.min(1, plower) };
    const guess = binarySearch((x) => -above(x), 0, mode, n);
    pvalue = plower + h.sf(guess);
  } else {
    const pupper = h.sf(c00 - 1);
    if (above(0) > 0) return { oddsRatio, pValue: Math.min(1, pupper) };
    const guess = binarySearch(above, 0, 0, mode);
    pvalue = pupper + h.cdf(guess);
  }
  return { oddsRatio, pValue: Math.min(pvalue, 1.0) };
}

export const fisherTest: StatTest = {
  id: 'fisher',
  title: "Fisher's exact test",
  columnKinds: ['categorical'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const cat = requireCategorical('fisher', input);
    if (isResult(cat)) return cat;
    if (cat.levels.length !== 2) return skipped('fisher applies to binary columns (exactly two levels) only');
    if (cat.reference[0] + cat.reference[1] === 0 || cat.candidate[0] + cat.candidate[1] === 0) {
      return skipped('fisher requires at least one value in each sample');
    }
    const res = fisherExact([
      [cat.reference[0], cat.reference[1]],
      [cat.candidate[0], cat.candidate[1]],
    ]);
    // The statistic is the sample odds ratio (Infinity when an off-diagonal cell is 0); SciPy's NaN for
    // a table with an empty column is reported as 1 (no association), since results are never NaN.
    return ok(Number.isNaN(res.oddsRatio) ? 1 : res.oddsRatio, res.pValue);
  },
};
