/**
 * groupRows with the reference half kept (hash.ts RowGroupingCache, used by periods): the same
 * groups, numbered the same, as groupRows without it, for candidates smaller and larger than the
 * reference (a larger one makes the kept hash table grow), with new categories, missing values,
 * -0 and duplicates on both sides; the reference half is made once per set of columns.
 */
import { describe, expect, it } from 'vitest';
import {
  groupRows,
  rowGroupingCache,
  type SharedColumn,
  shareColumn,
} from '../../../src/checks/rows/hash.js';
import type { Table } from '../../../src/data/table.js';
import { rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

const NUMBERS = [0, -0, 1.5, 2, Number.NaN, 1e300];

/** Rows drawn from a few values per column, so many rows repeat within and across sides. */
function randomTable(source: string, rows: number, levels: readonly (string | null)[], seed: number): Table {
  const random = rng(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  return table(source, [
    numericColumn(
      'x',
      Array.from({ length: rows }, () => pick(NUMBERS)),
    ),
    categoricalColumn(
      'c',
      Array.from({ length: rows }, () => pick(levels)),
    ),
    numericColumn(
      'y',
      Array.from({ length: rows }, () => pick([1, 2, 3])),
    ),
  ]);
}

function shared(reference: Table, candidate: Table, names: readonly string[]): SharedColumn[] {
  return names.map((name) => {
    const ref = reference.columns.find((c) => c.name === name);
    const cand = candidate.columns.find((c) => c.name === name);
    if (!ref || !cand) throw new Error(`no column ${name}`);
    return shareColumn(ref, cand) ?? expect.fail(`${name} is not shared`);
  });
}

describe('groupRows with the reference half kept', () => {
  const reference = randomTable('ref.csv', 300, ['a', 'b', 'c', null], 1);
  const candidates = [
    randomTable('small.csv', 40, ['b', 'a', null], 2),
    randomTable('new-levels.csv', 120, ['c', 'd', 'e', null], 3),
    // 300 + 2,000 rows need a larger table than the reference's own: the kept one grows
    randomTable('large.csv', 2000, ['a', 'b', 'c', 'd', null], 4),
    randomTable('empty.csv', 0, ['a'], 5),
    randomTable('small-again.csv', 40, ['b', 'a', null], 2),
  ];

  it('gives the groups of groupRows, for each candidate in turn', () => {
    const kept = rowGroupingCache();
    for (const candidate of candidates) {
      const columns = shared(reference, candidate, ['x', 'c', 'y']);
      const expected = groupRows(columns, reference, candidate);
      const groups = groupRows(columns, reference, candidate, kept);
      expect(groups).toEqual(expected);
      // the rows are really grouped: the small candidates meet reference rows
      if (candidate.rows > 0) expect(groups.groups).toBeLessThan(reference.rows + candidate.rows);
    }
    expect(kept.made).toBe(1);
  });

  it('makes one reference half per set of columns (the whole record, a key)', () => {
    const kept = rowGroupingCache();
    for (const candidate of candidates) {
      for (const names of [['x', 'c', 'y'], ['c']]) {
        const columns = shared(reference, candidate, names);
        expect(groupRows(columns, reference, candidate, kept)).toEqual(
          groupRows(columns, reference, candidate),
        );
      }
    }
    expect(kept.made).toBe(2);
  });

  it('a different reference Table gets its own half', () => {
    const kept = rowGroupingCache();
    const other = randomTable('other.csv', 50, ['a', 'z'], 9);
    for (const ref of [reference, other, reference]) {
      const columns = shared(ref, candidates[0], ['x', 'c', 'y']);
      expect(groupRows(columns, ref, candidates[0], kept)).toEqual(groupRows(columns, ref, candidates[0]));
    }
    expect(kept.made).toBe(2);
  });
});
