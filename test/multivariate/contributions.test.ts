/**
 * Which columns drive a multivariate increase, and robust scaling, on real public data: the cars
 * table of examples/data (vega-datasets cars.json as CSV) with a x1000 unit error in
 * Weight_in_lbs, and seattle-weather.csv (vega-datasets) split into alternate days.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import type { NumericColumn, Table } from '../../src/data/table.js';
import {
  type MultivariateOk,
  type MultivariateResult,
  multivariateDrift,
  STANDARDISED_BOUND,
  shareOfIncrease,
} from '../../src/multivariate/index.js';
import { multivariateConclusionText } from '../../src/report/wording.js';
import { normals, rng } from '../helpers/random.js';
import { numericColumn } from '../helpers/tables.js';

const source = (path: string) => ({ label: path, path });

function ok(result: MultivariateResult): MultivariateOk {
  if (result.status !== 'ok') throw new Error(`multivariate check skipped: ${result.explanation}`);
  return result;
}

/** The table with one numeric column multiplied by `factor` (a unit error). */
function scaled(table: Table, name: string, factor: number): Table {
  return {
    ...table,
    columns: table.columns.map((column) =>
      column.name === name
        ? { ...(column as NumericColumn), values: (column as NumericColumn).values.map((v) => v * factor) }
        : column,
    ),
  };
}

describe('multivariate contributions (real data)', () => {
  it('a x1000 unit error in Weight_in_lbs: one column explains it, bounded increase', async () => {
    const cars = await loadTables(source('examples/data/train-all.csv'), source('examples/data/stable.csv'));
    const stable = ok(multivariateDrift(cars.reference, cars.candidate));
    expect(stable.drift).toBe(false);
    expect(stable.relativeIncreasePercent).toBe(-2.4);

    const broken = ok(multivariateDrift(cars.reference, scaled(cars.candidate, 'Weight_in_lbs', 1000)));
    expect(broken.drift).toBe(true);
    // clipped at +-10 robust standard deviations: large but bounded (it was +64862.8% unclipped)
    expect(broken.relativeIncreasePercent).toBe(395.9);
    expect(broken.candidateMeanError).toBeLessThan(STANDARDISED_BOUND);
    expect(broken.contributions.map((c) => c.column)).toEqual([
      'Weight_in_lbs',
      'Displacement',
      'Horsepower',
      'Name',
      'Cylinders',
      'Miles_per_Gallon',
      'Origin',
      'Acceleration',
    ]);
    expect(broken.contributions[0].share).toBeCloseTo(0.8556, 4);
    expect(broken.contributions.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1, 12);
    expect(broken.explanation).toBe(
      'Candidate rows are reconstructed worse than the reference by a 2-component PCA of 8 columns (75% of the variance): ' +
        'mean reconstruction error 9.31 vs 1.88 on held-out reference rows (+395.9%; band up to 2.19); ' +
        'one column explains it: Weight_in_lbs (86% of the increase) — see its column test.',
    );
  });

  it('examples/data/broken.csv (Weight_in_lbs x1000, no Horsepower) names Weight_in_lbs', async () => {
    const cars = await loadTables(source('examples/data/train-all.csv'), source('examples/data/broken.csv'));
    const result = ok(multivariateDrift(cars.reference, cars.candidate));
    expect(result.drift).toBe(true);
    expect(result.relativeIncreasePercent).toBe(298.4);
    expect(result.contributions[0]).toEqual({ column: 'Weight_in_lbs', share: expect.closeTo(0.8502, 4) });
    expect(result.explanation).toMatch(
      /; one column explains it: Weight_in_lbs \(85% of the increase\) — see its column test\.$/,
    );
  });

  it('seattle-weather.csv, alternate days: no drift after robust scaling (skewed precipitation)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-multivariate-'));
    const [header, ...rows] = readFileSync('node_modules/vega-datasets/data/seattle-weather.csv', 'utf8')
      .trimEnd()
      .split('\n');
    const write = (name: string, parity: number) => {
      const path = join(dir, name);
      writeFileSync(path, [header, ...rows.filter((_, i) => i % 2 === parity)].join('\n'));
      return source(path);
    };
    const weather = await loadTables(write('even.csv', 0), write('odd.csv', 1));
    const result = ok(multivariateDrift(weather.reference, weather.candidate));
    expect(result.columns).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind', 'weather']);
    expect(result.drift).toBe(false);
    expect(result.aboveBand).toBe(false);
  });
});

describe('multivariate contributions (method)', () => {
  it('a correlation flip is shared by both columns and worded as changed relationships', () => {
    const random = rng(1);
    const pair = (rho: number) => {
      const x = normals(random, 2000);
      const noise = normals(random, 2000);
      const y = x.map((value, i) => rho * value + Math.sqrt(1 - rho * rho) * noise[i]);
      return {
        source: 't.csv',
        rows: 2000,
        delimiter: ',',
        columns: [numericColumn('x', x), numericColumn('y', y)],
      };
    };
    const result = ok(multivariateDrift(pair(0.8), pair(-0.8)));
    expect(result.drift).toBe(true);
    for (const c of result.contributions) expect(c.share).toBeGreaterThan(0.4);
    expect(result.explanation).toMatch(
      /; how the columns vary together changed \(check pairs of columns, not only each column\); largest shares of the increase: [xy] \d\d%, [xy] \d\d%\.$/,
    );
  });

  it('a column with a MAD of 0 (70% zeros) is scaled by its standard deviation, not left out', () => {
    const random = rng(3);
    const make = () => {
      const x = normals(random, 1000);
      const rain = x.map((value, i) => (i % 10 < 7 ? 0 : Math.abs(value) * 5));
      return {
        source: 't.csv',
        rows: 1000,
        delimiter: ',',
        columns: [numericColumn('x', x), numericColumn('rain', rain)],
      };
    };
    const result = ok(multivariateDrift(make(), make()));
    expect(result.columns).toEqual(['x', 'rain']);
    expect(result.excludedColumns).toEqual([]);
    expect(result.drift).toBe(false);
  });

  it('shareOfIncrease clamps shrinking dimensions to 0 and normalises the rest', () => {
    expect(Array.from(shareOfIncrease(Float64Array.of(3, -2, 1, 0)))).toEqual([0.75, 0, 0.25, 0]);
    expect(Array.from(shareOfIncrease(Float64Array.of(-1, 0)))).toEqual([0, 0]);
  });

  it('the wording names one column at 80% and lists the top 3 below it', () => {
    expect(
      multivariateConclusionText([
        { column: 'a', share: 0.8 },
        { column: 'b', share: 0.2 },
      ]),
    ).toBe('one column explains it: a (80% of the increase) — see its column test');
    expect(
      multivariateConclusionText([
        { column: 'a', share: 0.5 },
        { column: 'b', share: 0.3 },
        { column: 'c', share: 0.15 },
        { column: 'd', share: 0.05 },
      ]),
    ).toBe(
      'how the columns vary together changed (check pairs of columns, not only each column); largest shares of the increase: a 50%, b 30%, c 15%',
    );
    expect(multivariateConclusionText([{ column: 'a', share: 0 }])).toBe(
      'how the columns vary together changed (check pairs of columns, not only each column)',
    );
  });
});
