import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/data/table.js';
import { UserInputError } from '../../src/errors.js';
import { multivariateDrift } from '../../src/multivariate/index.js';
import { ks2Samp } from '../../src/stats/ks.js';
import { normals, rng } from '../helpers/random.js';
import { categoricalColumn, numericColumn } from '../helpers/tables.js';

function table(columns: Table['columns'], rows: number, source = 'test.csv'): Table {
  return { source, rows, delimiter: ',', columns };
}

/** Two standard normal columns with correlation `rho` (same marginals for every rho). */
function correlated(seed: number, rows: number, rho: number): { x: Float64Array; y: Float64Array } {
  const random = rng(seed);
  const x = normals(random, rows);
  const noise = normals(random, rows);
  const y = x.map((value, i) => rho * value + Math.sqrt(1 - rho * rho) * noise[i]);
  return { x, y };
}

describe('multivariateDrift', () => {
  it('catches a correlation flip that leaves every marginal unchanged (KS passes)', () => {
    const ref = correlated(1, 2000, 0.8);
    const cand = correlated(2, 2000, -0.8);
    expect(ks2Samp(ref.x, cand.x).pValue).toBeGreaterThan(0.05);
    expect(ks2Samp(ref.y, cand.y).pValue).toBeGreaterThan(0.05);
    const result = multivariateDrift(
      table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 2000),
      table([numericColumn('x', cand.x), numericColumn('y', cand.y)], 2000),
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.components).toBe(1);
    expect(result.explainedVariance).toBeGreaterThan(0.85);
    expect(result.drift).toBe(true);
    expect(result.candidateMeanError).toBeGreaterThan(result.bandUpper);
    expect(result.relativeIncreasePercent).toBeGreaterThan(100);
    expect(result.explanation).toContain('reconstructed worse');
  });

  it('finds no drift between two random halves of the same data', () => {
    const all = correlated(3, 4000, 0.8);
    const random = rng(9);
    const category = Array.from({ length: 4000 }, () => ['a', 'b', 'c'][Math.floor(random() * 3)]);
    const half = (start: number) =>
      table(
        [
          numericColumn('x', all.x.slice(start, start + 2000)),
          numericColumn('y', all.y.slice(start, start + 2000)),
          categoricalColumn('c', category.slice(start, start + 2000)),
        ],
        2000,
      );
    const result = multivariateDrift(half(0), half(2000));
    expect(result.status).toBe('ok');
    expect(result.drift).toBe(false);
    expect(result.columns).toEqual(['x', 'y', 'c']);
  });

  it('gives the same result on every run (seeded)', () => {
    const ref = correlated(4, 800, 0.5);
    const cand = correlated(5, 800, 0.3);
    const run = () =>
      multivariateDrift(
        table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 800),
        table([numericColumn('x', cand.x), numericColumn('y', cand.y)], 800),
      );
    expect(run()).toEqual(run());
    const other = multivariateDrift(
      table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 800),
      table([numericColumn('x', cand.x), numericColumn('y', cand.y)], 800),
      { seed: 7 },
    );
    expect(other.seed).toBe(7);
  });

  it('never fits on the held-out rows: held-out baseline error is larger than training error would be', () => {
    const ref = correlated(6, 300, 0.9);
    const result = multivariateDrift(
      table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 300),
      table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 300),
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.fitRows).toBe(210);
    expect(result.heldOutRows).toBe(90);
  });

  it('encodes categoricals by frequency and imputes missing values', () => {
    const random = rng(11);
    const n = 1000;
    const x = normals(random, n);
    // category follows x in the reference; in the candidate the link is reversed
    const refCat = Array.from(x, (value) => (value > 0 ? 'high' : random() < 0.5 ? 'low' : null));
    const cand = normals(rng(12), n);
    const candCat = Array.from(cand, (value) => (value > 0 ? 'low' : 'high'));
    const withMissing = Float64Array.from(x, (value, i) => (i % 50 === 0 ? Number.NaN : value));
    const result = multivariateDrift(
      table([numericColumn('x', withMissing), categoricalColumn('c', refCat)], n),
      table([numericColumn('x', cand), categoricalColumn('c', candCat)], n),
    );
    expect(result.status).toBe('ok');
    expect(result.drift).toBe(true);
  });

  it('skips with a reason when fewer than 2 usable columns or too few rows', () => {
    const one = multivariateDrift(
      table([numericColumn('x', [1, 2, 3]), numericColumn('k', [1, 1, 1])], 3),
      table([numericColumn('x', [1, 2, 3]), numericColumn('k', [1, 1, 1])], 3),
    );
    expect(one.status).toBe('skipped');
    expect(one.drift).toBe(false);
    if (one.status === 'skipped') expect(one.reason).toContain('at least 2 usable columns');
    expect(one.explanation).toBe(
      'Multivariate check skipped: it needs at least 2 usable columns (numeric, categorical or boolean, varying in the reference), found 1.',
    );
    expect(one.excludedColumns).toEqual([{ name: 'k', reason: 'constant in the reference training rows' }]);

    const ref = correlated(7, 20, 0.5);
    const few = multivariateDrift(
      table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 20),
      table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 20),
    );
    expect(few.status).toBe('skipped');
    if (few.status === 'skipped') expect(few.reason).toContain('reference rows');
  });

  it('restricts to named columns and names a missing one', () => {
    const ref = correlated(8, 200, 0.5);
    const t = table([numericColumn('x', ref.x), numericColumn('y', ref.y), numericColumn('z', ref.x)], 200);
    const result = multivariateDrift(t, t, { columns: ['x', 'y'] });
    expect(result.columns).toEqual(['x', 'y']);
    expect(() => multivariateDrift(t, t, { columns: ['x', 'w'] })).toThrow(UserInputError);
    expect(() => multivariateDrift(t, t, { varianceShare: 1.5 })).toThrow(UserInputError);
  });

  it('subsamples large tables deterministically and says so', () => {
    const ref = correlated(10, 3000, 0.7);
    const t = table([numericColumn('x', ref.x), numericColumn('y', ref.y)], 3000);
    const result = multivariateDrift(t, t, { maxRows: 1000 });
    expect(result.rows.subsampled).toBe(true);
    expect(result.rows.referenceUsed).toBe(1000);
    expect(result.rows.note).toContain('1000 of 3000 reference rows');
    expect(result.explanation).toContain('1000 of 3000');
  });
});
