/**
 * How the column tests are split between threads (engine/column-shares.ts): by the cost model,
 * sharing happens only when the column tests would outlast the joint checks by more than a
 * worker's start, and then every tested pair is in exactly one share, in plan order, the shares
 * of about equal cost. The tables here carry their row counts only (the split reads no values).
 */
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../src/checks/plan.js';
import type { Column, Table } from '../../src/data/table.js';
import { jointCost, SHARE_MIN_SAVING_NS, splitColumnWork } from '../../src/engine/column-shares.js';

/** A table of `rows` rows: `numeric` numeric columns (`n0`...) then `categorical` ones (`c0`...). */
function table(rows: number, numeric: number, categorical: number): Table {
  const columns: Column[] = [
    ...Array.from(
      { length: numeric },
      (_, i): Column => ({
        name: `n${i}`,
        type: 'numeric',
        values: new Float64Array(0),
        missing: 0,
      }),
    ),
    ...Array.from(
      { length: categorical },
      (_, i): Column => ({
        name: `c${i}`,
        type: 'categorical',
        codes: new Int32Array(0),
        levels: ['a', 'b'],
        missing: 0,
      }),
    ),
  ];
  return { source: 'x.csv', rows, delimiter: ',', columns };
}

function specs(t: Table): ColumnSpec[] {
  const choice = { test: 'auto', threshold: null } as unknown as ColumnSpec['tests']['numeric'];
  return t.columns.map((column) => ({
    name: column.name,
    role: 'feature',
    type: column.type,
    sides: 'both',
    tests: { numeric: choice, categorical: choice },
  }));
}

function split(rows: number, numeric: number, categorical: number, workers: number, minSaving?: number) {
  const side = table(rows, numeric, categorical);
  const planned = specs(side);
  return {
    planned,
    shares: splitColumnWork(side, side, planned, workers, jointCost(side, side, true), minSaving),
  };
}

describe('splitColumnWork', () => {
  it('keeps 1M x 20 in one thread: its column tests take about as long as the joint checks beside them', () => {
    expect(split(1_000_000, 14, 6, 1).shares).toHaveLength(1);
  });

  it('keeps small tables in one thread (a worker’s start would cost more than it saves)', () => {
    expect(split(5_000, 200, 100, 3).shares).toHaveLength(1);
  });

  it('shares 100k x 1,000 between two threads: each pair once, plan order kept, costs balanced', () => {
    const { planned, shares } = split(100_000, 700, 300, 1);
    expect(shares).toHaveLength(2);
    const names = shares.flat().map((spec) => spec.name);
    expect(new Set(names).size).toBe(planned.length);
    expect(names.sort()).toEqual(planned.map((spec) => spec.name).sort());
    const position = new Map(planned.map((spec, i) => [spec.name, i]));
    for (const share of shares) {
      const order = share.map((spec) => position.get(spec.name) as number);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // a numeric pair costs 3 categorical ones: 350 numeric and 150 categorical each
    const numeric = shares.map((share) => share.filter((spec) => spec.type === 'numeric').length);
    expect(numeric).toEqual([350, 350]);
  });

  it('never makes more shares than pairs, and shares anything when told to (minSaving -Infinity)', () => {
    expect(split(10, 1, 0, 3, Number.NEGATIVE_INFINITY).shares).toHaveLength(1);
    expect(split(10, 2, 1, 3, Number.NEGATIVE_INFINITY).shares).toHaveLength(3);
    expect(SHARE_MIN_SAVING_NS).toBeGreaterThan(0);
  });

  it('estimates no joint cost when neither joint check runs', () => {
    const side = table(1_000, 3, 1);
    expect(jointCost(side, side, false)).toBe(0);
    expect(jointCost(side, side, true)).toBe(2_000 * (970 + 9 * 4));
  });
});
