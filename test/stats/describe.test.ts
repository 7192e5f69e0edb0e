import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSorted } from '../../src/stats/describe.js';
import { sortFloat64 } from '../../src/stats/sort.js';

/** numpy.mean / numpy.quantile (linear) values by scripts/golden/make_describe_golden.py. */
interface DescribeCase {
  name: string;
  sample: number[];
  count: number;
  mean: number;
  median: number;
  p5: number;
  p95: number;
  min: number;
  max: number;
}
const golden = JSON.parse(
  readFileSync(new URL('../fixtures/golden/describe-golden.json', import.meta.url), 'utf8'),
) as { cases: DescribeCase[] };

/** Relative tolerance: NumPy sums pairwise, we sum left to right (a few ulps apart). */
const RELATIVE = 1e-12;
const close = (got: number, want: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(RELATIVE * Math.max(1, Math.abs(want)));

describe('describeSorted against NumPy', () => {
  it.each(golden.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = describeSorted(sortFloat64(Float64Array.from(c.sample)));
    expect(got).not.toBeNull();
    if (!got) return;
    expect(got.count).toBe(c.count);
    expect(got.min).toBe(c.min);
    expect(got.max).toBe(c.max);
    close(got.mean, c.mean);
    close(got.median, c.median);
    close(got.p5, c.p5);
    close(got.p95, c.p95);
  });
});

describe('describeSorted properties', () => {
  it('is null for an empty sample', () => {
    expect(describeSorted(new Float64Array(0))).toBeNull();
  });
  it('orders min <= p5 <= median <= p95 <= max and keeps the mean inside the range', () => {
    const got = describeSorted(sortFloat64(Float64Array.from([9, -2, 4, 4, 100, 0.5, 7])));
    if (!got) throw new Error('expected a description');
    expect(got.min).toBeLessThanOrEqual(got.p5);
    expect(got.p5).toBeLessThanOrEqual(got.median);
    expect(got.median).toBeLessThanOrEqual(got.p95);
    expect(got.p95).toBeLessThanOrEqual(got.max);
    expect(got.mean).toBeGreaterThanOrEqual(got.min);
    expect(got.mean).toBeLessThanOrEqual(got.max);
  });
  it('stays finite for values near the double range (no overflow in the sum or the interpolation)', () => {
    const got = describeSorted(Float64Array.of(-1.7e308, 1.7e308, 1.7e308));
    if (!got) throw new Error('expected a description');
    for (const value of Object.values(got)) expect(Number.isFinite(value)).toBe(true);
    close(got.mean, 1.7e308 / 3);
    expect(got.p95).toBe(1.7e308);
  });
});
