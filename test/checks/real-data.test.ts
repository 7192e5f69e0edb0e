/**
 * Per-column verdicts on real public tables from the npm package vega-datasets: splits where the
 * data really shifts, and random splits where it does not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import { compareTables } from '../../src/engine/compare.js';
import type { Report } from '../../src/report/model.js';
import { resolveSettings } from '../../src/settings/settings.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-real-'));

async function compareFiles(
  reference: string,
  candidate: string,
  values: Record<string, unknown> = {},
): Promise<Report> {
  const tables = await loadTables(
    { label: reference, path: reference },
    { label: candidate, path: candidate },
  );
  return compareTables(tables.reference, tables.candidate, resolveSettings([{ source: 'test', values }]));
}

function verdicts(report: Report): Record<string, boolean> {
  return Object.fromEntries(report.columns.map((c) => [c.name, c.drift]));
}

/** Writes the rows of seattle-weather.csv whose date passes `keep` to a file; returns its path. */
function seattle(name: string, keep: (date: string) => boolean): string {
  const [header, ...rows] = readFileSync('node_modules/vega-datasets/data/seattle-weather.csv', 'utf8')
    .trimEnd()
    .split('\n');
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, [header, ...rows.filter((row) => keep(row.slice(0, 10)))].join('\n'));
  return path;
}

describe('real data (vega-datasets)', () => {
  it('cars of 1970-1976 vs 1979-1982: fuel economy, weight and engine size moved; names are too sparse to test', async () => {
    const report = await compareFiles('examples/data/train.csv', 'examples/data/incoming.csv');
    expect(verdicts(report)).toMatchObject({
      Miles_per_Gallon: true,
      Displacement: true,
      Horsepower: true,
      Weight_in_lbs: true,
      Cylinders: true,
      Name: false,
    });
    expect(report.columns.find((c) => c.name === 'Name')?.reason).toMatch(/too many categories/);
    expect(report.columns.find((c) => c.name === 'Cylinders')?.type).toBe('categorical');
    expect(report.verdict).toBe('fail');
  });

  it('cars split alternately: nothing drifts', async () => {
    const report = await compareFiles('examples/data/train-all.csv', 'examples/data/stable.csv');
    expect(report.dataset.driftedColumns).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('Seattle winters vs summers: temperatures and weather drift; ignoring the date column', async () => {
    const winter = seattle('winter', (d) => ['12', '01', '02'].includes(d.slice(5, 7)));
    const summer = seattle('summer', (d) => ['06', '07', '08'].includes(d.slice(5, 7)));
    const report = await compareFiles(winter, summer, { 'ignore-columns': 'date' });
    expect(verdicts(report)).toEqual({
      precipitation: true,
      temp_max: true,
      temp_min: true,
      wind: true,
      weather: true,
    });
    const tempMax = report.columns.find((c) => c.name === 'temp_max');
    expect(tempMax?.effectSize?.statistic).toBeGreaterThan(3);
  });

  it('Seattle summers of even vs odd days: nothing drifts', async () => {
    const even = seattle(
      'even',
      (d) => ['06', '07', '08'].includes(d.slice(5, 7)) && Number(d.slice(8, 10)) % 2 === 0,
    );
    const odd = seattle(
      'odd',
      (d) => ['06', '07', '08'].includes(d.slice(5, 7)) && Number(d.slice(8, 10)) % 2 === 1,
    );
    const report = await compareFiles(even, odd, { 'ignore-columns': 'date' });
    expect(report.dataset.driftedColumns).toEqual([]);
  });
});
