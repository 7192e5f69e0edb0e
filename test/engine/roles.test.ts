/**
 * Row ids and timestamps are not drift (issue 11): an id column 1..8000 vs 8001..16000 and a
 * time axis (Seattle weather 2012 vs 2015) get the roles `identifier` and `time`, are shown by
 * their ranges and left out of the drift share, the column tests, the multivariate check and the
 * out-of-range check; `time-column` names the time column, `type` in column-settings forces a test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import type { NumericColumn, Table } from '../../src/data/table.js';
import { compareTables } from '../../src/engine/compare.js';
import { planComparison } from '../../src/engine/plan.js';
import { isRowId, isTimeAxis } from '../../src/engine/roles.js';
import { UserInputError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { numericColumn } from '../helpers/tables.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seattle = readFileSync(
  path.join(root, 'node_modules', 'vega-datasets', 'data', 'seattle-weather.csv'),
  'utf8',
);
const settingsOf = (values: Record<string, unknown> = {}) => resolveSettings([{ source: 'test', values }]);
const encoder = new TextEncoder();

function load(reference: string, candidate: string): Promise<{ reference: Table; candidate: Table }> {
  return loadTables(
    { label: 'ref.csv', bytes: encoder.encode(reference) },
    { label: 'cand.csv', bytes: encoder.encode(candidate) },
    { worker: 'off' },
  );
}

/** An export with a row id: the same feature rows, ids 1..n in the reference and n+1..2n in the candidate. */
function idExport(rows: number): { reference: string; candidate: string } {
  const body = (offset: number) =>
    Array.from({ length: rows }, (_, i) => `${i + 1 + offset},${((i * 7919) % 1000) / 10},${'abc'[i % 3]}`);
  const header = 'row_id,amount,segment';
  return {
    reference: [header, ...body(0)].join('\n'),
    candidate: [header, ...body(rows)].join('\n'),
  };
}

/** seattle-weather.csv rows of one year. */
function year(y: string): string {
  const [header, ...rows] = seattle.trim().split('\n');
  return [header, ...rows.filter((row) => row.startsWith(y))].join('\n');
}

