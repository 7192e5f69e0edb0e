import { describe, expect, it } from 'vitest';
import { chi2Sf } from '../../src/stats/distributions/chi2.js';
import { kolmogorovSf } from '../../src/stats/distributions/kolmogorov.js';
import { kstwoSf } from '../../src/stats/distributions/kstwo.js';
import { normalSf } from '../../src/stats/distributions/normal.js';
import { expectPValue, golden } from './golden.js';

const d = golden.distributions as {
  chi2_sf: { x: number; df: number; sf: number }[];
  kolmogorov_sf: { x: number; sf: number }[];
  kstwo_sf: { n: number; d: number; sf: number }[];
  normal_sf: { x: number; sf: number }[];
};

describe('distributions against SciPy 1.10.1', () => {
  it.each(d.chi2_sf.map((c): [number, number, number] => [c.x, c.df, c.sf]))(
    'chi2.sf(%s, %s)',
    (x, df, sf) => {
      expectPValue(chi2Sf(x, df), sf);
    },
  );
  it.each(d.kolmogorov_sf.map((c): [number, number] => [c.x, c.sf]))('kstwobign.sf(%s)', (x, sf) => {
    expectPValue(kolmogorovSf(x), sf);
  });
  it.each(d.kstwo_sf.map((c): [number, number, number] => [c.d, c.n, c.sf]))(
    'kstwo.sf(%s, %s)',
    (x, n, sf) => {
      expectPValue(kstwoSf(x, n), sf);
    },
  );
  it.each(d.normal_sf.map((c): [number, number] => [c.x, c.sf]))('norm.sf(%s)', (x, sf) => {
    expectPValue(normalSf(x), sf);
  });
  it('edge values', () => {
    expect(chi2Sf(0, 3)).toBe(1);
    expect(kolmogorovSf(0)).toBe(1);
    expect(kstwoSf(1, 10)).toBe(0);
    expect(kstwoSf(0, 10)).toBe(1);
  });
});
