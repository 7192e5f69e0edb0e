/**
 * Types real files need (issue 11): codes with leading zeros stay text, decimal commas in `;`
 * files are numbers, common date formats are datetimes, and null-like tokens are categories in
 * text columns. Both reader paths (fast scanner, csv-parse) must give the same Table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/data/dates.js';
import { loadTables } from '../../src/data/load.js';
import type { CategoricalColumn, NumericColumn, SkippedColumn } from '../../src/data/table.js';
import { bytesOf, column, loadTexts, plain, tableOf } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const vega = (name: string) => path.join(root, 'node_modules', 'vega-datasets', 'data', name);
const source = (name: string) => ({ label: `vega-datasets/${name}`, path: vega(name) });

/** The Table of `bytes` through each reader path, checked equal, then the fast one. */
function bothPaths(bytes: Uint8Array) {
  const fast = tableOf(bytes, 'fast');
  expect(plain(tableOf(bytes, 'csv-parse'))).toEqual(plain(fast));
  return fast;
}

describe('types real files need', () => {
  it('zipcodes.csv: zip codes with leading zeros stay text (both reader paths)', async () => {
    const { reference } = await loadTables(source('zipcodes.csv'), source('zipcodes.csv'));
    const zip = column(reference, 'zip_code') as SkippedColumn;
    expect(zip.type).toBe('identifier');
    expect((column(reference, 'latitude') as NumericColumn).type).toBe('numeric');
    // The first 60 rows, small enough to keep their levels: the zeros are kept.
    const head = readFileSync(vega('zipcodes.csv'), 'utf8').split('\n').slice(0, 61).join('\n');
    const table = bothPaths(bytesOf(`${head}\n`));
    const codes = column(table, 'zip_code') as SkippedColumn;
    expect(codes.levels?.slice(0, 3)).toEqual(['00501', '00544', '00601']);
  });

  it('a code column whose zeros come late turns to text with its earlier codes intact', () => {
    const rows = ['id', '12345', '23456', '02134', '34567'];
    const table = bothPaths(bytesOf(`${rows.join('\n')}\n`));
    const id = column(table, 'id') as CategoricalColumn;
    expect(id.type).toBe('categorical');
    expect(id.levels).toEqual(['12345', '23456', '02134', '34567']);
    // 0.5 and 0 are numbers, not codes.
    const numbers = bothPaths(bytesOf('x\n0.5\n0\n10\n0.25\n'));
    expect((column(numbers, 'x') as NumericColumn).type).toBe('numeric');
  });

  it('decimal commas in a ;-delimited export are numbers (both reader paths)', () => {
    const lines = ['id;price;city'];
    for (let i = 0; i < 40; i++) lines.push(`${i};${i % 7},${(i * 13) % 100};"Köln, ${i % 3}"`);
    const table = bothPaths(bytesOf(`${lines.join('\n')}\n`));
    expect(table.delimiter).toBe(';');
    const price = column(table, 'price') as NumericColumn;
    expect(price.type).toBe('numeric');
    expect(Array.from(price.values.slice(0, 3))).toEqual([0, 1.13, 2.26]);
    expect(column(table, 'city').type).toBe('categorical');
    // In a comma-delimited file a quoted "3,14" is not a number.
    const commas = bothPaths(bytesOf('x\n"3,14"\n"2,5"\n"1,0"\n'));
    expect(column(commas, 'x').type).toBe('categorical');
  });

  it('common date formats are datetimes: stocks.csv (`Jan 1 2000`), slashes, minutes', async () => {
    const { reference } = await loadTables(source('stocks.csv'), source('stocks.csv'));
    const date = column(reference, 'date') as NumericColumn;
    expect(date.type).toBe('datetime');
    expect(date.values[0]).toBe(Date.UTC(2000, 0, 1));
    expect(date.missing).toBe(0);
    const ms = (text: string) => parseDate(bytesOf(text), 0, bytesOf(text).length);
    expect(ms('2015/01/01 01:00:00')).toBe(Date.UTC(2015, 0, 1, 1));
    expect(ms('2015-01-01 01:00')).toBe(Date.UTC(2015, 0, 1, 1));
    expect(ms('Feb 29, 2024')).toBe(Date.UTC(2024, 1, 29));
    expect(ms('sep 9 2001')).toBe(Date.UTC(2001, 8, 9));
    for (const bad of ['Feb 30 2024', 'Foo 1 2000', '2015/01-01', 'Jan 1 20000', 'Jan 2000']) {
      expect(Number.isNaN(ms(bad)), bad).toBe(true);
    }
    const lines = ['when,v'];
    for (let i = 0; i < 30; i++) lines.push(`2015/01/${String(i + 1).padStart(2, '0')} 01:00:00,${i}`);
    const slashes = bothPaths(bytesOf(`${lines.join('\n')}\n`));
    expect(column(slashes, 'when').type).toBe('datetime');
  });

  it('birdstrikes.csv: the damage level "None" is a category, not missing', async () => {
    const { reference } = await loadTables(source('birdstrikes.csv'), source('birdstrikes.csv'));
    const damage = column(reference, 'Effect Amount of damage') as CategoricalColumn;
    expect(damage.type).toBe('categorical');
    expect(damage.missing).toBe(0);
    const none = damage.levels.indexOf('None');
    expect(damage.nullLike).toEqual([none]);
    const share = damage.codes.filter((code) => code === none).length / damage.codes.length;
    expect(share).toBeGreaterThan(0.8);
  });

  it('null-like tokens stay missing in columns of numbers, dates and booleans', async () => {
    const text = 'n,d,b,t\n1,2024-01-01,true,a\nNone,None,None,None\n3,NA,false,b\n';
    const { reference } = await loadTexts(text);
    expect((column(reference, 'n') as NumericColumn).missing).toBe(1);
    expect((column(reference, 'd') as NumericColumn).missing).toBe(2);
    const b = column(reference, 'b') as CategoricalColumn;
    expect([b.type, b.missing]).toEqual(['boolean', 1]);
    expect(reference.coercedToMissingCount).toBe(0);
    const t = column(reference, 't') as CategoricalColumn;
    expect([t.type, t.missing, t.levels]).toEqual(['categorical', 0, ['a', 'None', 'b']]);
  });

  it('missing-values with only the empty field keeps every token as a value', async () => {
    const text = 'n,t\n1,a\nNA,NA\n,\n';
    const { reference } = await loadTexts(text, text, { missingValues: [''] });
    const n = column(reference, 'n') as CategoricalColumn;
    expect([n.type, n.levels, n.missing]).toEqual(['categorical', ['1', 'NA'], 1]);
  });
});
