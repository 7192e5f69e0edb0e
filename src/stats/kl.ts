/**
 * Kullback-Leibler divergence KL(reference || candidate) = sum p * ln(p / q) (natural log), with
 * empty shares replaced by 1e-4 (EMPTY_BIN_SHARE, no renormalising) so it stays finite.
 *
 * Source: definition as in `scipy.special.rel_entr` summed (scipy.stats.entropy(p, q) without the
 * renormalisation); numeric columns use the Sturges bins of both samples together, categorical columns
 * their categories. Cost: O(k) on k shares.
 *
 * @example klDivergence(Float64Array.of(0.5, 0.5), Float64Array.of(0.9, 0.1)) // ~0.5108
 */
import { EMPTY_BIN_SHARE } from './binning.js';
import { shareDistanceTest } from './share-distance.js';

/** KL(p || q) on shares, zero shares floored to `floor`. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, floor = EMPTY_BIN_SHARE): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] === 0 ? floor : p[i];
    const qi = q[i] === 0 ? floor : q[i];
    s += pi * Math.log(pi / qi);
  }
  return s;
}

export const klTest = shareDistanceTest({
  id: 'kl',
  title: 'Kullback-Leibler divergence',
  measure: (p, q) => klDivergence(p, q),
});
