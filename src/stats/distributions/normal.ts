/**
 * Standard normal survival function, `scipy.stats.norm.sf(x)` (= `scipy.special.ndtr(-x)`).
 *
 * Computed as `erfc(x / sqrt(2)) / 2` with `@stdlib/math-base-special-erfc`, which keeps full relative
 * precision in the upper tail (norm.sf(10) ~ 7.6e-24). Cost: O(1).
 *
 * @example normalSf(1.96) // ~0.0249979
 */
import erfc from '@stdlib/math-base-special-erfc';

export function normalSf(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}
