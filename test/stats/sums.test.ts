/**
 * plainSums (stats/sums.ts): the sums equal the separate passes they replace, term for term in
 * index order (so the same doubles, not merely close ones), and within sharingSums an array is
 * summed once and its sums read back.
 */
import { describe, expect, it } from 'vitest';
import { describeSorted } from '../../src/stats/describe.js';
import { plainSums, sharingSums } from '../../src/stats/sums.js';
import { meanVar } from '../../src/stats/util.js';
import { normals, rng } from '../helpers/random.js';

/** The sums as the separate passes made them before. */
function passes(values: Float64Array): { sum: number; sumAbs: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  let sumAbs = 0;
  for (let i = 0; i < values.length; i++) sumAbs += Math.abs(values[i]);
  return { sum, sumAbs };
}

describe('plainSums', () => {
  it('equals the separate passes exactly, on samples whose sums depend on the order of the terms', () => {
    const random = rng(5);
    for (let trial = 0; trial < 20; trial++) {
      // magnitudes from 1e-8 to 1e8 and both signs: rounding makes any other order differ
      const values = Float64Array.from(
        normals(random, 5_000),
        (v) => v * 10 ** Math.round(16 * random() - 8),
      );
      expect(plainSums(values)).toEqual(passes(values));
    }
    expect(plainSums(new Float64Array(0))).toEqual({ sum: 0, sumAbs: 0 });
  });

  it('keeps the mean and variance of meanVar and describeSorted (numpy two-pass, sum in index order)', () => {
    const values = Float64Array.from(normals(rng(6), 10_001), (v) => 1e6 + v * 1e-3).sort();
    const { sum } = passes(values);
    expect(meanVar(values, 0).mean).toBe(sum / values.length);
    expect(describeSorted(values)?.mean).toBe(sum / values.length);
  });

  it('sums an array once within sharingSums and again outside it', () => {
    const values = Float64Array.of(1, -2, 3);
    const inside = sharingSums(() => {
      const first = plainSums(values);
      values[0] = 100; // the scope's promise broken on purpose: the kept sums show it was not summed again
      return [first, plainSums(values)];
    });
    expect(inside[1]).toBe(inside[0]);
    expect(inside[1]).toEqual({ sum: 2, sumAbs: 6 });
    expect(plainSums(values)).toEqual({ sum: 101, sumAbs: 105 });
  });
});
