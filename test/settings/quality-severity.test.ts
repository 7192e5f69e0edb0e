import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY } from '../../src/checks/quality/quality.js';
import { DEFAULT_ROW_SEVERITY } from '../../src/checks/rows/rows.js';
import { compareTables } from '../../src/engine/compare.js';
import { QUALITY_CHECKS, resolveSettings } from '../../src/settings/settings.js';
import { normals, rng } from '../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../helpers/tables.js';

describe('quality-severity', () => {
  it('knows every data-quality check id', () => {
    expect([...QUALITY_CHECKS].sort()).toEqual(
      [
        ...Object.keys(DEFAULT_SEVERITY),
        ...Object.keys(DEFAULT_ROW_SEVERITY),
        'schema',
        'unreadable-images',
      ].sort(),
    );
  });

  it('parses text and maps; rejects unknown checks and severities naming them', () => {
    const fromText = resolveSettings([
      { source: 'action inputs', values: { 'quality-severity': 'out-of-range=error, column-order=off' } },
    ]);
    expect(fromText.qualitySeverity).toEqual({ 'out-of-range': 'error', 'column-order': 'off' });
    expect(() =>
      resolveSettings([{ source: 'f', values: { 'quality-severity': 'out-of-rang=error' } }]),
    ).toThrow(/unknown data-quality check 'out-of-rang'/);
    expect(() =>
      resolveSettings([{ source: 'f', values: { 'quality-severity': { 'unit-change': 'fatal' } } }]),
    ).toThrow(/bad value for 'quality-severity'/);
  });

  it('changes severities globally and per column; off drops the finding', () => {
    const random = rng(21);
    const reference = table('r', [
      categoricalColumn(
        'colour',
        Array.from({ length: 300 }, (_, i) => (i % 2 ? 'red' : 'blue')),
      ),
      categoricalColumn(
        'shape',
        Array.from({ length: 300 }, (_, i) => (i % 2 ? 'round' : 'square')),
      ),
      numericColumn('x', normals(random, 300)),
    ]);
    const candidate = table('c', [
      categoricalColumn(
        'colour',
        Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 'green' : 'red')),
      ),
      categoricalColumn(
        'shape',
        Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 'oval' : 'round')),
      ),
      numericColumn('x', normals(random, 300)),
    ]);
    const findings = (values: Record<string, unknown>) =>
      compareTables(reference, candidate, resolveSettings([{ source: 'test', values }]))
        .quality.filter((q) => q.check === 'new-categories')
        .map((q) => [q.column, q.severity]);
    expect(findings({})).toEqual([
      ['colour', 'warning'],
      ['shape', 'warning'],
    ]);
    expect(
      findings({
        'quality-severity': { 'new-categories': 'error' },
        'column-settings': { shape: { 'quality-severity': { 'new-categories': 'off' } } },
      }),
    ).toEqual([['colour', 'error']]);
  });
});