describe('identifier and time columns', () => {
  it('an id column 1-8000 vs 8001-16000 with otherwise identical data passes, the id range shown', async () => {
    const { reference, candidate } = await load(idExport(8000).reference, idExport(8000).candidate);
    const report = compareTables(reference, candidate, settingsOf(), { now: new Date(0) });
    expect(report.verdict).toBe('pass');
    const id = report.columns.find((c) => c.name === 'row_id');
    expect(id?.role).toBe('identifier');
    expect(id?.status).toBe('skipped');
    expect(id?.drift).toBe(false);
    expect(id?.reason).toBe('id range 1-8000 → 8001-16000');
    expect(id?.range?.candidate).toEqual({ min: 8001, max: 16000, text: '8001-16000' });
    expect(report.dataset.comparedColumns).toBe(2);
    expect(report.multivariate?.columns).not.toContain('row_id');
    expect(report.multivariate?.drift).toBe(false);
    expect(report.quality.filter((f) => f.column === 'row_id')).toEqual([]);
    expect(renderText(report, { color: false })).toContain('row_id (numeric): id range 1-8000 → 8001-16000');
    expect(renderMarkdown(report)).toContain('id range 1-8000 → 8001-16000');
  });

  it('type: numeric in column-settings tests the id column (and it drifts)', async () => {
    const { reference, candidate } = await load(idExport(8000).reference, idExport(8000).candidate);
    const settings = settingsOf({ 'column-settings': { row_id: { type: 'numeric' } } });
    const report = compareTables(reference, candidate, settings, { now: new Date(0) });
    const id = report.columns.find((c) => c.name === 'row_id');
    expect([id?.role, id?.status, id?.drift]).toEqual(['feature', 'compared', true]);
    expect(report.multivariate?.columns).toContain('row_id');
  });

  it('seattle-weather 2012 vs 2015: the date is the time axis, not drift', async () => {
    const { reference, candidate } = await load(year('2012'), year('2015'));
    const report = compareTables(reference, candidate, settingsOf(), { now: new Date(0) });
    const date = report.columns.find((c) => c.name === 'date');
    expect([date?.role, date?.status, date?.drift]).toEqual(['time', 'skipped', false]);
    expect(date?.reason).toBe('time 2012-01..12 → 2015-01..12');
    expect(date?.explanation).toMatch(/^Not tested: time 2012-01\.\.12 → 2015-01\.\.12; a time axis/);
    expect(report.dataset.comparedColumns).toBe(5);
    expect(report.dataset.driftedColumns).not.toContain('date');
    expect(report.multivariate?.columns).not.toContain('date');
    expect(report.multivariate?.drift).toBe(false);
    expect(renderText(report, { color: false })).toContain('date (datetime): time 2012-01..12 → 2015-01..12');
  });

  it('the same year on both sides is no time axis: the date is tested', async () => {
    const { reference, candidate } = await load(year('2013'), year('2013'));
    const report = compareTables(reference, candidate, settingsOf(), { now: new Date(0) });
    const date = report.columns.find((c) => c.name === 'date');
    expect([date?.role, date?.status, date?.drift]).toEqual(['feature', 'compared', false]);
  });

  it('time-column names the time axis even when the sides overlap; a bad name is a UserInputError', async () => {
    const { reference, candidate } = await load(year('2013'), year('2013'));
    const report = compareTables(reference, candidate, settingsOf({ 'time-column': 'date' }), {
      now: new Date(0),
    });
    const date = report.columns.find((c) => c.name === 'date');
    expect([date?.role, date?.reason]).toEqual(['time', 'time 2013-01..12 → 2013-01..12']);
    expect(() => planComparison(reference, candidate, settingsOf({ 'time-column': 'nope' }))).toThrow(
      new UserInputError(`'time-column' names column 'nope', not found in either file`),
    );
    expect(() => planComparison(reference, candidate, settingsOf({ 'time-column': 'weather' }))).toThrow(
      /'time-column' names column 'weather', which reads as categorical/,
    );
  });

  it('row ids: unique (99%) and increasing with the row order on each side; time: candidate after reference', () => {
    const ids = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(isRowId(numericColumn('id', ids))).toBe(true);
    const twoSwaps = ids.slice();
    [twoSwaps[10], twoSwaps[11]] = [twoSwaps[11], twoSwaps[10]];
    expect(isRowId(numericColumn('id', twoSwaps))).toBe(true);
    [twoSwaps[50], twoSwaps[51]] = [twoSwaps[51], twoSwaps[50]];
    [twoSwaps[90], twoSwaps[91]] = [twoSwaps[91], twoSwaps[90]];
    expect(isRowId(numericColumn('id', twoSwaps))).toBe(false);
    expect(
      isRowId(
        numericColumn(
          'x',
          ids.map((i) => i + 0.5),
        ),
      ),
    ).toBe(false);
    expect(isRowId(numericColumn('short', ids.slice(0, 19)))).toBe(false);
    const day = 86_400_000;
    const dates = (from: number, n: number): NumericColumn => ({
      ...numericColumn(
        't',
        Array.from({ length: n }, (_, i) => (from + i) * day),
      ),
      type: 'datetime',
    });
    expect(isTimeAxis(dates(0, 100), dates(100, 100))).toBe(true);
    expect(isTimeAxis(dates(0, 200), dates(199, 100))).toBe(true);
    expect(isTimeAxis(dates(0, 200), dates(150, 100))).toBe(false);
  });
});

describe('time-column on plain numbers', () => {
  it('shows the numbers, not dates', async () => {
    const rows = (from: number) =>
      ['epoch,v', ...Array.from({ length: 30 }, (_, i) => `${from + i * 0.5},${i % 4}`)].join('\n');
    const { reference, candidate } = await load(rows(100), rows(200));
    const report = compareTables(reference, candidate, settingsOf({ 'time-column': 'epoch' }), {
      now: new Date(0),
    });
    const epoch = report.columns.find((c) => c.name === 'epoch');
    expect([epoch?.role, epoch?.reason]).toEqual(['time', 'time 100-114.5 → 200-214.5']);
  });
});
