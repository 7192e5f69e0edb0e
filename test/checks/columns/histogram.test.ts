/** The chart histograms of the HTML report (src/checks/columns/distribution.ts): bins by hand, shares sum to 1. */
import { describe, expect, it } from 'vitest';
import { categoricalHistogram, numericHistogram } from '../../../src/checks/columns/distribution.js';

const sorted = (values: number[]) => Float64Array.from(values).sort();

describe('numericHistogram', () => {
  it('gives integer columns spanning few values one bin per integer (counted by hand)', () => {
    const h = numericHistogram({
      kind: 'numeric',
      reference: sorted([1, 2, 2, 3]),
      candidate: sorted([3, 3, 4]),
    });
    expect(h?.kind).toBe('numeric');
    expect(h?.edges).toEqual([0.5, 1.5, 2.5, 3.5, 4.5]);
    expect(h?.reference).toEqual([0.25, 0.5, 0.25, 0]);
    expect(h?.candidate.map((x) => Number(x.toFixed(12)))).toEqual([0, 0, 0.666666666667, 0.333333333333]);
  });

  it("uses Rice's rule on the smaller side (2 n^(1/3), 10 to 40 bins) over the 0.5th-99.5th percentile", () => {
    const values = (n: number, shift: number) =>
      sorted(Array.from({ length: n }, (_, i) => i / n + shift + 0.25));
    const small = numericHistogram({
      kind: 'numeric',
      reference: values(100, 0),
      candidate: values(100, 0.5),
    });
    expect(small?.edges.length).toBe(11); // ceil(2 * 100^(1/3)) = 10 bins
    const large = numericHistogram({
      kind: 'numeric',
      reference: values(20_000, 0),
      candidate: values(5000, 0.5),
    });
    expect(large?.edges.length).toBe(36); // ceil(2 * 5000^(1/3)) = ceil(34.2) = 35 bins
    for (const h of [small, large]) {
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      expect(sum(h?.reference ?? [])).toBeCloseTo(1, 12);
      expect(sum(h?.candidate ?? [])).toBeCloseTo(1, 12);
      const edges = h?.edges ?? [];
      for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1]);
    }
  });

  it('draws a constant column as one bin and an empty side as nothing', () => {
    const constant = numericHistogram({
      kind: 'numeric',
      reference: sorted([2.5, 2.5]),
      candidate: sorted([2.5]),
    });
    expect(constant?.reference).toEqual([1]);
    expect(constant?.candidate).toEqual([1]);
    expect(
      numericHistogram({ kind: 'numeric', reference: sorted([]), candidate: sorted([1]) }),
    ).toBeUndefined();
  });
});

describe('categoricalHistogram', () => {
  it('keeps the 19 most common categories and pools the rest as "other (N)"', () => {
    const levels = Array.from({ length: 25 }, (_, i) => `c${i}`);
    const reference = levels.map((_, i) => 25 - i);
    const candidate = levels.map(() => 1);
    const h = categoricalHistogram({ kind: 'categorical', levels, reference, candidate });
    expect(h?.labels.length).toBe(20);
    expect(h?.labels[0]).toBe('c0');
    expect(h?.labels[19]).toBe('other (6)');
    const total = reference.reduce((a, b) => a + b, 0);
    expect(h?.reference[0]).toBeCloseTo(25 / total, 12);
    // the pooled six: 6 + 5 + 4 + 3 + 2 + 1 = 21 of 325
    expect(h?.reference[19]).toBeCloseTo(21 / total, 12);
    expect(h?.candidate[19]).toBeCloseTo(6 / 25, 12);
  });
});
