/**
 * Energy distance between the two empirical distributions: sqrt(2) * (integral (F_ref - F_cand)^2)^(1/2)
 * (Szekely's energy distance in one dimension, its square root).
 *
 * Source: `scipy.stats.energy_distance(ref, cand)` (SciPy 1.10.1, `_cdf_distance` with p = 2).
 * Cost: O((n+m) log(n+m)).
 *
 * @example energyDistance(Float64Array.of(0), Float64Array.of(1)) // ~1.4142
 */
import type { StatTest } from './types.js';
import { isResult, ok, requireNumeric } from './util.js';
import { cdfDistance } from './wasserstein.js';

export function energyDistance(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return Math.SQRT2 * cdfDistance(2, u, v);
}

export const energyTest: StatTest = {
  id: 'energy',
  title: 'Energy distance',
  columnKinds: ['numeric'],
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  run(input) {
    const num = requireNumeric('energy', input);
    if (isResult(num)) return num;
    return ok(energyDistance(num.reference, num.candidate), null);
  },
};
