/**
 * A Parquet file as a typed pipeline writes it (test/fixtures/formats/typed.parquet, DuckDB,
 * Parquet v2 pages, zstd, three row groups, dictionary-coded strings, nulls, a decimal, a
 * timestamp, a date, a list and a struct column; scripts/make-format-fixtures.js): every value of
 * row i is recomputed here from i and compared with what the reader produced.
 */
import { readFileSync } from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { readParquet } from '../../src/data/formats/parquet.js';
import { loadTables } from '../../src/data/load.js';
import { DEFAULT_MISSING_VALUES } from '../../src/data/missing.js';
import type { CategoricalColumn, Column, NumericColumn, SkippedColumn, Table } from '../../src/data/table.js';
import { userError } from './helpers.js';

const PATH = 'test/fixtures/formats/typed.parquet';
const ROWS = 5000;

function column<T extends Column>(table: Table, name: string): T {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found as T;
}

async function typed(): Promise<Table> {
  return (await loadTables({ label: PATH, path: PATH }, { label: PATH, path: PATH }, { worker: 'off' }))
    .reference;
}

/** The level of row `row` in a dictionary-coded column, or null when missing. */
function levelAt(c: CategoricalColumn, row: number): string | null {
  return c.codes[row] < 0 ? null : c.levels[c.codes[row]];
}

describe('Parquet: typed.parquet read value by value', () => {
  it('is the file the test expects: 3 row groups, dictionary-coded strings, v2 pages', () => {
    const bytes = readFileSync(PATH);
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([2048, 2048, 904]);
    const shop = metadata.row_groups[0].columns.find((c) => c.meta_data?.path_in_schema[0] === 'shop');
    expect(shop?.meta_data?.encodings).toContain('RLE_DICTIONARY');
    expect(shop?.meta_data?.codec).toBe('ZSTD');
  });

  it('maps the logical types to column types, with nulls as missing values', async () => {
    const table = await typed();
    expect(table.rows).toBe(ROWS);
    expect(Object.fromEntries(table.columns.map((c) => [c.name, c.type]))).toEqual({
      id: 'numeric',
      small_int: 'categorical', // 7 distinct integers: categorical, as in a CSV
      amount: 'numeric',
      seen_at: 'datetime',
      day: 'datetime',
      shop: 'categorical',
      flag: 'boolean',
      score: 'numeric',
      pair: 'empty',
      nested: 'empty',
    });
    expect(column<SkippedColumn>(table, 'pair').reason).toBe(
      'a list column in Parquet: nested values are not compared',
    );
    expect(column<SkippedColumn>(table, 'nested').reason).toBe(
      'a nested (struct) column in Parquet: nested values are not compared',
    );
    expect(column(table, 'shop').missing).toBe(ROWS / 10);
    expect(column(table, 'flag').missing).toBe(ROWS / 4);
    expect(column(table, 'score').missing).toBe(ROWS / 5);
    expect(column(table, 'id').missing).toBe(0);
  });

  it('reads every value of every row group', async () => {
    const table = await typed();
    const id = column<NumericColumn>(table, 'id');
    const amount = column<NumericColumn>(table, 'amount');
    const seenAt = column<NumericColumn>(table, 'seen_at');
    const day = column<NumericColumn>(table, 'day');
    const score = column<NumericColumn>(table, 'score');
    const smallInt = column<CategoricalColumn>(table, 'small_int');
    const shop = column<CategoricalColumn>(table, 'shop');
    const flag = column<CategoricalColumn>(table, 'flag');
    const start = Date.UTC(2024, 0, 1);
    const days = ['2020-02-27', '2020-02-28', '2020-02-29', '2020-03-01', '2020-03-02'].map((d) =>
      Date.parse(d),
    );
    for (let i = 0; i < ROWS; i++) {
      expect(id.values[i]).toBe(i);
      expect(amount.values[i]).toBe(Number((i / 8).toFixed(3)));
      expect(seenAt.values[i]).toBe(start + i * 3_600_000);
      expect(day.values[i]).toBe(days[i % 5]);
      expect(Number.isNaN(score.values[i]) ? null : score.values[i]).toBe(i % 5 === 0 ? null : i * 0.5);
      expect(levelAt(smallInt, i)).toBe(String(i % 7));
      expect(levelAt(shop, i)).toBe(i % 10 === 0 ? null : `shop-${i % 3}`);
      expect(levelAt(flag, i)).toBe(i % 4 === 0 ? null : String(i % 2 === 0));
    }
    // levels in order of first appearance, as for a CSV
    expect(shop.levels).toEqual(['shop-1', 'shop-2', 'shop-0']);
    expect(flag.levels).toEqual(['false', 'true']);
  });

  it('a configured type reads the values through the CSV rules (small_int as numeric, id as categorical)', async () => {
    const tables = await loadTables(
      { label: PATH, path: PATH },
      { label: PATH, path: PATH },
      { worker: 'off', columnTypes: { small_int: 'numeric', id: 'identifier', seen_at: 'categorical' } },
    );
    const table = tables.reference;
    expect(column(table, 'small_int').type).toBe('numeric');
    expect(column<NumericColumn>(table, 'small_int').values[9]).toBe(2);
    expect(column<SkippedColumn>(table, 'id').reason).toBe('configured as an identifier column');
    expect(levelAt(column<CategoricalColumn>(table, 'seen_at'), 1)).toBe('2024-01-01T01:00:00.000Z');
  });

  it('row lines are 1-based row numbers', async () => {
    const raw = await readParquet(readFileSync(PATH), PATH, { missingValues: DEFAULT_MISSING_VALUES });
    expect(raw.rowLines[0]).toBe(1);
    expect(raw.rowLines[ROWS - 1]).toBe(ROWS);
    expect(raw.delimiter).toBe('');
  });

  it('a damaged Parquet file is one error naming the file', async () => {
    const bytes = new Uint8Array(readFileSync(PATH));
    const truncated = bytes.slice(0, 4000);
    const error = await userError(() =>
      loadTables({ label: 'cut.parquet', bytes: truncated }, { label: PATH, path: PATH }, { worker: 'off' }),
    );
    expect(error.file).toBe('cut.parquet');
    expect(error.message).toMatch(/^could not read this Parquet file: /);
    const scrambled = bytes.slice();
    for (let k = 200; k < 3000; k++) scrambled[k] ^= 0x5a;
    const damaged = await userError(() =>
      loadTables({ label: 'bad.parquet', bytes: scrambled }, { label: PATH, path: PATH }, { worker: 'off' }),
    );
    expect(damaged.file).toBe('bad.parquet');
    expect(damaged.message).toMatch(/^could not read this Parquet file: /);
  });
});
