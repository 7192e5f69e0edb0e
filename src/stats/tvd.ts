/**
 * Total variation distance between the reference and candidate shares, in [0, 1]: 0.5 * sum |p - q|.
 *
 * Source: the standard definition; numeric columns use the Sturges bins of both samples together,
 * categorical columns their categories. Cost: O(k) on k shares.
 *
 * @example totalVariation(Float64Array.of(0.5, 0.5), Float64Array.of(0.8, 0.2)) // 0.3
 */
import { shareDistanceTest } from './share-distance.js';

export function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += Math.abs(p[i] - q[i]);
  return 0.5 * s;
}

export const tvdTest = shareDistanceTest({
  id: 'tvd',
  title: 'Total variation distance',
  measure: totalVariation,
});
