import { describe, expect, it } from 'vitest';
import {
  COLUMN_CHECK_ORDER,
  DATASET_CHECK_ORDER,
  getQualityCheck,
  QUALITY_CHECK_IDS,
  QUALITY_CHECKS,
} from '../../src/checks/quality/registry.js';
import { compareTables } from '../../src/engine/compare.js';
import { planComparison } from '../../src/engine/plan.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/settings/settings.js';
import { normals, rng } from '../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../helpers/tables.js';

describe('quality-severity', () => {
  /** The first ids of the "known:" list in error messages, in the order users have seen (new checks append). */
  const KNOWN = [
    'schema',
    'type-change',
    'column-order',
    'missing-values',
    'entirely-missing',
    'new-categories',
    'vanished-categories',
    'out-of-range',
    'unit-change',
    'constant-column',
    'row-count',
    'row-count-growth',
    'duplicate-rows',
    'duplicate-keys',
    'unreadable-images',
    'null-like-category',
  ];

  it('the registry knows every check once, in the known order, with its default severity', () => {
    expect(QUALITY_CHECK_IDS.slice(0, KNOWN.length)).toEqual(KNOWN);
    for (const [id, check] of Object.entries(QUALITY_CHECKS)) {
      expect(check.id).toBe(id);
      expect(check.finds.length).toBeGreaterThan(10);
      expect(getQualityCheck(id)).toBe(check);
    }
    expect(getQualityCheck('toString')).toBeUndefined();
    expect(
      Object.fromEntries(QUALITY_CHECK_IDS.map((id) => [id, QUALITY_CHECKS[id].defaultSeverity])),
    ).toMatchObject({
      schema: 'error',
      'type-change': 'error',
      'column-order': 'info',
      'missing-values': 'warning',
      'entirely-missing': 'error',
      'new-categories': 'warning',
      'vanished-categories': 'warning',
      'out-of-range': 'warning',
      'unit-change': 'error',
      'constant-column': 'warning',
      'row-count': 'warning',
      'row-count-growth': 'info',
      'duplicate-rows': 'warning',
      'duplicate-keys': 'warning',
      'unreadable-images': 'warning',
      'null-like-category': 'info',
    });
  });

  it('every check that runs on the Tables is in its run order, and only those', () => {
    const runs = (family: string) => QUALITY_CHECK_IDS.filter((id) => QUALITY_CHECKS[id].family === family);
    expect([...DATASET_CHECK_ORDER].sort()).toEqual(runs('dataset').sort());
    const inColumnOrder = new Set(Object.values(COLUMN_CHECK_ORDER).flat());
    expect([...inColumnOrder].sort()).toEqual(runs('column').sort());
    for (const order of Object.values(COLUMN_CHECK_ORDER)) expect(new Set(order).size).toBe(order.length);
  });

  it('the plan rejects an unknown check id, globally and per column, listing the known ones', () => {
    const t = table('t', [numericColumn('x', [1, 2, 3])]);
    const known = `known: ${QUALITY_CHECK_IDS.join(', ')}`;
    expect(() =>
      planComparison(t, t, { ...DEFAULT_SETTINGS, qualitySeverity: { 'out-of-rang': 'error' } }),
    ).toThrow(`bad value for 'quality-severity': unknown data-quality check 'out-of-rang'; ${known}`);
    expect(() =>
      planComparison(t, t, {
        ...DEFAULT_SETTINGS,
        columnSettings: { x: { qualitySeverity: { 'unit-chang': 'off' } } },
      }),
    ).toThrow(
      `bad value for 'column-settings' (column 'x', key 'quality-severity'): unknown data-quality check 'unit-chang'; ${known}`,
    );
    const plan = planComparison(t, t, {
      ...DEFAULT_SETTINGS,
      qualitySeverity: { 'unit-change': 'warning' },
      columnSettings: { x: { qualitySeverity: { 'unit-change': 'off' } }, y: { ignore: true } },
    });
    expect(plan.quality).toEqual({
      global: { 'unit-change': 'warning' },
      perColumn: { x: { 'unit-change': 'off' } },
    });
  });

  it('parses text and maps; rejects unknown severities naming them (check ids: the plan)', () => {
    const fromText = resolveSettings([
      { source: 'action inputs', values: { 'quality-severity': 'out-of-range=error, column-order=off' } },
    ]);
    expect(fromText.qualitySeverity).toEqual({ 'out-of-range': 'error', 'column-order': 'off' });
    expect(
      resolveSettings([{ source: 'f', values: { 'quality-severity': 'out-of-rang=error' } }]).qualitySeverity,
    ).toEqual({ 'out-of-rang': 'error' });
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
