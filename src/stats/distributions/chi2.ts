/**
 * Chi-square survival function, `scipy.stats.chi2.sf(x, df)` (= `scipy.special.chdtrc(df, x)`).
 *
 * The upper regularized incomplete gamma function Q(df/2, x/2) from
 * `@stdlib/math-base-special-gammainc`, evaluated directly in the upper tail so tiny p-values keep
 * their relative precision. Cost: O(1) (series / continued fraction).
 *
 * @example chi2Sf(3.84, 1) // ~0.0500435
 */
import gammainc from '@stdlib/math-base-special-gammainc';

export function chi2Sf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return gammainc(x / 2, df / 2, true, true);
}
