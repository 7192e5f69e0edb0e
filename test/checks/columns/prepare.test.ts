/**
 * presentSorted sorts into two reused buffers (one per side of a column pair) and records each
 * column's summary, which presentSummary gives without sorting again.
 */
import { describe, expect, it } from 'vitest';
import { presentSorted, presentSummary } from '../../../src/checks/columns/prepare.js';
import type { NumericColumn } from '../../../src/data/table.js';

function column(name: string, values: number[]): NumericColumn {
  const array = Float64Array.from(values);
  return { name, type: 'numeric', values: array, missing: values.filter(Number.isNaN).length };
}

describe('presentSorted', () => {
  it('sorts the present values of each side into its own buffer', () => {
    const reference = column('x', [3, Number.NaN, -1, 2, -0, 0]);
    const candidate = column('x', [10, 9, Number.NaN]);
    const a = presentSorted(reference, 0);
    const b = presentSorted(candidate, 1);
    expect(Array.from(a)).toEqual([-1, -0, 0, 2, 3]);
    expect(Object.is(a[1], -0)).toBe(true);
    expect(Array.from(b)).toEqual([9, 10]);
  });

  it('gives a shorter column a view of the buffer a longer one grew (no stale values)', () => {
    presentSorted(column('long', [5, 4, 3, 2, 1, 0]), 0);
    expect(Array.from(presentSorted(column('short', [Number.NaN, 7, 6]), 0))).toEqual([6, 7]);
  });
});

describe('presentSummary', () => {
  it('is the summary of the sorted present values (quartiles by linear interpolation, numpy default)', () => {
    const x = column('x', [4, Number.NaN, 1, -3, 2]);
    presentSorted(x, 1);
    // sorted -3, 1, 2, 4: median 1.5, q1 at 0.75 -> 0, q3 at 2.25 -> 2.5; mean |x| 10 / 4
    expect(presentSummary(x)).toEqual({
      present: 4,
      min: -3,
      max: 4,
      median: 1.5,
      q1: 0,
      q3: 2.5,
      meanAbs: 2.5,
    });
  });

  it('sorts when no test sorted the column, and is null without present values', () => {
    expect(presentSummary(column('y', [2, 1, 3]))).toMatchObject({ present: 3, median: 2, min: 1, max: 3 });
    expect(presentSummary(column('z', [Number.NaN]))).toBeNull();
  });
});
