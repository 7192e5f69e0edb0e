import { describe, expect, it } from 'vitest';
import { ks, ks2Samp } from '../../src/stats/ks.js';
import { expectPValue, expectStatistic, numericCases, numericInput, sample } from './golden.js';

describe('ks against scipy.stats.ks_2samp', () => {
  it.each(numericCases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const res = ks.run(numericInput(c));
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    expectStatistic(res.statistic, c.ks.statistic);
    expectPValue(res.pValue, c.ks.pvalue_auto);
    expectPValue(ks2Samp(c.reference, c.candidate, 'asymp').pValue, c.ks.pvalue_asymp);
    if (c.ks.pvalue_exact !== undefined) {
      expectPValue(ks2Samp(c.reference, c.candidate, 'exact').pValue, c.ks.pvalue_exact);
    }
  });
});

describe('ks properties', () => {
  it('identical samples give D = 0 and p = 1', () => {
    const a = sample(200, 1);
    const res = ks2Samp(a, a);
    expect(res.statistic).toBe(0);
    expect(res.pValue).toBe(1);
  });
  it('a shifted sample gives a small p-value', () => {
    const res = ks2Samp(sample(500, 2), sample(400, 3, 1));
    expect(res.pValue).toBeLessThan(1e-10);
  });
  it('is symmetric', () => {
    const a = sample(70, 4);
    const b = sample(90, 5, 0.3);
    const ab = ks2Samp(a, b);
    const ba = ks2Samp(b, a);
    expect(ab.statistic).toBeCloseTo(ba.statistic, 15);
    expect(ab.pValue).toBeCloseTo(ba.pValue, 15);
  });
  it('skips empty samples', () => {
    const res = ks.run({ kind: 'numeric', reference: new Float64Array(0), candidate: sample(5, 1) });
    expect(res.status).toBe('skipped');
  });
  it('skips categorical input', () => {
    expect(ks.run({ kind: 'categorical', levels: ['a'], reference: [1], candidate: [1] }).status).toBe(
      'skipped',
    );
  });
  it('is fast on 1M values', () => {
    const a = sample(1_000_000, 6);
    const b = sample(1_000_000, 7, 0.001);
    const t0 = performance.now();
    const res = ks2Samp(a, b);
    const ms = performance.now() - t0;
    expect(res.pValue).toBeGreaterThanOrEqual(0);
    expect(res.pValue).toBeLessThanOrEqual(1);
    expect(ms).toBeLessThan(5000);
  });
});
