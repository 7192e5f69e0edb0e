import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../../src/checks/columns/correction.js';

describe('adjustPValues', () => {
  // Benjamini-Hochberg by hand: sorted p (0.005, 0.01, 0.03, 0.04) * 4 / rank = (0.02, 0.02, 0.04, 0.04),
  // then the running minimum from the largest rank down; same as R's p.adjust(p, 'BH').
  it('fdr equals Benjamini-Hochberg computed by hand', () => {
    const adjusted = adjustPValues([0.01, 0.04, 0.03, 0.005], 'fdr');
    const expected = [0.02, 0.04, 0.04, 0.02];
    for (const [i, value] of adjusted.entries()) expect(value).toBeCloseTo(expected[i], 15);
  });

  it('fdr enforces monotonicity (step-up) and caps at 1', () => {
    // p * k / rank: 0.02*3/1=0.06, 0.9*3/2=1.35 -> 1 cap, 0.95*3/3=0.95; running min from the top: 0.95, 0.95, 0.06
    const adjusted = adjustPValues([0.9, 0.02, 0.95], 'fdr');
    expect(adjusted[0]).toBeCloseTo(0.95, 15);
    expect(adjusted[1]).toBeCloseTo(0.06, 15);
    expect(adjusted[2]).toBeCloseTo(0.95, 15);
  });

  it('bonferroni multiplies by the family size, capped at 1', () => {
    expect(adjustPValues([0.01, 0.2, 0.5], 'bonferroni')).toEqual([0.03, 0.6000000000000001, 1]);
  });

  it('none returns the raw values; an empty family stays empty', () => {
    expect(adjustPValues([0.3, 0.01], 'none')).toEqual([0.3, 0.01]);
    expect(adjustPValues([], 'fdr')).toEqual([]);
  });

  it('adjusted p-values are never below the raw ones and lie in [0, 1]', () => {
    const raw = Array.from({ length: 50 }, (_, i) => ((i * 7919) % 101) / 100);
    for (const method of ['fdr', 'bonferroni'] as const) {
      adjustPValues(raw, method).forEach((value, i) => {
        expect(value).toBeGreaterThanOrEqual(raw[i]);
        expect(value).toBeLessThanOrEqual(1);
      });
    }
  });

  it('regression: the largest p-value is never adjusted below itself by rounding (p * k / k < p)', () => {
    // 0.235 * 40 / 40 === 0.23499999999999996 in IEEE doubles; the adjustment multiplies by k / rank instead
    const raw = Array.from({ length: 40 }, (_, i) => (i === 39 ? 0.235 : 0.001 * (i + 1)));
    expect(adjustPValues(raw, 'fdr')[39]).toBe(0.235);
  });
});
