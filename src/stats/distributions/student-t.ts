/**
 * Student t survival function, `scipy.stats.t.sf(t, df)` (= `scipy.special.stdtr(df, -t)`).
 *
 * Uses the identity P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2 for t > 0 with the regularized
 * incomplete beta function of `@stdlib/math-base-special-betainc`, so the upper tail keeps full
 * relative precision. Cost: O(1) (continued fraction).
 *
 * @example studentTSf(2.0, 10) // ~0.036694
 */
import betainc from '@stdlib/math-base-special-betainc';

export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (t === 0) return 0.5;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const x = df / (df + t * t);
  const tail = 0.5 * betainc(x, df / 2, 0.5, true, false);
  return t > 0 ? tail : 1 - tail;
}

/** Two-sided p-value 2 * P(T > |t|) (what `ttest_ind` reports), computed without cancellation. */
export function studentTTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (!Number.isFinite(t)) return 0;
  if (t === 0) return 1;
  return Math.min(1, betainc(df / (df + t * t), df / 2, 0.5, true, false));
}
