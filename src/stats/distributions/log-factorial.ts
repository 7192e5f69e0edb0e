/**
 * ln(k!) for non-negative integers k, written by hand to avoid a dependency: a table of exact-as-
 * possible products for k <= 170 and Stirling's series for larger k (truncation error below 1e-25).
 * Absolute error about 1e-16 * ln(k!). Cost: O(1) after a 171-entry table.
 *
 * @example lnFactorial(10) // ln(3628800) ~ 15.1044
 */

const TABLE: Float64Array = (() => {
  const t = new Float64Array(171);
  let f = 1;
  t[0] = 0;
  for (let k = 1; k <= 170; k++) {
    f *= k;
    t[k] = Math.log(f);
  }
  return t;
})();

const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

export function lnFactorial(k: number): number {
  if (k < 0 || !Number.isInteger(k)) return Number.NaN;
  if (k <= 170) return TABLE[k];
  const x = k + 1;
  const r = 1 / x;
  const r2 = r * r;
  const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 / 1188))));
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + series;
}

/** ln C(n, k) for integers 0 <= k <= n (-Infinity outside). */
export function lnBinomial(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}
