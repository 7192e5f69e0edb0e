import { describe, expect, it } from 'vitest';
import { hellingerTest } from '../../src/stats/hellinger.js';
import { jensenShannonTest } from '../../src/stats/jensen-shannon.js';
import { klTest } from '../../src/stats/kl.js';
import { lInfinityTest } from '../../src/stats/l-infinity.js';
import { psiTest } from '../../src/stats/psi.js';
import { tvdTest } from '../../src/stats/tvd.js';
import type { StatTest } from '../../src/stats/types.js';
import {
  categoricalCases,
  categoricalInput,
  expectStatistic,
  numericCases,
  numericInput,
  sample,
} from './golden.js';

const cases: [StatTest, string, string, boolean][] = [
  [jensenShannonTest, 'jensenshannon_base2_sturges', 'jensenshannon_base2', true],
  [klTest, 'kl_sturges_eps_1e-4', 'kl_eps_1e-4', false],
  [hellingerTest, 'hellinger_sturges', 'hellinger', true],
  [tvdTest, 'total_variation_sturges', 'total_variation', true],
  [lInfinityTest, 'l_infinity_sturges', 'l_infinity', true],
  [psiTest, 'psi_reference_deciles', 'psi_eps_1e-4', false],
];

function distance(test: StatTest, input: Parameters<StatTest['run']>[0]): number {
  const res = test.run(input);
  expect(res.status).toBe('ok');
  if (res.status !== 'ok') throw new Error('skipped');
  expect(res.pValue).toBeNull();
  return res.statistic;
}

describe.each(cases)('%s', (test, numericKey, categoricalKey, symmetricBinned) => {
  it.each(numericCases.map((c) => [c.name, c]))('numeric golden %s', (_name, c) => {
    const want =
      numericKey === 'psi_reference_deciles' ? c.binned.psi_reference_deciles.psi : c.binned[numericKey];
    expectStatistic(distance(test, numericInput(c)), want);
  });
  it.each(categoricalCases.map((c) => [c.name, c]))('categorical golden %s', (_name, c) => {
    expectStatistic(distance(test, categoricalInput(c)), c[categoricalKey]);
  });
  it('descriptor', () => {
    expect(test.scoreKind).toBe('distance');
    expect(test.defaultThreshold).toBe(0.1);
    expect(test.columnKinds).toEqual(['numeric', 'categorical']);
  });
  it('identical samples give 0', () => {
    const a = sample(300, 11);
    expect(distance(test, { kind: 'numeric', reference: a, candidate: a })).toBeCloseTo(0, 12);
    expect(
      distance(test, { kind: 'categorical', levels: ['a', 'b'], reference: [3, 7], candidate: [30, 70] }),
    ).toBeCloseTo(0, 12);
  });
  it('a shifted sample gives a large distance', () => {
    const d = distance(test, { kind: 'numeric', reference: sample(500, 12), candidate: sample(500, 13, 2) });
    expect(d).toBeGreaterThan(0.1);
  });
  it('symmetry where the measure is symmetric', () => {
    if (!symmetricBinned) return;
    const a = {
      kind: 'categorical' as const,
      levels: ['a', 'b', 'c'],
      reference: [1, 2, 3],
      candidate: [3, 0, 4],
    };
    const b = { ...a, reference: a.candidate, candidate: a.reference };
    expect(distance(test, a)).toBeCloseTo(distance(test, b), 14);
  });
  it('skips empty samples', () => {
    expect(
      test.run({ kind: 'numeric', reference: new Float64Array(0), candidate: sample(3, 1) }).status,
    ).toBe('skipped');
    expect(test.run({ kind: 'categorical', levels: ['a'], reference: [0], candidate: [4] }).status).toBe(
      'skipped',
    );
  });
});
