/**
 * L-infinity distance between the reference and candidate shares: max |p - q| (the largest change of
 * any one category's or bin's share).
 *
 * Source: the standard definition (as in TFDV's L-infinity drift check); numeric columns use the
 * Sturges bins of both samples together, categorical columns their categories. Cost: O(k).
 *
 * @example lInfinity(Float64Array.of(0.5, 0.5), Float64Array.of(0.8, 0.2)) // 0.3
 */
import { shareDistanceTest } from './share-distance.js';

export function lInfinity(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < p.length; i++) m = Math.max(m, Math.abs(p[i] - q[i]));
  return m;
}

export const lInfinityTest = shareDistanceTest({
  id: 'l-infinity',
  title: 'L-infinity distance',
  measure: lInfinity,
});
