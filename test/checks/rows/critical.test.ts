import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/data/table.js';
import { compareTables } from '../../../src/engine/compare.js';
import { UserInputError } from '../../../src/errors.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { resolveSettings } from '../../../src/settings/settings.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const settingsOf = (values: Record<string, unknown>) => resolveSettings([{ source: 'test', values }]);

/** A product catalogue: id, category, price. */
function catalogue(source: string, rows: { id: string; category: string; price: number }[]): Table {
  return table(source, [
    categoricalColumn(
      'id',
      rows.map((r) => r.id),
    ),
    categoricalColumn(
      'category',
      rows.map((r) => r.category),
    ),
    numericColumn(
      'price',
      rows.map((r) => r.price),
    ),
  ]);
}

const CATEGORIES = ['books', 'garden', 'toys'];
const base = Array.from({ length: 60 }, (_, i) => ({
  id: `p-${String(i).padStart(3, '0')}`,
  category: CATEGORIES[i % 3],
  price: 5 + ((i * 7) % 40),
}));

describe('critical rows', () => {
  it('a removed critical row fails the run and is listed (keyed)', () => {
    const candidate = base.filter((r) => r.id !== 'p-007');
    const report = compareTables(
      catalogue('ref.csv', base),
      catalogue('cand.csv', candidate),
      settingsOf({ key: 'id', critical: 'p-007, p-010' }),
      { now: NOW },
    );
    expect(report.critical).toMatchObject({ keyed: true, rows: 2, removed: 1, changed: 0, unmatched: [] });
    expect(report.critical?.examples).toEqual([{ row: 'p-007', status: 'removed', columns: [] }]);
    expect(report.verdict).toBe('fail');
    expect(report.reasons).toContain('Critical rows: 1 of 2 removed, 0 changed: p-007 (removed)');
    expect(renderMarkdown(report)).toContain('### 🔴 Critical rows');
    expect(renderText(report)).toContain('p-007: removed');
  });

  it('a changed critical row fails and names the changed column; a filter selects rows; fail-on never passes', () => {
    const candidate = base.map((r) => (r.id === 'p-004' ? { ...r, price: 99 } : r));
    const settings = { key: 'id', critical: ['category=garden'] };
    const report = compareTables(
      catalogue('ref.csv', base),
      catalogue('cand.csv', candidate),
      settingsOf(settings),
      {
        now: NOW,
      },
    );
    expect(report.critical).toMatchObject({ rows: 20, removed: 0, changed: 1 });
    expect(report.critical?.examples).toEqual([{ row: 'p-004', status: 'changed', columns: ['price'] }]);
    expect(report.verdict).toBe('fail');
    const never = compareTables(
      catalogue('ref.csv', base),
      catalogue('cand.csv', candidate),
      settingsOf({ ...settings, 'fail-on': 'never' }),
      { now: NOW },
    );
    // fail-on never: what would fail warns
    expect(never.verdict).toBe('warn');
  });

  it('without a key, a critical row with no equal candidate row counts as removed; unchanged rows pass', () => {
    const candidate = base.map((r) => (r.id === 'p-001' ? { ...r, category: 'toys' } : r));
    const report = compareTables(
      catalogue('ref.csv', base),
      catalogue('cand.csv', candidate),
      settingsOf({ critical: ['id=p-001', 'id=p-002', 'id=p-999'] }),
      { now: NOW },
    );
    expect(report.critical).toMatchObject({ keyed: false, rows: 2, removed: 1, unmatched: ['id=p-999'] });
    expect(report.critical?.examples[0].row).toBe('line 3');
    const same = compareTables(
      catalogue('ref.csv', base),
      catalogue('cand.csv', base),
      settingsOf({ critical: 'id=p-001' }),
      {
        now: NOW,
      },
    );
    expect(same.critical?.removed).toBe(0);
    expect(same.verdict).toBe('pass');
  });

  it('bad entries name the setting', () => {
    const t = catalogue('ref.csv', base);
    expect(() => compareTables(t, t, settingsOf({ critical: 'p-001' }))).toThrow(UserInputError);
    expect(() => compareTables(t, t, settingsOf({ critical: 'p-001' }))).toThrow("needs a one-column 'key'");
    expect(() => compareTables(t, t, settingsOf({ critical: 'sku=1' }))).toThrow(
      "'critical' entry 'sku=1' names column 'sku', not found in ref.csv",
    );
  });
});
