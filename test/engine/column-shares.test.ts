/**
 * How the column tests are spread over threads (engine/column-shares.ts): by the cost model,
 * workers join only when the column tests would outlast the joint checks by more than a worker's
 * start; then the pairs are handed out longest first from one queue, each to exactly one thread.
 * The planning tables carry their row counts only (the plan reads no values).
 */
import { describe, expect, it } from 'vitest';
import { levelCounts, recordedLevelCounts } from '../../src/checks/columns/prepare.js';
import type { ColumnSpec } from '../../src/checks/plan.js';
import { loadTables } from '../../src/data/load.js';
import { DEFAULT_MISSING_VALUES } from '../../src/data/missing.js';
import type { CategoricalColumn, Column, Table } from '../../src/data/table.js';
import {
  BACK_LIMITS,
  evaluateShare,
  jointCost,
  newQueue,
  planColumnWork,
  recordShareSummaries,
  SHARE_MIN_SAVING_NS,
} from '../../src/engine/column-shares.js';
import { planComparison } from '../../src/engine/plan.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';
import { bytesOf } from '../data/helpers.js';

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

function plan(rows: number, numeric: number, categorical: number, workers: number, minSaving?: number) {
  const side = table(rows, numeric, categorical);
  const planned = specs(side);
  return { planned, ...planColumnWork(side, side, planned, workers, jointCost(side, side, true), minSaving) };
}

describe('planColumnWork', () => {
  it('keeps 1M x 20 in one thread: its column tests take about as long as the joint checks beside them', () => {
    expect(plan(1_000_000, 14, 6, 1).workers).toBe(0);
  });

  it('keeps small tables in one thread (a worker’s start would cost more than it saves)', () => {
    expect(plan(5_000, 200, 100, 3).workers).toBe(0);
  });

  it('shares 100k x 1,000 with a worker, every pair handed out once, the longest (numeric) first', () => {
    const { planned, workers, order } = plan(100_000, 700, 300, 1);
    expect(workers).toBe(1);
    expect(order.map((spec) => spec.name).sort()).toEqual(planned.map((spec) => spec.name).sort());
    expect(order.slice(0, 700).every((spec) => spec.type === 'numeric')).toBe(true);
    // ties keep the plan's order
    expect(order[0].name).toBe('n0');
    expect(order[700].name).toBe('c0');
  });

  it('never asks more workers than pairs beside this thread, and any when told to (minSaving -Infinity)', () => {
    expect(plan(10, 1, 0, 3, Number.NEGATIVE_INFINITY).workers).toBe(0);
    expect(plan(10, 2, 1, 3, Number.NEGATIVE_INFINITY).workers).toBe(2);
    expect(SHARE_MIN_SAVING_NS).toBeGreaterThan(0);
  });

  it('estimates no joint cost when neither joint check runs', () => {
    const side = table(1_000, 3, 1);
    expect(jointCost(side, side, false)).toBe(0);
    expect(jointCost(side, side, true)).toBe(2_000 * (970 + 9 * 4));
  });
});

