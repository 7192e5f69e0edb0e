/**
 * Descriptive statistics of one sorted sample, in the sample's own units: what a reviewer reads as
 * "median weight 2,800 -> 3,350". Quantiles use NumPy's default definition (`numpy.quantile`,
 * method 'linear', Hyndman & Fan type 7), via `quantileSorted`. Cross-checked against NumPy in
 * test/stats/describe.test.ts (fixture made by scripts/golden/make_describe_golden.py).
 */
import { quantileSorted } from './binning.js';
import { plainSums } from './sums.js';

/** Count, mean, median, 5th/95th percentile, min and max of a sample. */
export interface SampleDescription {
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Arithmetic mean; the terms are divided first when their plain sum overflows. O(n). */
function mean(values: Float64Array): number {
  const n = values.length;
  const { sum } = plainSums(values);
  if (Number.isFinite(sum)) return sum / n;
  let scaled = 0;
  for (let i = 0; i < n; i++) scaled += values[i] / n;
  return scaled;
}

/**
 * Describes an ascending, NaN-free sample (the sorted present values the column tests already
 * use: no sort here); null when it is empty. O(n) for the mean, O(1) for the rest.
 */
export function describeSorted(sorted: Float64Array): SampleDescription | null {
  const count = sorted.length;
  if (count === 0) return null;
  return {
    count,
    mean: mean(sorted),
    median: quantileSorted(sorted, 0.5),
    p5: quantileSorted(sorted, 0.05),
    p95: quantileSorted(sorted, 0.95),
    min: sorted[0],
    max: sorted[count - 1],
  };
}
