/**
 * Jensen-Shannon distance (base 2, in [0, 1]): the square root of the Jensen-Shannon divergence
 * between the reference and candidate shares.
 *
 * Source: `scipy.spatial.distance.jensenshannon(p, q, base=2)` (SciPy 1.10.1); numeric columns use the
 * Sturges bins of both samples together (numpy.histogram_bin_edges(concat, 'sturges')), categorical
 * columns their categories. Cost: O(k) on k shares (plus O(n log k) binning).
 *
 * @example jensenShannon(Float64Array.of(1, 0), Float64Array.of(0, 1)) // 1
 */
import { shareDistanceTest } from './share-distance.js';

function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

/** `jensenshannon(p, q, base)`: p and q are normalised first, as SciPy does. */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>, base = 2): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const m = (pi + qi) / 2.0;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  const js = (left + right) / Math.log(base);
  return Math.sqrt(Math.max(0, js / 2.0));
}

export const jensenShannonTest = shareDistanceTest({
  id: 'jensen-shannon',
  title: 'Jensen-Shannon distance',
  measure: (p, q) => jensenShannon(p, q, 2),
});
