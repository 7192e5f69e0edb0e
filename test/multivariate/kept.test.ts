/**
 * multivariateDrift with the reference's side kept (tabular.ts MultivariateCache, used by
 * periods): the same result, number for number, as without it, for candidates with a flipped
 * correlation, a class the reference never had, missing values, fewer rows than the sample and a
 * column fewer; the reference's sample, encodings and fit are made once for each set of columns.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/data/table.js';
import { multivariateCache, multivariateDrift } from '../../src/multivariate/tabular.js';
import { normals, rng } from '../helpers/random.js';
import { categoricalColumn, numericColumn } from '../helpers/tables.js';

function table(columns: Table['columns'], rows: number, source: string): Table {
  return { source, rows, delimiter: ',', columns };
}

/** x, y with correlation `rho`, a class column over `levels` (every 50th missing), x missing every 40th row. */
function sample(seed: number, rows: number, rho: number, levels: readonly string[]): Table {
  const random = rng(seed);
  const x = normals(random, rows);
  const noise = normals(random, rows);
  const y = x.map((value, i) => rho * value + Math.sqrt(1 - rho * rho) * noise[i]);
  const c = Array.from({ length: rows }, (_, i) =>
    i % 50 === 0 ? null : levels[Math.floor(random() * levels.length)],
  );
  return table(
    [
      numericColumn(
        'x',
        x.map((value, i) => (i % 40 === 0 ? Number.NaN : value)),
      ),
      numericColumn('y', y),
      categoricalColumn('c', c),
    ],
    rows,
    `sample-${seed}.csv`,
  );
}

describe('multivariateDrift with the reference side kept', () => {
  const reference = sample(1, 3000, 0.8, ['a', 'b', 'c']);
  const candidates = [
    sample(2, 1000, 0.8, ['a', 'b', 'c']),
    sample(3, 1000, -0.8, ['a', 'b', 'c']),
    sample(4, 800, 0.8, ['a', 'b', 'new']),
    sample(5, 5, 0.8, ['a']),
  ];
  // maxRows below the reference's rows: the reference side is a seeded sample
  const options = { maxRows: 2000 };

  it('gives the result made without it, for each candidate in turn', () => {
    const kept = multivariateCache();
    const results = candidates.map((candidate) => {
      const result = multivariateDrift(reference, candidate, options, kept);
      expect(JSON.stringify(result)).toBe(JSON.stringify(multivariateDrift(reference, candidate, options)));
      return result;
    });
    // the candidates really differ: same data passes, the flipped correlation drifts, 5 rows are too few
    expect([results[0].status, results[0].drift]).toEqual(['ok', false]);
    expect([results[1].status, results[1].drift]).toEqual(['ok', true]);
    expect(results[2].status).toBe('ok');
    expect(results[3].status).toBe('skipped');
    // the sample, the encodings of x, y and c, the encoded rows (the 5-row candidate adds nothing)
    expect(kept.made).toBe(5);
  });

  it('a comparison on fewer columns reuses the sample and the encodings, and encodes and fits its own rows', () => {
    const kept = multivariateCache();
    for (const columns of [
      ['x', 'y', 'c'],
      ['x', 'y'],
    ]) {
      const result = multivariateDrift(reference, candidates[1], { ...options, columns }, kept);
      const fresh = multivariateDrift(reference, candidates[1], { ...options, columns });
      expect(JSON.stringify(result)).toBe(JSON.stringify(fresh));
    }
    expect(kept.made).toBe(5 + 1);
  });
});
