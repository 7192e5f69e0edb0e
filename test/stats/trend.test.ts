import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannKendall, theilSenSlope } from '../../src/stats/trend.js';

// Made by scripts/golden/make_trend_golden.py (scipy.stats.kendalltau asymptotic, theilslopes).
const golden = JSON.parse(
  readFileSync(new URL('../fixtures/golden/trend-golden.json', import.meta.url), 'utf8'),
) as {
  cases: {
    x: number[];
    y: number[];
    tau: number;
    pTwoSided: number;
    pIncreasing: number;
    theilSenSlope: number;
  }[];
};

describe('Mann-Kendall and Theil-Sen against SciPy', () => {
  it.each(golden.cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const result = mannKendall(c.x, c.y);
    expect(result).not.toBeNull();
    expect(result?.tau).toBeCloseTo(c.tau, 10);
    expect(result?.pTwoSided).toBeCloseTo(c.pTwoSided, 10);
    expect(result?.pIncreasing).toBeCloseTo(c.pIncreasing, 10);
    expect(theilSenSlope(c.x, c.y)).toBeCloseTo(c.theilSenSlope, 10);
  });

  it('has no trend test for fewer than 3 points or a constant series', () => {
    expect(mannKendall([0, 1], [1, 2])).toBeNull();
    expect(mannKendall([0, 1, 2, 3], [5, 5, 5, 5])).toBeNull();
    expect(theilSenSlope([0], [1])).toBeNull();
  });

  it('is symmetric: reversing a series swaps the one-sided p-values', () => {
    const y = [0.1, 0.3, 0.2, 0.5, 0.4, 0.7];
    const x = y.map((_, i) => i);
    const up = mannKendall(x, y);
    const down = mannKendall(x, [...y].reverse());
    expect(up?.pIncreasing).toBeCloseTo(1 - (down?.pIncreasing ?? 0), 12);
  });
});
