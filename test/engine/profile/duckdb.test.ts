/**
 * The DuckDB route, run for real: Parquet written by DuckDB itself (from the example CSVs, several
 * row groups) is profiled by `profileWithDuckDb` and compared with the in-process profile of the
 * CSV: counts exact, category counts exact, number sketches exact below 2,048 distinct values and
 * within the stated rank errors above. Skipped with one line when the native binary cannot load.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kindOfDuckDbType, loadDuckDb, profileWithDuckDb } from '../../../src/cli/duckdb.js';
import { compareWithProfile } from '../../../src/engine/profile/compare.js';
import { duckdbString, profileFromSqlRows, profileSql } from '../../../src/engine/profile/sql.js';
import type { ProfileColumn, ProfileFile } from '../../../src/report/model.js';
import { rng } from '../../helpers/random.js';
import { profileOf, rawReport, settingsOf } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-duckdb-'));
type Duck = Awaited<ReturnType<typeof loadDuckDb>>;
let duckdb: Duck | null = null;
let why = '';

beforeAll(async () => {
  try {
    duckdb = await loadDuckDb();
    await (await (await duckdb.DuckDBInstance.create(':memory:')).connect()).runAndReadAll('SELECT 1');
  } catch (error) {
    duckdb = null;
    why = (error as Error).message.split('\n')[0];
    console.warn(`skipping the DuckDB tests: ${why}`);
  }
});

async function run(sql: string): Promise<Record<string, unknown>[]> {
  const connection = await (await (duckdb as Duck).DuckDBInstance.create(':memory:')).connect();
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

/** Writes `csv` as Parquet with DuckDB (snappy, row groups of `rowGroup` rows); returns the path. */
async function parquetOf(csv: string, name: string, rowGroup = 50): Promise<string> {
  const path = join(dir, `${name}.parquet`);
  await run(
    `COPY (SELECT * FROM read_csv(${duckdbString(csv)}, header = true)) TO ${duckdbString(path)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroup})`,
  );
  return path;
}

/** The empirical CDF of a sketch at t: share of the present values <= t. */
function cdf(column: ProfileColumn, t: number): number {
  const sketch = column.numbers;
  if (!sketch) return 0;
  let below = 0;
  sketch.values.forEach((value, j) => {
    if (value <= t) below += sketch.counts[j];
  });
  return below / column.present;
}

function expectSameProfile(fromDuckDb: ProfileFile, inProcess: ProfileFile): void {
  expect(fromDuckDb.rows).toBe(inProcess.rows);
  const byName = new Map(inProcess.columns.map((c) => [c.name, c]));
  for (const column of fromDuckDb.columns) {
    const expected = byName.get(column.name) as ProfileColumn;
    expect({
      name: column.name,
      present: column.present,
      missing: column.missing,
      identifier: column.identifier,
    }).toEqual({
      name: expected.name,
      present: expected.present,
      missing: expected.missing,
      identifier: expected.identifier,
    });
    if (expected.categories) {
      const counts = (c: ProfileColumn) =>
        Object.fromEntries((c.categories?.levels ?? []).map((level, i) => [level, c.categories?.counts[i]]));
      expect(counts(column)).toEqual(counts(expected));
    }
    if (expected.numbers && expected.identifier === 'none') {
      const sketch = column.numbers;
      expect([sketch?.min, sketch?.max]).toEqual([expected.numbers.min, expected.numbers.max]);
      if (expected.numbers.exact) {
        expect(sketch).toMatchObject({
          exact: true,
          values: expected.numbers.values,
          counts: expected.numbers.counts,
        });
      } else {
        const bound = (sketch?.rankError as number) + expected.numbers.rankError;
        for (const t of expected.numbers.values) {
          expect(Math.abs(cdf(column, t) - cdf(expected, t))).toBeLessThanOrEqual(bound + 1e-12);
        }
      }
    }
  }
}

