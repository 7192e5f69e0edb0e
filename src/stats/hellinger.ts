/**
 * Hellinger distance between the reference and candidate shares, in [0, 1]:
 * sqrt(0.5 * sum (sqrt p - sqrt q)^2).
 *
 * Source: the standard definition (e.g. Evidently's hellinger_distance); numeric columns use the Sturges
 * bins of both samples together, categorical columns their categories. Cost: O(k) on k shares.
 *
 * @example hellinger(Float64Array.of(1, 0), Float64Array.of(0, 1)) // 1
 */
import { shareDistanceTest } from './share-distance.js';

export function hellinger(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
    s += d * d;
  }
  return Math.sqrt(0.5 * s);
}

export const hellingerTest = shareDistanceTest({
  id: 'hellinger',
  title: 'Hellinger distance',
  measure: hellinger,
});
