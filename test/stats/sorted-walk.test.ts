/**
 * The merge walk shared by the KS statistic and the CDF distances (src/stats/sorted-walk.ts): its
 * figures against a direct evaluation of the two ECDFs, and the sharing scope of a column's tests.
 */
import { describe, expect, it } from 'vitest';
import { energyDistance } from '../../src/stats/energy.js';
import { ks2Samp } from '../../src/stats/ks.js';
import { ascendingShared, knownAscending, sharingWalks, sortedWalk } from '../../src/stats/sorted-walk.js';
import { wassersteinDistance } from '../../src/stats/wasserstein.js';
import { normals, rng } from '../helpers/random.js';

/** F(x) of sorted `s`: the share of values <= x. O(log n). */
function ecdf(s: Float64Array, x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo / s.length;
}

describe('sortedWalk', () => {
  it('equals the ECDF differences evaluated at every pooled value (ties included)', () => {
    const a = normals(rng(3), 700)
      .map((v) => Math.round(v * 4) / 4)
      .sort();
    const b = normals(rng(4), 500, 0.3)
      .map((v) => Math.round(v * 4) / 4)
      .sort();
    const pooled = [...new Set([...a, ...b])].sort((x, y) => x - y);
    let max = -Infinity;
    let min = Infinity;
    let absolute = 0;
    let squared = 0;
    pooled.forEach((x, k) => {
      const difference = ecdf(a, x) - ecdf(b, x);
      max = Math.max(max, difference);
      min = Math.min(min, difference);
      if (k + 1 < pooled.length) {
        absolute += Math.abs(difference) * (pooled[k + 1] - x);
        squared += difference * difference * (pooled[k + 1] - x);
      }
    });
    const walk = sortedWalk(a, b);
    expect(walk.maxDifference).toBeCloseTo(max, 14);
    expect(walk.minDifference).toBeCloseTo(min, 14);
    expect(walk.absoluteArea).toBeCloseTo(absolute, 12);
    expect(walk.squaredArea).toBeCloseTo(squared, 12);
  });

  it('is made once per pair inside sharingWalks, and afresh outside', () => {
    const a = normals(rng(5), 300).sort();
    const b = normals(rng(6), 200).sort();
    const outside = sortedWalk(a, b);
    expect(sortedWalk(a, b)).not.toBe(outside);
    sharingWalks(() => {
      const first = sortedWalk(a, b);
      expect(sortedWalk(a, b)).toBe(first);
      expect(sortedWalk(b, a)).not.toBe(first);
      // a nested scope shares nothing with its outer one, which is back afterwards
      sharingWalks(() => expect(sortedWalk(a, b)).not.toBe(first));
      expect(sortedWalk(a, b)).toBe(first);
      expect(first).toEqual(outside);
    });
  });

  it('gives the KS statistic, Wasserstein and energy distances the same doubles shared or not', () => {
    const a = normals(rng(7), 20_000).sort();
    const b = normals(rng(8), 15_000, 0.05, 1.1).sort();
    const alone = [ks2Samp(a, b).statistic, wassersteinDistance(a, b), energyDistance(a, b)];
    const together = sharingWalks(() => [
      ks2Samp(a, b).statistic,
      wassersteinDistance(a, b),
      energyDistance(a, b),
    ]);
    expect(together).toEqual(alone);
  });

  it('takes an array the scope knows to be in order as it is, and sorts a copy of anything else', () => {
    const unsorted = Float64Array.of(3, 1, 2);
    expect(Array.from(ascendingShared(unsorted))).toEqual([1, 2, 3]);
    sharingWalks(() => {
      // the scope's promise: an array recorded as in order is not checked again
      knownAscending(unsorted);
      expect(ascendingShared(unsorted)).toBe(unsorted);
      const other = Float64Array.of(2, 1);
      const sorted = ascendingShared(other);
      expect(Array.from(sorted)).toEqual([1, 2]);
      expect(ascendingShared(sorted)).toBe(sorted);
    });
    expect(ascendingShared(unsorted)).not.toBe(unsorted);
  });
});
