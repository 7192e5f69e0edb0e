/**
 * robustScale against NumPy/SciPy (numpy 1.24, scipy 1.10, computed by hand):
 *   np.median(x); scipy.stats.median_abs_deviation(x) * 1.4826; np.std(y, ddof=1)
 */
import { describe, expect, it } from 'vitest';
import { robustScale } from '../../src/multivariate/tabular.js';

describe('robustScale', () => {
  it('is the median and MAD x 1.4826 (Weight_in_lbs of the first 15 cars in examples/data/train.csv)', () => {
    const weights = Float64Array.from([
      3504, 3693, 3436, 3433, 3449, 4341, 4354, 4312, 4425, 3850, 3090, 4142, 4034, 4166, 3850,
    ]);
    const { center, scale } = robustScale(weights);
    expect(center).toBe(3850); // np.median
    expect(scale).toBeCloseTo(594.5226, 9); // median_abs_deviation(x) * 1.4826
  });

  it('falls back to the sample standard deviation where the MAD is 0, and is null for constants', () => {
    const mostlyZero = Float64Array.from([0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
    const { center, scale } = robustScale(mostlyZero);
    expect(center).toBe(0);
    expect(scale).toBeCloseTo(1.0749676997731399, 14); // np.std(y, ddof=1)
    expect(robustScale(Float64Array.from([5, 5, 5])).scale).toBeNull();
  });
});
