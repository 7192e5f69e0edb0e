/**
 * What groupRows returns (hash.ts RowGroups), checked against a grouping by cell text made here
 * with a Map: the groups themselves, numbered in order of first appearance; each group's first row
 * (representative), which for a group with reference rows is its first reference row; the groups
 * with reference rows being exactly 0 .. referenceGroups - 1; the counts per reference group; the
 * candidate rows in candidate-only groups; and the first candidate row of each reference group
 * (firstCandidateRows). On random tables with duplicates within and across sides, missing values,
 * -0 and new categories; with and without the reference half kept (periods); and through
 * groupHashed with hash lanes that collide, so the grouping is only right if every match is
 * confirmed cell by cell and the table's screen bits (lane a above the slot mask) do not merge
 * or split groups by themselves.
 */
import { describe, expect, it } from 'vitest';
import {
  cellText,
  firstCandidateRows,
  groupHashed,
  groupRows,
  hashRows,
  partitionRowsFor,
  type RowGroups,
  rowGroupingCache,
  type SharedColumn,
  shareColumn,
} from '../../../src/checks/rows/hash.js';
import type { Table } from '../../../src/data/table.js';
import { rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

/** Rows drawn from a few values per column, so many rows repeat within and across sides. */
function randomTable(source: string, rows: number, levels: readonly (string | null)[], seed: number): Table {
  const random = rng(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  return table(source, [
    numericColumn(
      'x',
      Array.from({ length: rows }, () => pick([0, -0, 1.5, 2, Number.NaN])),
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

function sharedColumns(reference: Table, candidate: Table): SharedColumn[] {
  return reference.columns.map(
    (column, i) => shareColumn(column, candidate.columns[i]) ?? expect.fail(`${column.name} is not shared`),
  );
}

/** The expected RowGroups, from each row's cell texts (-0 reads as 0, missing as null), grouped with a Map. */
function expectedGroups(columns: readonly SharedColumn[], R: number, C: number) {
  const idOf = new Map<string, number>();
  const groupOf: number[] = [];
  const representative: number[] = [];
  for (let global = 0; global < R + C; global++) {
    const side = global < R ? 'reference' : 'candidate';
    const row = global < R ? global : global - R;
    const text = JSON.stringify(columns.map((column) => cellText(column, side, row)));
    let id = idOf.get(text);
    if (id === undefined) {
      id = representative.length;
      idOf.set(text, id);
      representative.push(global);
    }
    groupOf.push(id);
  }
  const referenceGroups = new Set(groupOf.slice(0, R)).size;
  const referenceCount = new Array<number>(referenceGroups).fill(0);
  const candidateCount = new Array<number>(referenceGroups).fill(0);
  const firstCandidate = new Array<number>(referenceGroups).fill(-1);
  let candidateOnlyRows = 0;
  for (let global = 0; global < R + C; global++) {
    const g = groupOf[global];
    if (global < R) referenceCount[g]++;
    else if (g < referenceGroups) {
      if (candidateCount[g]++ === 0) firstCandidate[g] = global - R;
    } else candidateOnlyRows++;
  }
  return {
    groupOf,
    groups: representative.length,
    referenceGroups,
    representative,
    referenceCount,
    candidateCount,
    candidateOnlyRows,
    firstCandidate,
  };
}

function expectGroups(groups: RowGroups, columns: readonly SharedColumn[], R: number, C: number): void {
  const expected = expectedGroups(columns, R, C);
  expect(Array.from(groups.groupOf)).toEqual(expected.groupOf);
  expect(groups.groups).toBe(expected.groups);
  expect(groups.referenceGroups).toBe(expected.referenceGroups);
  expect(Array.from(groups.representative)).toEqual(expected.representative);
  expect(Array.from(groups.referenceCount)).toEqual(expected.referenceCount);
  expect(Array.from(groups.candidateCount)).toEqual(expected.candidateCount);
  expect(groups.candidateOnlyRows).toBe(expected.candidateOnlyRows);
  expect(Array.from(firstCandidateRows(groups, R))).toEqual(expected.firstCandidate);
}

const reference = randomTable('ref.csv', 400, ['a', 'b', 'c', null], 11);
const candidates = [
  randomTable('cand.csv', 300, ['b', 'c', 'd', null], 12),
  randomTable('larger.csv', 1500, ['a', 'e', null], 13),
  randomTable('empty.csv', 0, ['a'], 14),
];

describe('groupRows: groups, first rows and counts', () => {
  it('match a grouping by cell text, for each candidate', () => {
    for (const candidate of candidates) {
      const columns = sharedColumns(reference, candidate);
      const groups = groupRows(columns, reference, candidate);
      expectGroups(groups, columns, reference.rows, candidate.rows);
      // the data really has duplicates within and across sides, and candidate-only rows
      if (candidate.rows > 0) {
        expect(groups.referenceGroups).toBeLessThan(reference.rows);
        expect(groups.candidateCount.some((count) => count > 0)).toBe(true);
        expect(groups.candidateOnlyRows).toBeGreaterThan(0);
      }
    }
  });

  it('match it with the reference half kept, for each candidate in turn', () => {
    const kept = rowGroupingCache();
    for (const candidate of candidates) {
      const columns = sharedColumns(reference, candidate);
      expectGroups(groupRows(columns, reference, candidate, kept), columns, reference.rows, candidate.rows);
    }
    expect(kept.made).toBe(1);
  });

  it("an empty reference: every group is the candidate's own", () => {
    const empty = randomTable('none.csv', 0, ['a'], 15);
    const columns = sharedColumns(empty, candidates[0]);
    const groups = groupRows(columns, empty, candidates[0]);
    expectGroups(groups, columns, 0, candidates[0].rows);
    expect(groups.referenceGroups).toBe(0);
    expect(groups.candidateOnlyRows).toBe(candidates[0].rows);
  });
});

describe('groupHashed with colliding hash lanes, in small partitions', () => {
  const candidate = candidates[0];
  const columns = sharedColumns(reference, candidate);
  const R = reference.rows;
  const C = candidate.rows;

  /** The real lanes of both sides, made to collide by `collide` (equal rows keep equal lanes). */
  function lanes(collide: (a: number, b: number) => [number, number]): Int32Array {
    const both = new Int32Array(2 * (R + C));
    hashRows(columns, 'reference', R, both.subarray(0, 2 * R));
    hashRows(columns, 'candidate', C, both.subarray(2 * R));
    for (let row = 0; row < R + C; row++) {
      [both[2 * row], both[2 * row + 1]] = collide(both[2 * row], both[2 * row + 1]);
    }
    return both;
  }

  it.each([
    // the real lanes: 700 rows in partitions of about 64 (16 partitions by lane b's bits 16 and up)
    ['the real lanes', (a: number, b: number) => [a, b] as [number, number]],
    // every row the same lanes: each match is a collision unless the cells agree
    ['one hash for all rows', () => [7, 7] as [number, number]],
    // one home slot for all rows (lane a's low bits equal), lane a told apart by its high bits
    [
      'one slot, lane a differing above it',
      (a: number, b: number) => [a & 0x70000000, b] as [number, number],
    ],
    // lane a the same, lane b of four values: four groups by hash, in at most four partitions
    [
      'lane a the same, lane b of four values',
      (_a: number, b: number) => [3, b & 0x30000] as [number, number],
    ],
  ])('%s: the groups of the cells', (_name, collide) => {
    for (const partitionRows of [64, 1 << 20]) {
      const groups = groupHashed(columns, R, C, lanes(collide), partitionRows);
      expectGroups(groups, columns, R, C);
      expect(groups.groups).toBeGreaterThan(4);
    }
  });
});

describe('partitionRowsFor (rows per partition of the grouping table)', () => {
  /** Partitions group() makes: the smallest power of two holding `total` rows at `rows` each. */
  const partitions = (total: number, rows: number) => 2 ** Math.ceil(Math.log2(Math.max(1, total / rows)));

  it('keeps each partition to 2^19 rows (an 8 MiB table) up to 8 partitions, then grows the partitions', () => {
    expect(partitionRowsFor(1_000)).toBe(2 ** 19);
    // 1M + 1M rows (the 1M x 20 bench): four partitions of 500,000
    expect(partitions(2_000_000, partitionRowsFor(2_000_000))).toBe(4);
    // 5M + 5M rows: eight partitions of 1.25M rows, not thirty-two of 2^19
    expect(partitionRowsFor(10_000_000)).toBe(1_250_000);
    expect(partitions(10_000_000, partitionRowsFor(10_000_000))).toBe(8);
    for (const total of [1, 2 ** 19, 2 ** 19 + 1, 3_000_000, 4_194_305, 12_345_678, 40_000_000]) {
      const rows = partitionRowsFor(total);
      expect(rows).toBeGreaterThanOrEqual(2 ** 19);
      expect(partitions(total, rows)).toBeLessThanOrEqual(8);
    }
  });
});

/** The category of `row` in a categorical column, null when missing. */
function levelAt(column: Table['columns'][number], row: number): string | null {
  if (!('codes' in column) || !column.codes || !column.levels) throw new Error(`${column.name} has no codes`);
  const code = column.codes[row];
  return code >= 0 ? column.levels[code] : null;
}

describe('hashRows over blocks of rows', () => {
  it('gives each row the lanes of that row hashed alone, across block edges (8,192 rows a block)', () => {
    const big = randomTable('big.csv', 20_000, ['a', 'b', 'c', null], 21);
    const bigColumns = sharedColumns(big, big);
    const lanes = hashRows(bigColumns, 'reference', big.rows);
    for (const row of [0, 1, 8_191, 8_192, 8_193, 12_345, 16_383, 16_384, 19_999]) {
      const one = table(
        'one.csv',
        big.columns.map((column) =>
          'values' in column
            ? numericColumn(column.name, [column.values[row]])
            : categoricalColumn(column.name, [levelAt(column, row)]),
        ),
      );
      const alone = hashRows(sharedColumns(one, one), 'reference', 1);
      expect([lanes[2 * row], lanes[2 * row + 1]], `row ${row}`).toEqual([alone[0], alone[1]]);
    }
  });
});
