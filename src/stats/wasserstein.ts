/**
 * Normalised Wasserstein (earth mover's) distance: the first Wasserstein distance between the two
 * empirical distributions, divided by the reference's population standard deviation (0.001 when the
 * reference is constant), so the default threshold 0.1 means "moved by a tenth of a standard deviation".
 *
 * Source: `scipy.stats.wasserstein_distance(ref, cand) / numpy.std(ref)` (SciPy 1.10.1
 * `_cdf_distance` with p = 1: integral of |F_ref - F_cand|). Cost: O(n + m) on sorted input
 * (the engine passes sorted samples), else O((n+m) log(n+m)) for the sort.
 *
 * @example wassersteinDistance(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)) // 5
 */

import { ascendingShared, sortedWalk } from './sorted-walk.js';
import type { StatTest } from './types.js';
import { isResult, meanVar, ok, requireNumeric } from './util.js';

/** Reference std used when the reference is constant. */
export const CONSTANT_REFERENCE_STD = 0.001;

/**
 * SciPy's `_cdf_distance(p, u, v)` for unweighted samples: (integral |U - V|^p)^(1/p), computed on the
 * merged sorted values. p = 1 is the Wasserstein distance; energy distance is sqrt(2) * (p = 2).
 */
export function cdfDistance(p: 1 | 2, u: ArrayLike<number>, v: ArrayLike<number>): number {
  // one walk over the distinct pooled values (sorted-walk.ts); no pooled array is built
  const walk = sortedWalk(ascendingShared(u), ascendingShared(v));
  return p === 1 ? walk.absoluteArea : Math.sqrt(walk.squaredArea);
}

/** `scipy.stats.wasserstein_distance(u, v)`. */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return cdfDistance(1, u, v);
}

/** Wasserstein distance divided by the reference population std (0.001 if that is 0). */
export function normalizedWasserstein(reference: Float64Array, candidate: Float64Array): number {
  const sd = Math.sqrt(meanVar(reference, 0).variance);
  return wassersteinDistance(reference, candidate) / (sd === 0 ? CONSTANT_REFERENCE_STD : sd);
}

export const wassersteinTest: StatTest = {
  id: 'wasserstein',
  title: 'Wasserstein distance (normed)',
  columnKinds: ['numeric'],
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  run(input) {
    const num = requireNumeric('wasserstein', input);
    if (isResult(num)) return num;
    return ok(normalizedWasserstein(num.reference, num.candidate), null);
  },
};
