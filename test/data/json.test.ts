/**
 * JSON Lines and JSON arrays: flattened keys, lists skipped with the reason, the union of the keys
 * in first-seen order, missing keys and nulls as missing values, and errors naming file and line
 * (or record). The same data as CSV gives the same Table.
 */
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import type { CategoricalColumn, NumericColumn, SkippedColumn, Table } from '../../src/data/table.js';
import { bytesOf, userError } from './helpers.js';

async function load(label: string, text: string, csv = 'x\n1\n'): Promise<Table> {
  const tables = await loadTables(
    { label, bytes: bytesOf(text) },
    { label: 'other.csv', bytes: bytesOf(csv) },
  );
  return tables.reference;
}

async function errorOf(label: string, text: string) {
  return userError(() =>
    loadTables({ label, bytes: bytesOf(text) }, { label: 'ok.csv', bytes: bytesOf('x\n1\n') }),
  );
}

describe('JSON Lines', () => {
  it('flattens nested objects as a.b, keeps first-seen order, and makes absent keys and nulls missing', async () => {
    const table = await load(
      'data/events.jsonl',
      [
        '{"id": 1, "user": {"age": 30.5, "plan": "pro"}, "ok": true}',
        '',
        '{"id": 2, "user": {"age": null}, "ok": false, "late": "2024-01-02"}',
        '{"id": 3, "ok": true, "user": {"plan": "free", "age": 41}}',
      ].join('\n'),
    );
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'categorical'], // integers with at most 10 distinct values, as in a CSV
      ['user.age', 'numeric'],
      ['user.plan', 'categorical'],
      ['ok', 'boolean'],
      ['late', 'datetime'],
    ]);
    expect(table.rows).toBe(3);
    expect([...(table.columns[1] as NumericColumn).values]).toEqual([30.5, Number.NaN, 41]);
    const plan = table.columns[2] as CategoricalColumn;
    expect([...plan.codes].map((code) => (code < 0 ? null : plan.levels[code]))).toEqual([
      'pro',
      null,
      'free',
    ]);
    expect(table.columns[4].missing).toBe(2);
    expect([...(table.rowLines ?? [])]).toEqual([1, 3, 4]);
  });

  it('skips a column holding lists, saying why and where the first list was', async () => {
    const table = await load('a.jsonl', '{"k": 1, "tags": "x"}\n{"k": 2, "tags": ["a", "b"]}\n');
    const tags = table.columns.find((c) => c.name === 'tags') as SkippedColumn;
    expect(tags.type).toBe('empty');
    expect(tags.reason).toBe('holds lists (first at line 2): list values are not compared');
  });

  it('gives the Table of the same data as CSV', async () => {
    const csv = 'name,n,x,when\nab,1,1.5,2024-01-01\ncd,2,,2024-01-02\n"e,f",3,2.25,\n';
    const jsonl =
      '{"name":"ab","n":1,"x":1.5,"when":"2024-01-01"}\n{"name":"cd","n":2,"x":null,"when":"2024-01-02"}\n' +
      '{"name":"e,f","n":3,"x":2.25}\n';
    const fromCsv = await loadTables(
      { label: 's', bytes: bytesOf(csv) },
      { label: 'o.csv', bytes: bytesOf(csv) },
    );
    const fromJson = await loadTables(
      { label: 's', name: 's.jsonl', bytes: bytesOf(jsonl) },
      { label: 'o.csv', bytes: bytesOf(csv) },
    );
    const strip = (t: Table) => ({ ...t, delimiter: undefined, rowLines: undefined });
    expect(strip(fromJson.reference)).toEqual(strip(fromCsv.reference));
  });

  it('a bad line is an error naming the file and line, never dropped', async () => {
    const error = await errorOf('data/e.jsonl', '{"a": 1}\n{"a": 2}\n{"a": 3,}\n{"a": 4}\n');
    expect(error.file).toBe('data/e.jsonl');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^not valid JSON: /);
    const notObject = await errorOf('data/e.ndjson', '{"a": 1}\n[1, 2]\n');
    expect(notObject.line).toBe(2);
    expect(notObject.message).toBe(
      'line 2 is an array, not an object: each record must be a JSON object of column values',
    );
    const emptyKey = await errorOf('data/e.jsonl', '{"": 1}\n');
    expect(emptyKey.message).toMatch(/empty key/);
  });

  it('a .json file of objects one per line is read as JSON Lines; a pretty-printed object says what is expected', async () => {
    const table = await load('data/x.json', '{"a": 1}\n{"a": 2}\n');
    expect(table.rows).toBe(2);
    const error = await errorOf('data/x.json', '{\n  "a": {"0": 1}\n}\n');
    expect(error.line).toBe(1);
    expect(error.message).toContain("to_json(orient='records')");
  });
});

describe('JSON arrays', () => {
  it('reads an array of records; rows are numbered by record', async () => {
    const table = await load('data/x.json', '[{"a": 1, "b": {"c": "x"}}, {"a": 2}, {"b": {"c": "y"}}]');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b.c']);
    expect(table.columns.map((c) => c.missing)).toEqual([1, 1]);
    expect([...(table.rowLines ?? [])]).toEqual([1, 2, 3]);
  });

  it('names the record that is not an object, and the line and column of a syntax error', async () => {
    const notObject = await errorOf('data/x.json', '[{"a": 1}, 7]');
    expect(notObject.message).toBe(
      'record 2 is a number, not an object: each record must be a JSON object of column values',
    );
    const syntax = await errorOf('data/x.json', '[\n  {"a": 1},\n  {"a": 2,,}\n]');
    expect(syntax.file).toBe('data/x.json');
    expect(syntax.line).toBe(3);
    expect(syntax.message).toMatch(/^not valid JSON: /);
    expect((await errorOf('data/x.json', '[]')).message).toMatch(/empty array/);
  });
});
