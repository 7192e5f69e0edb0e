/**
 * buildTables with a ReferenceTableReuse (the periods of one run against one reference scan): the
 * reference Table is the same object while its columns' types come out the same, and a new one,
 * equal to a fresh build, when a candidate changes a type (here: an integer column with at most 10
 * distinct values on both sides is categorical, with more it is numeric).
 */
import { describe, expect, it } from 'vitest';
import { buildTables, referenceTableReuse } from '../../src/data/infer.js';
import { bytesOf, plain, scan } from './helpers.js';

const INFER = { maxIntegerCategoryLevels: 10 };

/** `rows` rows of a small-integer column `level` and a measurement `weight`. */
function csv(levels: readonly number[], rows: number): Uint8Array {
  const lines = ['level,weight'];
  for (let i = 0; i < rows; i++) lines.push(`${levels[i % levels.length]},${(i * 7.3) % 50}`);
  return bytesOf(lines.join('\n'));
}

describe('buildTables reusing the reference Table', () => {
  const reference = scan(csv([1, 2, 3], 60));
  const sameTypes = [scan(csv([1, 2], 20)), scan(csv([3, 4, 5], 30))];
  // 1..12 with the reference's 1..3: 12 distinct integers, so `level` turns numeric
  const manyLevels = scan(csv([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 24));

  it('is the same Table while the types stay, and equals a fresh build', () => {
    const reuse = referenceTableReuse();
    const first = buildTables(reference, sameTypes[0], INFER, reuse);
    const second = buildTables(reference, sameTypes[1], INFER, reuse);
    expect(second.reference).toBe(first.reference);
    expect(plain(second.reference)).toEqual(plain(buildTables(reference, sameTypes[1], INFER).reference));
    expect(first.reference.columns[0].type).toBe('categorical');
  });

  it('is a new Table when a candidate changes a reference column type, and the next one is kept again', () => {
    const reuse = referenceTableReuse();
    const first = buildTables(reference, sameTypes[0], INFER, reuse);
    const numeric = buildTables(reference, manyLevels, INFER, reuse);
    expect(numeric.reference).not.toBe(first.reference);
    expect(numeric.reference.columns[0].type).toBe('numeric');
    expect(plain(numeric.reference)).toEqual(plain(buildTables(reference, manyLevels, INFER).reference));
    const back = buildTables(reference, sameTypes[1], INFER, reuse);
    expect(back.reference.columns[0].type).toBe('categorical');
    expect(plain(back.reference)).toEqual(plain(first.reference));
    expect(buildTables(reference, sameTypes[0], INFER, reuse).reference).toBe(back.reference);
  });

  it('is never the Table of another scan', () => {
    const reuse = referenceTableReuse();
    const first = buildTables(reference, sameTypes[0], INFER, reuse);
    const otherScan = scan(csv([1, 2, 3], 60));
    expect(buildTables(otherScan, sameTypes[0], INFER, reuse).reference).not.toBe(first.reference);
  });
});
