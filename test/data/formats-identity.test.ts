/**
 * The same data in every format gives the report of its CSV: the example cars tables and two
 * public tables from vega-datasets (flights-10k split in time, weather split by city), written by
 * DuckDB as Parquet (snappy, row groups of 2,048 rows), JSON Lines, JSON arrays, gzip CSV and zstd
 * TSV (scripts/make-format-fixtures.js). Reports are compared field by field; only the file names
 * and the delimiter (which Parquet and JSON do not have: '') may differ.
 */
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import { compareTables } from '../../src/engine/compare.js';
import type { Report } from '../../src/report/model.js';
import { resolveSettings } from '../../src/settings/settings.js';

const FORMATS = 'test/fixtures/formats';

async function reportOf(
  reference: string,
  candidate: string,
  values: Record<string, unknown> = {},
): Promise<Report> {
  const tables = await loadTables(
    { label: reference, path: reference },
    { label: candidate, path: candidate },
    { worker: 'off' },
  );
  return compareTables(tables.reference, tables.candidate, resolveSettings([{ source: 'test', values }]));
}

/** The report as plain data with the two file names replaced and the delimiters dropped. */
function normalised(report: Report, reference: string, candidate: string): unknown {
  const text = JSON.stringify(report, (key, value) =>
    key === 'delimiter' || key === 'generatedAt' ? undefined : value,
  );
  return JSON.parse(
    text
      .replaceAll(JSON.stringify(reference).slice(1, -1), '<reference>')
      .replaceAll(JSON.stringify(candidate).slice(1, -1), '<candidate>'),
  );
}

async function expectSameReport(
  baseline: [string, string],
  other: [string, string],
  values: Record<string, unknown> = {},
): Promise<Report> {
  const expected = normalised(await reportOf(...baseline, values), ...baseline);
  const report = await reportOf(...other, values);
  expect(normalised(report, ...other)).toEqual(expected);
  return report;
}

const cars = (name: string, ext: string): string =>
  ext === 'csv' ? `examples/data/${name}.csv` : `${FORMATS}/cars/${name}.${ext}`;

describe('every format gives the report of the CSV of the same data', () => {
  it.each([
    ['parquet', 'parquet'],
    ['jsonl', 'jsonl'],
    ['csv.gz', 'csv.gz'],
    ['tsv.zst', 'json'],
    ['parquet', 'csv'],
    ['csv', 'jsonl'],
  ])('cars train vs incoming: %s vs %s (real drift)', async (referenceExt, candidateExt) => {
    const report = await expectSameReport(
      [cars('train', 'csv'), cars('incoming', 'csv')],
      [cars('train', referenceExt), cars('incoming', candidateExt)],
    );
    expect(report.verdict).toBe('fail');
    expect(report.dataset.driftedColumns).toContain('Miles_per_Gallon');
  });

  it.each(['parquet', 'jsonl', 'csv.gz'])('cars train-all vs stable and vs broken: %s', async (ext) => {
    const stable = await expectSameReport(
      [cars('train-all', 'csv'), cars('stable', 'csv')],
      [cars('train-all', ext), cars('stable', ext)],
    );
    expect(stable.verdict).toBe('pass');
    const broken = await expectSameReport(
      [cars('train-all', 'csv'), cars('broken', 'csv')],
      [cars('train-all', ext), cars('broken', ext)],
    );
    expect(broken.verdict).toBe('fail');
  });

  it('cars with a target, slices and a key: parquet and JSON Lines', async () => {
    const values = { target: 'Origin', slices: 'Cylinders,heavy: Weight_in_lbs >= 3500', key: 'Name' };
    for (const ext of ['parquet', 'jsonl']) {
      await expectSameReport(
        [cars('train-all', 'csv'), cars('incoming', 'csv')],
        [cars('train-all', ext), cars('incoming', ext)],
        values,
      );
    }
  });

  it.each(['parquet', 'jsonl', 'json', 'csv.gz'])(
    'flights-10k (vega-datasets), first vs last 5,000 flights: %s',
    async (ext) => {
      const side = (name: string, e: string): string => `${FORMATS}/flights/${name}.${e}`;
      const report = await expectSameReport(
        [side('early', 'csv'), side('late', 'csv')],
        [side('early', ext), side('late', ext)],
      );
      expect(report.columns.find((c) => c.name === 'date')?.type).toBe('datetime');
      expect(report.columns.find((c) => c.name === 'origin')?.type).toBe('categorical');
      expect(report.reference.rows).toBe(5000);
    },
  );

  it.each(['parquet', 'jsonl', 'csv.gz'])('weather (vega-datasets), Seattle vs New York: %s', async (ext) => {
    const side = (name: string, e: string): string => `${FORMATS}/weather/${name}.${e}`;
    const report = await expectSameReport(
      [side('seattle', 'csv'), side('new-york', 'csv')],
      [side('seattle', ext), side('new-york', ext)],
    );
    expect(report.columns.find((c) => c.name === 'weather')?.type).toBe('categorical');
    expect(report.verdict).toBe('fail');
  });
});
