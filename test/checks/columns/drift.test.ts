import { describe, expect, it } from 'vitest';
import { compareTables } from '../../../src/engine/compare.js';
import { resolveSettings } from '../../../src/settings/settings.js';
import { normals, rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

const defaults = resolveSettings([]);
const withInputs = (values: Record<string, unknown>) => resolveSettings([{ source: 'test', values }]);

describe('auto mode: significant and large enough', () => {
  it('identical samples do not drift and have statistic 0', () => {
    const values = normals(rng(1), 500);
    const report = compareTables(
      table('ref', [numericColumn('x', values)]),
      table('cand', [numericColumn('x', values)]),
      defaults,
    );
    const [column] = report.columns;
    expect(column.drift).toBe(false);
    expect(column.test).toBe('ks');
    expect(column.statistic).toBe(0);
    expect(column.pValue).toBe(1);
    expect(column.effectSize?.test).toBe('wasserstein');
    expect(column.effectSize?.statistic).toBe(0);
    expect(report.verdict).toBe('pass');
  });

  it('a shift of half a standard deviation drifts, with both numbers in the report', () => {
    const random = rng(2);
    const report = compareTables(
      table('ref', [numericColumn('x', normals(random, 1000))]),
      table('cand', [numericColumn('x', normals(random, 1000, 0.5))]),
      defaults,
    );
    const [column] = report.columns;
    expect(column.drift).toBe(true);
    expect(column.adjustedPValue).toBeLessThan(1e-10);
    expect(column.effectSize?.statistic).toBeGreaterThan(0.4);
    expect(column.explanation).toMatch(/^Drift: significant .* and large enough/);
    expect(report.dataset.drift).toBe(true);
    expect(report.verdict).toBe('fail');
  });

  it('does not cry wolf on a tiny shift in a large sample (significant but too small)', () => {
    const random = rng(3);
    const ref = numericColumn('x', normals(random, 200_000));
    const cand = numericColumn('x', normals(random, 200_000, 0.03));
    const auto = compareTables(table('ref', [ref]), table('cand', [cand]), defaults).columns[0];
    expect(auto.adjustedPValue).toBeLessThan(0.05);
    expect(auto.effectSize?.statistic).toBeLessThan(0.1);
    expect(auto.drift).toBe(false);
    // significant but small is a warning: neither silence nor failure
    expect(auto.outcome).toBe('warn');
    expect(auto.explanation).toMatch(/^Warning: values significant .* but below min-effect/);
    // the same data with KS named alone does alarm: that is the trap auto mode avoids
    const named = compareTables(table('ref', [ref]), table('cand', [cand]), withInputs({ stattest: 'ks' }))
      .columns[0];
    expect(named.method).toBe('named');
    expect(named.drift).toBe(true);
  });

  it('does not let a biased distance decide alone on many categories', () => {
    const random = rng(4);
    const levels = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const draw = () => levels[Math.floor(random() ** 1.5 * levels.length)];
    const ref = categoricalColumn('city', Array.from({ length: 5000 }, draw));
    const cand = categoricalColumn('city', Array.from({ length: 5000 }, draw));
    const column = compareTables(table('ref', [ref]), table('cand', [cand]), defaults).columns[0];
    expect(column.test).toBe('chi-square');
    expect(column.effectSize?.test).toBe('tvd');
    expect(column.drift).toBe(false);
    const js = compareTables(
      table('ref', [ref]),
      table('cand', [cand]),
      withInputs({ stattest: 'jensen-shannon' }),
    ).columns[0];
    expect(js.statistic).toBeGreaterThan(0.05);
  });

  it('skips a categorical column with more categories than rows (names, free text) instead of testing noise', () => {
    const ref = categoricalColumn(
      'name',
      Array.from({ length: 120 }, (_, i) => `car ${i % 100}`),
    );
    const cand = categoricalColumn(
      'name',
      Array.from({ length: 80 }, (_, i) => `car ${90 + i}`),
    );
    const column = compareTables(table('r', [ref]), table('c', [cand]), defaults).columns[0];
    expect(column.scores).toEqual([]);
    expect(column.reason).toMatch(
      /too many categories for the rows \(170 categories, 80 values on the smaller side\)/,
    );
    expect(column.drift).toBe(false);
    const named = compareTables(table('r', [ref]), table('c', [cand]), withInputs({ stattest: 'chi-square' }))
      .columns[0];
    expect(named.test).toBe('chi-square');
  });

  it('uses the z-test for binary columns and Fisher when an expected count is below 5', () => {
    const many = (a: number, b: number) => [...Array(a).fill('yes'), ...Array(b).fill('no')];
    const zColumn = compareTables(
      table('r', [categoricalColumn('flag', many(300, 700))]),
      table('c', [categoricalColumn('flag', many(500, 500))]),
      defaults,
    ).columns[0];
    expect(zColumn.test).toBe('z');
    expect(zColumn.drift).toBe(true);
    const fisherColumn = compareTables(
      table('r', [categoricalColumn('flag', many(2, 40))]),
      table('c', [categoricalColumn('flag', many(1, 45))]),
      defaults,
    ).columns[0];
    expect(fisherColumn.test).toBe('fisher');
  });
});

describe('rare classes', () => {
  it('a class falling tenfold (2% -> 0.2%) drifts the column while the total variation stays small', () => {
    const column = (rare: number) =>
      categoricalColumn('label', [
        ...Array(rare).fill('fraud'),
        ...Array(2000 - rare).fill('ok'),
        ...Array(2000).fill('review'),
      ]);
    const report = compareTables(table('r', [column(80)]), table('c', [column(8)]), defaults);
    const [label] = report.columns;
    expect(label.effectSize?.statistic).toBeLessThan(0.1);
    expect(label.scores[0].passed && label.effectSize?.passed).toBe(false);
    const fraud = label.classes?.find((c) => c.class === 'fraud');
    expect(fraud).toMatchObject({
      referenceCount: 80,
      candidateCount: 8,
      referenceShare: 0.02,
      candidateShare: 0.002,
      flagged: true,
    });
    expect(label.drift).toBe(true);
    expect(label.explanation).toMatch(/class 'fraud' fell from 2\.0% to 0\.2%/);
  });

  it('stable classes flag nothing', () => {
    const random = rng(13);
    const draw = () => (random() < 0.02 ? 'rare' : random() < 0.5 ? 'a' : 'b');
    const report = compareTables(
      table('r', [categoricalColumn('c', Array.from({ length: 4000 }, draw))]),
      table('c', [categoricalColumn('c', Array.from({ length: 4000 }, draw))]),
      defaults,
    );
    expect(report.columns[0].classes?.some((c) => c.flagged)).toBe(false);
    expect(report.columns[0].drift).toBe(false);
  });
});

describe('missing values', () => {
  it('a jump in the missing share drifts even when the present values look alike', () => {
    const random = rng(5);
    const ref = normals(random, 2000);
    const cand = normals(random, 2000);
    for (let i = 0; i < 600; i++) cand[i * 3] = Number.NaN;
    const column = compareTables(
      table('r', [numericColumn('x', ref)]),
      table('c', [numericColumn('x', cand)]),
      defaults,
    ).columns[0];
    expect(column.candidate.missing).toBe(600);
    expect(column.missingShare?.candidate).toBeCloseTo(0.3, 10);
    expect(column.scores[0].passed && column.effectSize?.passed).toBe(false);
    expect(column.drift).toBe(true);
    expect(column.explanation).toMatch(/missing share changed from 0\.0% to 30\.0%/);
  });

  it('a small significant change in the missing share below the minimum change does not drift', () => {
    const ref = Array.from({ length: 100_000 }, (_, i) => (i % 100 === 0 ? Number.NaN : i % 37));
    const cand = Array.from({ length: 100_000 }, (_, i) => (i % 50 === 0 ? Number.NaN : i % 37));
    const column = compareTables(
      table('r', [numericColumn('x', ref)]),
      table('c', [numericColumn('x', cand)]),
      defaults,
    ).columns[0];
    expect(column.missingShare?.adjustedPValue).toBeLessThan(1e-10);
    expect(column.missingShare?.passed).toBe(false);
    expect(column.drift).toBe(false);
  });

  it('a column that became entirely missing drifts by its missing share', () => {
    const ref = normals(rng(6), 300);
    const cand = new Float64Array(300).fill(Number.NaN);
    const column = compareTables(
      table('r', [numericColumn('x', ref)]),
      table('c', [numericColumn('x', cand)]),
      defaults,
    ).columns[0];
    expect(column.status).toBe('compared');
    expect(column.scores).toEqual([]);
    expect(column.reason).toMatch(/only the missing share is compared/);
    expect(column.drift).toBe(true);
  });
});

describe('many columns: correction and the dataset verdict', () => {
  it('forty unchanged columns do not drift after Benjamini-Hochberg', () => {
    const random = rng(7);
    const make = (side: string) =>
      table(
        side,
        Array.from({ length: 40 }, (_, i) => numericColumn(`f${i}`, normals(random, 300))),
      );
    const report = compareTables(make('r'), make('c'), withInputs({ stattest: 'ks' }));
    expect(report.columns.every((c) => (c.adjustedPValue as number) >= (c.pValue as number))).toBe(true);
    expect(report.dataset.driftedColumns).toEqual([]);
  });

  it('the dataset verdict is monotone in drift-share', () => {
    const random = rng(8);
    const ref = table(
      'r',
      [0, 1, 2, 3].map((i) => numericColumn(`x${i}`, normals(random, 400))),
    );
    const cand = table(
      'c',
      [0, 1, 2, 3].map((i) => numericColumn(`x${i}`, normals(random, 400, i < 2 ? 1 : 0))),
    );
    // the multivariate check also sees the shift; it is switched off to test drift-share alone
    const verdicts = [0.25, 0.5, 0.75, 1].map(
      (share) => compareTables(ref, cand, withInputs({ 'drift-share': share, multivariate: false })).verdict,
    );
    // below the drift share the drifted columns still warn: the run passes with a warning
    expect(verdicts).toEqual(['fail', 'fail', 'warn', 'warn']);
    expect(compareTables(ref, cand, withInputs({ 'fail-on': 'never' })).verdict).toBe('warn');
    expect(
      compareTables(ref, cand, withInputs({ 'fail-on': 'warning', 'drift-share': 1, multivariate: false }))
        .verdict,
    ).toBe('fail');
    expect(
      compareTables(ref, cand, withInputs({ 'fail-on': 'column-drift', 'drift-share': 1 })).verdict,
    ).toBe('fail');
  });

  it('reports one-sided columns as schema findings; a missing column is an error that fails', () => {
    const random = rng(9);
    const report = compareTables(
      table('r', [numericColumn('a', normals(random, 50)), numericColumn('gone', normals(random, 50))]),
      table('c', [numericColumn('a', normals(random, 50)), numericColumn('new', normals(random, 50))]),
      defaults,
    );
    expect(report.columns.map((c) => [c.name, c.status])).toEqual([
      ['a', 'compared'],
      ['gone', 'missing-in-candidate'],
      ['new', 'missing-in-reference'],
    ]);
    expect(report.quality.map((q) => [q.column, q.severity])).toEqual([
      ['gone', 'error'],
      ['new', 'warning'],
    ]);
    expect(report.verdict).toBe('fail');
  });

  it('columns and ignore-columns select what is compared; an unknown column is a clear error', () => {
    const random = rng(10);
    const ref = table(
      'r',
      ['a', 'b', 'c'].map((n) => numericColumn(n, normals(random, 30))),
    );
    const cand = table(
      'c',
      ['a', 'b', 'c'].map((n) => numericColumn(n, normals(random, 30))),
    );
    expect(
      compareTables(ref, cand, withInputs({ columns: 'a,b', 'ignore-columns': 'b' })).columns.map(
        (c) => c.name,
      ),
    ).toEqual(['a']);
    expect(() => compareTables(ref, cand, withInputs({ columns: 'a,zz' }))).toThrow(/'columns' names 'zz'/);
  });
});

describe('values: before and after in real units', () => {
  it('describes each side of a numeric column from its present values (numpy.quantile linear)', () => {
    // numpy 2.4: mean([1, 2, 3, 4, 10, 5, 6]) = 31/7, quantile(., [.05, .5, .95]) = 1.3, 4, 8.8;
    // quantile([10, 20, 30, 40, 100, 50, 60], [.5, .95]) = 40, 88
    const report = compareTables(
      table('ref', [numericColumn('x', [1, 2, Number.NaN, 3, 4, 10, 5, 6])]),
      table('cand', [numericColumn('x', [10, 20, 30, 40, 100, 50, 60])]),
      defaults,
    );
    const values = report.columns[0].values;
    const reference = values?.reference;
    expect(reference?.count).toBe(7);
    expect(reference?.mean).toBeCloseTo(31 / 7, 12);
    expect(reference?.median).toBe(4);
    expect(reference?.p5).toBeCloseTo(1.3, 12);
    expect(reference?.p95).toBeCloseTo(8.8, 12);
    expect([reference?.min, reference?.max]).toEqual([1, 10]);
    expect(values?.candidate?.count).toBe(7);
    expect(values?.candidate?.median).toBe(40);
    expect(values?.candidate?.p95).toBeCloseTo(88, 12);
  });

  it('is absent on categorical columns, which show their classes instead', () => {
    const report = compareTables(
      table('ref', [categoricalColumn('c', ['a', 'b', 'a', 'c'])]),
      table('cand', [categoricalColumn('c', ['a', 'b', 'b', 'c'])]),
      defaults,
    );
    expect(report.columns[0].values).toBeUndefined();
  });
});