describe('evaluateShare', () => {
  it('takes pairs from the queue until none is left, each pair once', async () => {
    const { reference, candidate, request } = await queued();
    // another thread took the first pair: this one takes the rest, then finds the queue empty
    Atomics.store(request.next, 0, 1);
    const rest = evaluateShare(reference, candidate, request);
    expect(rest.evaluations.map((e) => e.report.name)).toEqual(['b', 'c', 'd']);
    const all = evaluateShare(reference, candidate, { ...request, ...newQueue(request.specs.length) });
    expect(all.evaluations.map((e) => e.report.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(all.evaluations.slice(1)).toEqual(rest.evaluations);
    // numeric columns send their sorts' summaries, both sides
    expect(rest.summaries.find((entry) => entry.name === 'b')).toMatchObject({
      reference: { present: 300 },
      candidate: { present: 300 },
    });
    expect(evaluateShare(reference, candidate, request).evaluations).toEqual([]);
  });

  it("sends a categorical pair's level counts, which the asking thread records for the quality checks", async () => {
    const { reference, candidate, request } = await queued();
    const share = evaluateShare(reference, candidate, request);
    const categorical = (t: Table) => t.columns.find((column) => column.name === 'c') as CategoricalColumn;
    /** Each level's codes counted here. */
    const counted = (column: CategoricalColumn) =>
      column.levels.map((_, level) => column.codes.filter((code) => code === level).length);
    expect(share.summaries.find((entry) => entry.name === 'c')?.levels).toEqual({
      reference: counted(categorical(reference)),
      candidate: counted(categorical(candidate)),
    });
    expect(share.summaries.find((entry) => entry.name === 'a')?.levels).toBeUndefined();
    // the asking thread holds its own column objects (a worker reads copies)
    const copy = (t: Table): Table => ({ ...t, columns: t.columns.map((column) => ({ ...column })) });
    const [mine, theirs] = [copy(reference), copy(candidate)];
    expect(recordedLevelCounts(categorical(mine))).toBeUndefined();
    recordShareSummaries(mine, theirs, share.summaries);
    expect(Array.from(recordedLevelCounts(categorical(mine)) ?? [])).toEqual(counted(categorical(reference)));
    expect(Array.from(recordedLevelCounts(categorical(theirs)) ?? [])).toEqual(
      counted(categorical(candidate)),
    );
    // the quality checks read the recorded counts, not a new count
    expect(levelCounts(categorical(mine))).toBe(recordedLevelCounts(categorical(mine)));
  });

  it('from the back takes the last pairs until the front has claimed one; each pair once', async () => {
    const { reference, candidate, request } = await queued();
    // the front took a; the back then takes d, c, b, and stops at the claimed a
    const first = evaluateShare(reference, candidate, { ...request, specs: request.specs.slice(0, 1) });
    expect(first.evaluations.map((e) => e.report.name)).toEqual(['a']);
    const back = evaluateShare(reference, candidate, request, 'back', { ...BACK_LIMITS, costFactor: 0 });
    expect(back.evaluations.map((e) => e.report.name)).toEqual(['d', 'c', 'b']);
    // the front finds b claimed and stops
    expect(evaluateShare(reference, candidate, request).evaluations).toEqual([]);
    expect(Array.from(request.claimed)).toEqual([1, 1, 1, 1]);
  });

  it('from the back leaves to the front a numeric pair with more values than it may sort', async () => {
    const { reference, candidate, request } = await queued();
    // b (numbers, 300 values a side) is too large for a back limited to 299 values: d and c only
    const back = evaluateShare(reference, candidate, request, 'back', {
      maxSortedValues: 299,
      costFactor: 0,
    });
    expect(back.evaluations.map((e) => e.report.name)).toEqual(['d', 'c']);
    const front = evaluateShare(reference, candidate, request);
    expect(front.evaluations.map((e) => e.report.name)).toEqual(['a', 'b']);
    const all = evaluateShare(reference, candidate, { ...request, ...newQueue(request.specs.length) });
    expect([...front.evaluations, ...back.evaluations.reverse()]).toEqual(all.evaluations);
  });

  it('from the back takes a pair only while the unclaimed pairs before it cost costFactor times as much', async () => {
    const { reference, candidate, request } = await queued([1, 1, 1, 1]);
    // d (cost 1) has a, b, c (3) before it; c has only a, b (2 < 3): the back takes d only
    const back = evaluateShare(reference, candidate, request, 'back');
    expect(BACK_LIMITS.costFactor).toBe(3);
    expect(back.evaluations.map((e) => e.report.name)).toEqual(['d']);
    const front = evaluateShare(reference, candidate, request);
    expect(front.evaluations.map((e) => e.report.name)).toEqual(['a', 'b', 'c']);
    const all = evaluateShare(reference, candidate, { ...request, ...newQueue(request.specs.length) });
    expect([...front.evaluations, ...back.evaluations]).toEqual(all.evaluations);
    // pairs the front has claimed do not count: with a and b claimed, d has only c (1) before it
    const { request: started } = await queued([1, 1, 1, 1]);
    Atomics.store(started.claimed, 0, 1);
    Atomics.store(started.claimed, 1, 1);
    expect(evaluateShare(reference, candidate, started, 'back').evaluations).toEqual([]);
    // an expensive pair needs more before it: c (cost 5) would need 15
    const { request: costly } = await queued([1, 1, 5, 1]);
    const costlyBack = evaluateShare(reference, candidate, costly, 'back');
    expect(costlyBack.evaluations.map((e) => e.report.name)).toEqual(['d']);
  });
});

/**
 * Tables of four columns (a and b numbers, c text, d small integers: categories) and a new queue
 * of their pairs, with `costs` as their estimated costs.
 */
async function queued(costs = [1, 1, 1, 1]) {
  const csv = (shift: number) =>
    bytesOf(
      `a,b,c,d\n${Array.from({ length: 300 }, (_, i) => `${i + shift},${(i * 7) % 11},x${i % 3},${i % 5}`).join('\n')}\n`,
    );
  const { reference, candidate } = await loadTables(
    { label: 'r.csv', bytes: csv(0) },
    { label: 'c.csv', bytes: csv(40) },
    { missingValues: DEFAULT_MISSING_VALUES },
  );
  const comparison = planComparison(reference, candidate, DEFAULT_SETTINGS, {});
  expect(comparison.columns.map((spec) => spec.name)).toEqual(['a', 'b', 'c', 'd']);
  const request = {
    specs: comparison.columns,
    costs,
    settings: comparison.drift,
    ...newQueue(comparison.columns.length),
  };
  return { reference, candidate, request };
}
