import { describe, expect, it } from 'vitest';
import { energyDistance, energyTest } from '../../src/stats/energy.js';
import { wassersteinDistance, wassersteinTest } from '../../src/stats/wasserstein.js';
import { expectStatistic, numericCases, numericInput, sample } from './golden.js';

describe('wasserstein against SciPy', () => {
  it.each(numericCases.map((c) => [c.name, c]))('%s', (_name, c) => {
    expectStatistic(wassersteinDistance(c.reference, c.candidate), c.wasserstein);
    const res = wassersteinTest.run(numericInput(c));
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    if (c.wasserstein_over_reference_std === null) {
      expectStatistic(res.statistic, c.wasserstein / 0.001, 1e-9 * (c.wasserstein / 0.001));
    } else {
      expectStatistic(res.statistic, c.wasserstein_over_reference_std);
    }
    expect(res.pValue).toBeNull();
  });
  it('identical samples give 0, shifted give a large distance, symmetric raw distance', () => {
    const a = sample(200, 1);
    const b = sample(150, 2, 1);
    expect(wassersteinDistance(a, a)).toBe(0);
    expect(wassersteinDistance(a, b)).toBeCloseTo(wassersteinDistance(b, a), 12);
    const res = wassersteinTest.run({ kind: 'numeric', reference: a, candidate: b });
    expect(res.status === 'ok' && res.statistic > 0.5).toBe(true);
  });
  it('skips empty samples', () => {
    expect(
      wassersteinTest.run({ kind: 'numeric', reference: sample(3, 1), candidate: new Float64Array(0) })
        .status,
    ).toBe('skipped');
  });
});

describe('energy distance against SciPy', () => {
  it.each(numericCases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const res = energyTest.run(numericInput(c));
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    expectStatistic(res.statistic, c.energy_distance);
  });
  it('properties', () => {
    const a = sample(200, 3);
    const b = sample(180, 4, 1);
    expect(energyDistance(a, a)).toBe(0);
    expect(energyDistance(a, b)).toBeCloseTo(energyDistance(b, a), 12);
    expect(energyDistance(a, b)).toBeGreaterThan(0.3);
    expect(energyTest.run({ kind: 'numeric', reference: new Float64Array(0), candidate: a }).status).toBe(
      'skipped',
    );
  });
});
