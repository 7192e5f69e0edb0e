import { describe, expect, it } from 'vitest';
import { compareTables, MULTIVARIATE_MAX_COLUMNS } from '../../src/engine/compare.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { normals, rng } from '../helpers/random.js';
import { numericColumn, table } from '../helpers/tables.js';

/** Two standard-normal columns with correlation `rho` (same marginals whatever rho is). */
function correlated(seed: number, rows: number, rho: number) {
  const random = rng(seed);
  const x = normals(random, rows);
  const noise = normals(random, rows);
  const y = x.map((value, i) => rho * value + Math.sqrt(1 - rho * rho) * noise[i]);
  return table(`rho=${rho}`, [numericColumn('x', x), numericColumn('y', y)]);
}

describe('the multivariate check in the report and the verdict', () => {
  it('a correlation flip fails the run although no column drifts on its own', () => {
    const report = compareTables(correlated(1, 2000, 0.8), correlated(2, 2000, -0.8), resolveSettings([]));
    expect(report.dataset.driftedColumns).toEqual([]);
    expect(report.multivariate?.status).toBe('ok');
    expect(report.multivariate?.drift).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.reasons.some((r) => r.startsWith('Multivariate drift: '))).toBe(true);
  });

  it('more columns than MULTIVARIATE_MAX_COLUMNS skip the check with the reason and the sentence', () => {
    const columns = Array.from({ length: MULTIVARIATE_MAX_COLUMNS + 1 }, (_, k) =>
      numericColumn(`c${k}`, [k, k + 1, k + 2, k + 3]),
    );
    const report = compareTables(table('wide', columns), table('wide', columns), resolveSettings([]));
    const reason = `301 columns are more than the 300 the multivariate check takes; choose fewer with 'columns' or set multivariate: false`;
    expect(report.multivariate).toMatchObject({ status: 'skipped', drift: false, reason });
    expect(report.multivariate?.explanation).toBe(`Multivariate check skipped: ${reason}.`);
  });

  it('the same joint distribution passes; multivariate: false leaves the check out', () => {
    const same = compareTables(correlated(3, 2000, 0.8), correlated(4, 2000, 0.8), resolveSettings([]));
    expect(same.multivariate?.drift).toBe(false);
    expect(same.verdict).toBe('pass');
    const off = compareTables(
      correlated(1, 2000, 0.8),
      correlated(2, 2000, -0.8),
      resolveSettings([{ source: 'test', values: { multivariate: 'false' } }]),
    );
    expect(off.multivariate).toBeUndefined();
    expect(off.verdict).toBe('pass');
  });

  it('fail-on never reports multivariate drift without failing', () => {
    const report = compareTables(
      correlated(1, 2000, 0.8),
      correlated(2, 2000, -0.8),
      resolveSettings([{ source: 'test', values: { 'fail-on': 'never' } }]),
    );
    expect(report.multivariate?.drift).toBe(true);
    expect(report.multivariate?.outcome).toBe('fail');
    // it passes, with a warning
    expect(report.verdict).toBe('warn');
  });
});