describe('DuckDB on the runner', () => {
  it('maps DuckDB types to profile kinds', () => {
    expect(
      [
        'BIGINT',
        'DOUBLE',
        'DECIMAL(18,3)',
        'DATE',
        'TIMESTAMP WITH TIME ZONE',
        'VARCHAR',
        'BOOLEAN',
        'INTEGER[]',
        'STRUCT(a INTEGER)',
      ].map(kindOfDuckDbType),
    ).toEqual(['number', 'number', 'number', 'date', 'date', 'text', 'text', null, null]);
  });

  for (const name of ['train', 'incoming', 'broken']) {
    it(`examples/data/${name}.csv as Parquet: the same profile as in-process`, async (context) => {
      if (duckdb === null) return context.skip();
      const csv = `examples/data/${name}.csv`;
      const parquet = await parquetOf(csv, name);
      const { profile } = await profileWithDuckDb(parquet);
      expectSameProfile(profile, await profileOf({ label: csv, path: csv }, settingsOf()));
    });
  }

  it('seattle weather (dates) and 30,000 continuous values: counts exact, sketches within their bounds', async (context) => {
    if (duckdb === null) return context.skip();
    const random = rng(11);
    const rows = Array.from(
      { length: 30_000 },
      (_, i) =>
        `${(random() * 1000).toFixed(4)},${Math.exp(random() * 5).toFixed(6)},${'xyz'[i % 3]},${i % 7 === 0 ? '' : i % 50}`,
    );
    const big = join(dir, 'big.csv');
    writeFileSync(big, ['a,b,c,d', ...rows].join('\n'));
    const seattle = join(dir, 'seattle.csv');
    writeFileSync(seattle, readFileSync('node_modules/vega-datasets/data/seattle-weather.csv', 'utf8'));
    for (const csv of [big, seattle]) {
      const { profile } = await profileWithDuckDb(await parquetOf(csv, 'x', 4096));
      const inProcess = await profileOf({ label: csv, path: csv }, settingsOf());
      expectSameProfile(profile, inProcess);
      if (csv === big) {
        const a = profile.columns[0].numbers;
        expect(a?.exact).toBe(false);
        // exact bucket counts between approximate quantiles: about 30,000 / 2048 = 15 values a bucket
        expect(a?.rankError).toBeLessThan(0.002);
      }
    }
  });

  it('a profile made by DuckDB gives the raw verdict on the example pairs', async (context) => {
    if (duckdb === null) return context.skip();
    const pairs = [
      ['train', 'incoming'],
      ['train-all', 'stable'],
      ['train', 'broken'],
      ['stable', 'train'],
    ];
    for (const [reference, candidate] of pairs) {
      const { profile } = await profileWithDuckDb(
        await parquetOf(`examples/data/${reference}.csv`, reference),
      );
      const settings = settingsOf();
      const candidateSide = { label: `${candidate}.csv`, path: `examples/data/${candidate}.csv` };
      const raw = await rawReport(
        { label: 'ref', path: `examples/data/${reference}.csv` },
        candidateSide,
        settings,
      );
      const report = await compareWithProfile({
        profile,
        profileLabel: 'ref.profile.json',
        candidate: candidateSide,
        settings,
        meta: { now: new Date(0) },
      });
      expect([report.verdict, report.dataset.driftedColumns]).toEqual([
        raw.verdict,
        raw.dataset.driftedColumns,
      ]);
      // SQL profiles carry no multivariate model: skipped with the reason
      expect(report.multivariate?.status).toBe('skipped');
      expect(report.multivariate?.explanation).toBe(
        'Multivariate check skipped: the profile has no multivariate model (SQL profiles carry none).',
      );
    }
  });

  it('hostile column and table names are quoted, never executed', async (context) => {
    if (duckdb === null) return context.skip();
    const hostile = ['a"; DROP TABLE t; --', "b'); SELECT 1; --", 'c\\"`x', 'd /* e */'];
    const table = 'my "table"; DROP TABLE x';
    // set up with DuckDB's own quoting rule, written here independently of sql.ts
    const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
    const setup = `CREATE TABLE ${q(table)} AS SELECT range AS ${q(hostile[0])}, (range % 3)::VARCHAR AS ${q(hostile[1])}, range * 0.5 AS ${q(hostile[2])}, NULL::VARCHAR AS ${q(hostile[3])} FROM range(100)`;
    const sql = profileSql('duckdb', { table }, [
      { name: hostile[0], kind: 'number' },
      { name: hostile[1], kind: 'text' },
      { name: hostile[2], kind: 'number' },
      { name: hostile[3], kind: 'text' },
    ]);
    const connection = await (await (duckdb as Duck).DuckDBInstance.create(':memory:')).connect();
    await connection.runAndReadAll(setup);
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const profile = profileFromSqlRows(
      rows.map((r) => ({
        col: Number(r.col),
        stat: String(r.stat),
        value: r.value === null ? null : Number(r.value),
        upper: r.upper === null ? null : Number(r.upper),
        label: r.label === null ? null : String(r.label),
        n: r.n === null ? null : Number(r.n),
      })),
      hostile.map((name, i) => ({ name, kind: i % 2 === 0 ? 'number' : 'text' })),
      { dialect: 'duckdb', source: table, engine: 'sql', file: 'result.json' },
    );
    expect(profile.rows).toBe(100);
    expect(profile.columns.map((c) => [c.name, c.present, c.identifier])).toEqual([
      [hostile[0], 100, 'row-id'],
      [hostile[1], 100, 'none'],
      [hostile[2], 100, 'none'],
      [hostile[3], 0, 'none'],
    ]);
    expect(profile.columns[1].categories?.counts).toEqual([34, 33, 33]);
    // the table is still there: nothing was dropped
    expect(
      (
        await connection.runAndReadAll(`SELECT COUNT(*) AS n FROM "${table.replaceAll('"', '""')}"`)
      ).getRowObjectsJS()[0].n,
    ).toBe(100n);
  });
});
