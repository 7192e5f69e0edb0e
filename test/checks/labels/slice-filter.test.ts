import { describe, expect, it } from 'vitest';
import { parseSliceSpec } from '../../../src/checks/labels/slice-filter.js';
import { compareTables } from '../../../src/engine/compare.js';
import { resolveSettings } from '../../../src/settings/settings.js';
import { normals, rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

describe('named slice filters', () => {
  it('parses column names and filters with or without a name', () => {
    expect(parseSliceSpec('region')).toEqual({ kind: 'column', column: 'region' });
    expect(parseSliceSpec('seniors: age >= 65')).toEqual({
      kind: 'filter',
      name: 'seniors',
      column: 'age',
      operator: '>=',
      value: '65',
    });
    expect(parseSliceSpec('region!=west')).toMatchObject({
      name: 'region != west',
      column: 'region',
      operator: '!=',
    });
  });

  /** 600 customers per side; among those aged 65+, `spend` shifts by one sd in the candidate. */
  function customers(seed: number, shiftSeniors: boolean) {
    const random = rng(seed);
    const age = Array.from({ length: 600 }, (_, i) => 20 + (i % 60));
    const spend = normals(random, 600).map((v, i) => v + (shiftSeniors && age[i] >= 65 ? 1 : 0));
    const region = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 'west' : 'east'));
    return table('t', [
      numericColumn('age', age),
      numericColumn('spend', spend),
      categoricalColumn('region', region),
    ]);
  }

  it('finds drift in the filtered slice only', () => {
    const settings = resolveSettings([
      {
        source: 'test',
        values: { slices: ['seniors: age >= 65', 'juniors: age < 65', 'region = west'], multivariate: false },
      },
    ]);
    const report = compareTables(customers(1, false), customers(2, true), settings);
    const slices = report.slices ?? [];
    expect(slices.map((s) => [s.column, s.value, s.referenceRows, s.drift])).toEqual([
      ['seniors', 'age >= 65', 150, true],
      ['juniors', 'age < 65', 450, false],
      ['region = west', 'region = west', 200, false],
    ]);
    expect(slices[0].driftedColumns).toEqual(['spend']);
  });

  it('a filter on an unknown column or a bad comparison is a clear error', () => {
    const run = (slices: string) =>
      compareTables(
        customers(1, false),
        customers(2, false),
        resolveSettings([{ source: 'test', values: { slices } }]),
      );
    expect(() => run('old: agee >= 65')).toThrow(/'slices' names column 'agee'/);
    expect(() => run('x: region > west')).toThrow(/slice filter 'x': 'region' is text; use = or != with it/);
    expect(() => run('y: age >= old')).toThrow(/'age' is numeric, so 'old' must be a number/);
  });
});
