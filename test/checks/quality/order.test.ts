import { describe, expect, it } from 'vitest';
import { compareTables } from '../../../src/engine/compare.js';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

/**
 * The run order of one column's checks depends on its kind (registry.ts COLUMN_CHECK_ORDER): a
 * numeric column reports out-of-range before constant-column, a categorical column of number
 * levels constant-column before out-of-range, as before the checks were split into files.
 */
describe('column check order', () => {
  const settings = { ...DEFAULT_SETTINGS, multivariate: false };
  const checksOf = (name: string, ref: ReturnType<typeof table>, cand: ReturnType<typeof table>) =>
    compareTables(ref, cand, settings)
      .quality.filter((q) => q.column === name)
      .map((q) => q.check);

  it('numeric: a candidate constant outside the reference range is out-of-range, then constant', () => {
    const ref = table('r', [
      numericColumn(
        'x',
        Array.from({ length: 100 }, (_, i) => i / 100),
      ),
    ]);
    const cand = table('c', [
      numericColumn(
        'x',
        Array.from({ length: 100 }, () => 2),
      ),
    ]);
    expect(checksOf('x', ref, cand)).toEqual(['out-of-range', 'constant-column']);
  });

  it('categorical number levels: constant, then out-of-range; never new-categories', () => {
    const ref = table('r', [
      categoricalColumn(
        'n',
        Array.from({ length: 100 }, (_, i) => String(1 + (i % 3))),
      ),
    ]);
    const cand = table('c', [
      categoricalColumn(
        'n',
        Array.from({ length: 100 }, () => '9'),
      ),
    ]);
    expect(checksOf('n', ref, cand)).toEqual(['constant-column', 'out-of-range']);
  });

  it('a column entirely missing in the candidate gets no other finding', () => {
    const ref = table('r', [
      numericColumn(
        'x',
        Array.from({ length: 100 }, (_, i) => i),
      ),
    ]);
    const cand = table('c', [
      numericColumn(
        'x',
        Array.from({ length: 100 }, () => Number.NaN),
      ),
    ]);
    expect(checksOf('x', ref, cand)).toEqual(['entirely-missing']);
  });
});
