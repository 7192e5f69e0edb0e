import { describe, expect, it } from 'vitest';
import { classShares, RARE_CLASS_FACTOR } from '../../../src/checks/columns/classes.js';
import { strongestFlaggedClass } from '../../../src/checks/columns/rule.js';
import type { ClassShare } from '../../../src/report/model.js';
import { rareClassText } from '../../../src/report/wording.js';

/** The rare-class clause of a column's explanation: the rule picks the class, the wording words it. */
function rareClassReason(shares: readonly ClassShare[]): string | null {
  const best = strongestFlaggedClass(shares);
  return best ? rareClassText(best) : null;
}

import { fisherExact } from '../../../src/stats/fisher.js';
import { STAT_TESTS } from '../../../src/stats/registry.js';
import type { CategoricalInput } from '../../../src/stats/types.js';
import { twoProportionZ } from '../../../src/stats/z.js';

const cat = (levels: string[], reference: number[], candidate: number[]): CategoricalInput => ({
  kind: 'categorical',
  levels,
  reference,
  candidate,
});

const options = { alpha: 0.05, correction: 'fdr', minEffect: 0.1 } as const;

function tvd(input: CategoricalInput): number {
  const res = STAT_TESTS.tvd.run(input);
  if (res.status !== 'ok') throw new Error(res.reason);
  return res.statistic;
}

describe('classShares', () => {
  it('flags a rare class falling from 2% to 0.2% while the column total variation stays small', () => {
    // 4000 rows per side; 'rare' 80 -> 8, the 72 rows move to the big classes.
    const input = cat(['a', 'b', 'rare'], [1960, 1960, 80], [1996, 1996, 8]);
    expect(tvd(input)).toBeLessThan(0.1);
    expect(tvd(input)).toBeCloseTo(0.018, 12);
    const shares = classShares(input, options);
    const rare = shares.find((s) => s.class === 'rare');
    expect(rare).toMatchObject({
      referenceCount: 80,
      candidateCount: 8,
      referenceShare: 0.02,
      candidateShare: 0.002,
      flagged: true,
    });
    expect(rare?.pValue).toBe(twoProportionZ(80, 4000, 8, 4000).pValue);
    expect(rare?.adjustedPValue).toBeLessThan(1e-9);
    expect(shares.filter((s) => s.flagged).map((s) => s.class)).toEqual(['rare']);
    const reason = rareClassReason(shares);
    expect(reason).toMatch(/^class 'rare' fell from 2\.0% to 0\.2% \(x0\.1, adjusted p \d(\.\d)?e-\d+\)$/);
  });

  it('flags nothing on a stable column', () => {
    const input = cat(['a', 'b', 'c', 'd'], [500, 300, 150, 50], [1010, 590, 305, 95]);
    const shares = classShares(input, options);
    expect(shares).toHaveLength(4);
    expect(shares.some((s) => s.flagged)).toBe(false);
    expect(rareClassReason(shares)).toBeNull();
  });

  it('flags a class doubling from 1% to 2% in 10,000 rows (ratio exactly the default factor)', () => {
    expect(RARE_CLASS_FACTOR).toBe(2);
    const input = cat(['x', 'y'], [9900, 100], [9800, 200]);
    const shares = classShares(input, options);
    const y = shares[1];
    expect(y.candidateShare / y.referenceShare).toBe(2);
    expect(y.adjustedPValue).toBeLessThan(0.05);
    expect(y.flagged).toBe(true);
    // 'x' moved from 99% to 98%: significant, but nowhere near halved or doubled.
    expect(shares[0].adjustedPValue).toBeLessThan(0.05);
    expect(shares[0].flagged).toBe(false);
    expect(rareClassReason(shares)).toMatch(/^class 'y' rose from 1\.0% to 2\.0% \(x2, adjusted p /);
  });

  it('does not flag a large change that is not significant', () => {
    const shares = classShares(cat(['a', 'b'], [98, 2], [96, 4]), options);
    expect(shares[1].candidateShare / shares[1].referenceShare).toBe(2);
    expect(shares[1].flagged).toBe(false);
  });

  it("uses Fisher's exact test when an expected count is below 5", () => {
    const input = cat(['common', 'rare', 'new'], [95, 5, 0], [92, 0, 8]);
    const shares = classShares(input, { ...options, correction: 'none' });
    expect(shares[1].pValue).toBe(
      fisherExact([
        [5, 95],
        [0, 100],
      ]).pValue,
    );
    expect(shares[2].pValue).toBe(
      fisherExact([
        [0, 100],
        [8, 92],
      ]).pValue,
    );
    // The common class has expected counts far above 5: z-test.
    expect(shares[0].pValue).toBe(twoProportionZ(95, 100, 92, 100).pValue);
    expect(shares[1].adjustedPValue).toBe(shares[1].pValue);
    expect(shares[2].flagged).toBe(true);
    expect(rareClassReason(shares)).toMatch(/^class 'new' rose from 0% to 8\.0% \(new, adjusted p /);
  });

  it('corrects across the classes of the column', () => {
    const input = cat(['a', 'b', 'c'], [400, 300, 300], [300, 350, 350]);
    const none = classShares(input, { ...options, correction: 'none' });
    const bonferroni = classShares(input, { ...options, correction: 'bonferroni' });
    none.forEach((s, i) => {
      expect(bonferroni[i].adjustedPValue).toBeCloseTo(Math.min(1, s.pValue * 3), 15);
    });
  });

  it('honours the factor, skips classes absent on both sides and an empty side', () => {
    const input = cat(['a', 'b', 'ghost'], [900, 100, 0], [850, 150, 0]);
    const shares = classShares(input, { ...options, factor: 1.5 });
    expect(shares.map((s) => s.class)).toEqual(['a', 'b']);
    expect(shares[1].flagged).toBe(true);
    expect(classShares(input, options)[1].flagged).toBe(false);
    expect(classShares(cat(['a'], [0], [5]), options)).toEqual([]);
    expect(() => classShares(input, { ...options, factor: 1 })).toThrow(/factor/);
  });

  it('reports a vanished class and prefers the smallest adjusted p', () => {
    const input = cat(['a', 'gone', 'half'], [7000, 1000, 2000], [9000, 0, 1000]);
    const shares = classShares(input, options);
    expect(shares.filter((s) => s.flagged).map((s) => s.class)).toEqual(['gone', 'half']);
    expect(rareClassReason(shares)).toMatch(/^class 'gone' fell from 10\.0% to 0% \(vanished, adjusted p /);
  });
});
