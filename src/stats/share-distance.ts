/**
 * Factory for the distances computed on two share vectors (jensen-shannon, kl, hellinger, tvd,
 * l-infinity): one place turns a StatInput into shares (categories, or Sturges bins for numeric
 * columns, see `distributionShares` in ./binning.ts) and wraps the measure as a StatTest.
 */
import { distributionShares } from './binning.js';
import type { StatTest } from './types.js';
import { isResult, ok } from './util.js';

export function shareDistanceTest(spec: {
  id: string;
  title: string;
  defaultThreshold?: number;
  measure: (p: Float64Array, q: Float64Array) => number;
}): StatTest {
  return {
    id: spec.id,
    title: spec.title,
    columnKinds: ['numeric', 'categorical'],
    scoreKind: 'distance',
    defaultThreshold: spec.defaultThreshold ?? 0.1,
    run(input) {
      const pq = distributionShares(spec.id, input);
      if (isResult(pq)) return pq;
      return ok(spec.measure(pq.p, pq.q), null);
    },
  };
}
