import { describe, expect, it } from 'vitest';
import { chiSquareTest } from '../../src/stats/chi-square.js';
import { fisherExact, fisherTest } from '../../src/stats/fisher.js';
import { gTestTest } from '../../src/stats/g-test.js';
import type { CategoricalInput, StatTest } from '../../src/stats/types.js';
import { zTest } from '../../src/stats/z.js';
import { categoricalCases, categoricalInput, expectPValue, expectStatistic } from './golden.js';

function run(test: StatTest, input: CategoricalInput) {
  const res = test.run(input);
  expect(res.status).toBe('ok');
  if (res.status !== 'ok') throw new Error(res.reason);
  return res;
}

const cat = (reference: number[], candidate: number[]): CategoricalInput => ({
  kind: 'categorical',
  levels: reference.map((_, i) => `l${i}`),
  reference,
  candidate,
});

describe('chi-square and g-test against scipy.stats.chi2_contingency', () => {
  it.each(categoricalCases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const chi = run(chiSquareTest, categoricalInput(c));
    expectStatistic(chi.statistic, c.chi2_contingency.statistic);
    expectPValue(chi.pValue, c.chi2_contingency.pvalue);
    const g = run(gTestTest, categoricalInput(c));
    expectStatistic(g.statistic, c.g_test.statistic);
    expectPValue(g.pValue, c.g_test.pvalue);
  });
  it.each([chiSquareTest, gTestTest])('$id properties', (test) => {
    const same = run(test, cat([10, 20, 30], [20, 40, 60]));
    expect(same.statistic).toBeCloseTo(0, 12);
    expect(same.pValue).toBeCloseTo(1, 12);
    const shifted = run(test, cat([500, 100], [100, 500]));
    expect(shifted.pValue).toBeLessThan(1e-50);
    const ab = run(test, cat([3, 9, 4], [7, 2, 5]));
    const ba = run(test, cat([7, 2, 5], [3, 9, 4]));
    expect(ab.statistic).toBeCloseTo(ba.statistic, 12);
    expect(test.run(cat([5, 0], [6, 0])).status).toBe('skipped');
    expect(test.run(cat([0, 0], [6, 1])).status).toBe('skipped');
    expect(
      test.run({ kind: 'numeric', reference: Float64Array.of(1), candidate: Float64Array.of(2) }).status,
    ).toBe('skipped');
  });
});

describe('two-proportion z and Fisher against SciPy', () => {
  const binary = categoricalCases.filter((c) => c.levels.length === 2);
  it.each(binary.map((c) => [c.name, c]))('%s', (_name, c) => {
    const z = run(zTest, categoricalInput(c));
    expectStatistic(z.statistic, c.two_proportion_z.statistic);
    expectPValue(z.pValue, c.two_proportion_z.pvalue);
    const f = run(fisherTest, categoricalInput(c));
    expectPValue(f.pValue, c.fisher_exact.pvalue);
  });
  it.each([zTest, fisherTest])('$id properties', (test) => {
    const same = run(test, cat([40, 60], [80, 120]));
    expect(same.pValue).toBeCloseTo(1, 10);
    const shifted = run(test, cat([900, 100], [100, 900]));
    expect(shifted.pValue).toBeLessThan(1e-100);
    const ab = run(test, cat([30, 70], [45, 55]));
    const ba = run(test, cat([45, 55], [30, 70]));
    expect(ab.pValue).toBeCloseTo(ba.pValue as number, 12);
    expect(test.run(cat([1, 2, 3], [1, 2, 3])).status).toBe('skipped');
    expect(test.run(cat([0, 0], [1, 2])).status).toBe('skipped');
  });
  it('fisher: the SciPy docstring example', () => {
    expect(
      fisherExact([
        [8, 2],
        [1, 5],
      ]).pValue,
    ).toBeCloseTo(0.034965034965035, 12);
  });
});
