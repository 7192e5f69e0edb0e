/**
 * presentSorted sorts into two reused buffers (one per side of a column pair) and records each
 * column's summary, which presentSummary gives without sorting again; outsideRange counts the
 * candidate's values outside the reference's range from the two sorted samples.
 */
import { describe, expect, it } from 'vitest';
import { evaluateColumn } from '../../../src/checks/columns/drift.js';
import {
  categoricalPairInput,
  levelCounts,
  outsideRange,
  presentSorted,
  presentSummary,
  recordedLevelCounts,
  recordedOutsideRange,
} from '../../../src/checks/columns/prepare.js';
import { loadTables } from '../../../src/data/load.js';
import { isNumericColumn, type NumericColumn } from '../../../src/data/table.js';
import { planComparison } from '../../../src/engine/plan.js';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings.js';
import { bytesOf } from '../../data/helpers.js';
import { rng } from '../../helpers/random.js';
import { categoricalColumn } from '../../helpers/tables.js';

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

describe('outsideRange', () => {
  /** The out-of-range check's own pass: values below the reference's min and above its max. */
  function counted(reference: number[], candidate: number[]) {
    const present = reference.filter((v) => !Number.isNaN(v));
    const min = Math.min(...present);
    const max = Math.max(...present);
    return {
      below: candidate.filter((v) => v < min).length,
      above: candidate.filter((v) => v > max).length,
    };
  }
  const sorted = (values: number[]) => Float64Array.from(values.filter((v) => !Number.isNaN(v))).sort();

  it('counts what a pass over the candidate counts: ties at the bounds inside, -0 equal to 0, infinities outside', () => {
    const reference = [0, 2, 2, 5, Number.NaN];
    const candidate = [-0, -1, 0, 2, 5, 5, 6, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN];
    expect(outsideRange(sorted(reference), sorted(candidate))).toEqual({ below: 2, above: 2 });
    expect(counted(reference, candidate)).toEqual({ below: 2, above: 2 });
    expect(outsideRange(new Float64Array(0), sorted(candidate))).toBeNull();
    expect(outsideRange(sorted(reference), new Float64Array(0))).toEqual({ below: 0, above: 0 });
  });

  it('equals the pass on random samples with many ties', () => {
    const next = rng(7);
    for (let trial = 0; trial < 50; trial++) {
      const draw = (n: number, shift: number) =>
        Array.from({ length: n }, () => (next() < 0.05 ? Number.NaN : Math.round((next() + shift) * 20) / 4));
      const reference = draw(1 + Math.floor(next() * 200), 0);
      const candidate = draw(Math.floor(next() * 200), next() - 0.5);
      if (reference.every(Number.isNaN)) continue;
      expect(outsideRange(sorted(reference), sorted(candidate))).toEqual(counted(reference, candidate));
    }
  });

  it('is recorded by the pair’s drift test and read back only for the same reference column', async () => {
    const csv = (values: string[]) => bytesOf(`x\n${values.join('\n')}\n`);
    const { reference, candidate } = await loadTables(
      { label: 'r.csv', bytes: csv(['1', '2', '3', '4', '5', '6', '7', '8']) },
      { label: 'c.csv', bytes: csv(['0', '0.5', '2', '3', '9', '10', '11', '']) },
    );
    const plan = planComparison(reference, candidate, DEFAULT_SETTINGS, {});
    const [ref, cand] = [reference.columns[0], candidate.columns[0]];
    if (!isNumericColumn(ref) || !isNumericColumn(cand)) throw new Error('x is not numeric');
    expect(recordedOutsideRange(ref, cand)).toBeUndefined();
    evaluateColumn(plan.columns[0], ref, cand, reference.rows, candidate.rows, plan.drift);
    expect(recordedOutsideRange(ref, cand)).toEqual({ below: 2, above: 3 });
    expect(recordedOutsideRange(column('x', [1, 2]), cand)).toBeUndefined();
  });
});

describe('levelCounts', () => {
  it('counts each level once a column, and reads the counts a categorical pair input recorded', () => {
    const reference = categoricalColumn('colour', ['red', null, 'blue', 'red', 'green', 'red']);
    const candidate = categoricalColumn('colour', ['blue', 'teal', null, 'teal', 'blue']);
    expect(recordedLevelCounts(reference)).toBeUndefined();
    const input = categoricalPairInput(reference, candidate);
    // the pair's union: reference levels first, then the candidate's new ones
    expect(input).toMatchObject({
      levels: ['red', 'blue', 'green', 'teal'],
      reference: [3, 1, 1, 0],
      candidate: [0, 2, 0, 2],
    });
    expect(Array.from(recordedLevelCounts(reference) ?? [])).toEqual([3, 1, 1]);
    expect(Array.from(recordedLevelCounts(candidate) ?? [])).toEqual([2, 2]);
    expect(levelCounts(candidate)).toBe(recordedLevelCounts(candidate));
    // a column no pair counted is counted once, then read
    const alone = categoricalColumn('size', ['s', 'm', 's', null]);
    const counts = levelCounts(alone);
    expect(Array.from(counts)).toEqual([2, 1]);
    expect(levelCounts(alone)).toBe(counts);
  });
});
