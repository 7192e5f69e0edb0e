import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn, SkippedColumn } from '../../src/data/table.js';
import { column, loadTexts } from './helpers.js';

const csv = (header: string, rows: readonly (string | number)[]) => `${header}\n${rows.join('\n')}\n`;

describe('type inference from both sides', () => {
  it('integer columns with few values are categorical, with many values numeric', async () => {
    const label = Array.from({ length: 40 }, (_, i) => i % 2);
    const count = Array.from({ length: 40 }, (_, i) => i);
    const { reference } = await loadTexts(
      csv(
        'label,count',
        label.map((v, i) => `${v},${count[i]}`),
      ),
    );
    const labelColumn = column(reference, 'label') as CategoricalColumn;
    expect(labelColumn.type).toBe('categorical');
    expect(labelColumn.levels).toEqual(['0', '1']);
    expect(column(reference, 'count').type).toBe('numeric');
  });

  it('maxIntegerCategoryLevels is counted over both sides together', async () => {
    const ref = csv('k', [1, 2, 3, 4, 5, 6]);
    const cand = csv('k', [5, 6, 7, 8, 9, 10]);
    const together = await loadTexts(ref, cand, { maxIntegerCategoryLevels: 8 });
    expect(together.reference.columns[0].type).toBe('numeric');
    expect(together.candidate.columns[0].type).toBe('numeric');
    const wide = await loadTexts(ref, cand, { maxIntegerCategoryLevels: 10 });
    expect(wide.reference.columns[0].type).toBe('categorical');
    expect(wide.candidate.columns[0].type).toBe('categorical');
  });

  it('a column numeric on one side and text on the other is categorical on both', async () => {
    const { reference, candidate } = await loadTexts(csv('v', [1.5, 2.5, 1.5]), csv('v', ['x', '1.5', 'y']));
    const ref = column(reference, 'v') as CategoricalColumn;
    const cand = column(candidate, 'v') as CategoricalColumn;
    expect(ref.type).toBe('categorical');
    expect(cand.type).toBe('categorical');
    expect(ref.levels).toEqual(['1.5', '2.5']);
    expect(cand.levels).toEqual(['x', '1.5', 'y']);
  });

  it('a column that turns to text midway keeps its earlier numbers and null-like tokens as levels', async () => {
    const { reference } = await loadTexts(csv('v', ['1', '2', 'NA', 'Infinity', 'high', '2']));
    const v = column(reference, 'v') as CategoricalColumn;
    expect(v.type).toBe('categorical');
    expect(v.levels).toEqual(['1', '2', 'Infinity', 'NA', 'high']);
    expect(Array.from(v.codes)).toEqual([0, 1, 3, 2, 4, 1]);
    expect(v.missing).toBe(0);
    expect(v.nullLike).toEqual([3]);
    expect(reference.coercedToMissing).toEqual([]);
  });

  it('a column on one side only is typed from that side', async () => {
    const { reference, candidate } = await loadTexts(
      csv('a,extra', ['1.5,x', '2.5,y']),
      csv('a', [3.5, 4.5]),
    );
    expect(reference.columns.map((c) => [c.name, c.type])).toEqual([
      ['a', 'numeric'],
      ['extra', 'categorical'],
    ]);
    expect(candidate.columns.map((c) => c.name)).toEqual(['a']);
  });

  it('booleans: true/false, yes/no in any case', async () => {
    // (A one-column file's empty value must be quoted: an empty line is a blank line, skipped.)
    const { reference } = await loadTexts(csv('b', ['TRUE', 'false', 'Yes', 'no', '""', 'True']));
    const b = column(reference, 'b') as CategoricalColumn;
    expect(b.type).toBe('boolean');
    expect(b.levels).toEqual(['false', 'true']);
    expect(Array.from(b.codes)).toEqual([1, 0, 1, 0, -1, 1]);
    expect(b.missing).toBe(1);
  });

  it('datetimes: ISO dates and date-times; a non-date makes the column categorical', async () => {
    const { reference } = await loadTexts(csv('d,e', ['2024-01-01,2024-01-01', '2024-01-02T03:04:05Z,soon']));
    const d = column(reference, 'd') as NumericColumn;
    expect(d.type).toBe('datetime');
    expect(Array.from(d.values)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2, 3, 4, 5)]);
    const e = column(reference, 'e') as CategoricalColumn;
    expect(e.type).toBe('categorical');
    expect(e.levels).toEqual(['2024-01-01', 'soon']);
  });

  it('identifier-like text columns are skipped with a reason', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `user-${i < 998 ? i : 0},${i % 3}`);
    const { reference } = await loadTexts(csv('user,group', rows));
    const user = column(reference, 'user') as SkippedColumn;
    expect(user.type).toBe('identifier');
    expect(user.reason).toBe('identifier-like: 998 of 1000 values are distinct');
    expect(user.distinct).toBe(998);
    expect(column(reference, 'group').type).toBe('categorical');
    // Few rows: not identifier-like.
    const small = await loadTexts(csv('name', ['a', 'b', 'c']));
    expect(small.reference.columns[0].type).toBe('categorical');
    // Unique integers are numbers, not identifiers.
    const ids = await loadTexts(
      csv(
        'id',
        Array.from({ length: 100 }, (_, i) => i),
      ),
    );
    expect(ids.reference.columns[0].type).toBe('numeric');
  });

  it('a column missing in every row is empty', async () => {
    const { reference, candidate } = await loadTexts(
      csv('a,b', ['1,', '2,NA', '3,-']),
      csv('a,b', ['1,N/A', '2,']),
    );
    for (const table of [reference, candidate]) {
      const b = column(table, 'b') as SkippedColumn;
      expect(b.type).toBe('empty');
      expect(b.reason).toBe('every value is missing');
      expect(b.missing).toBe(table.rows);
    }
    // Empty on one side only: typed from the other side, all missing on the empty one.
    const half = await loadTexts(csv('a', ['1.5', '2.5']), csv('a', ['NA', '""']));
    const a = column(half.candidate, 'a') as NumericColumn;
    expect(a.type).toBe('numeric');
    expect(a.missing).toBe(2);
  });

  it('N/A, - and Infinity among numbers: numeric, counted missing, lines recorded', async () => {
    const text = 'x,y\n1.5,a\n-,b\nN/A,c\n\n2.5,d\nInfinity,e\n-inf,f\n1e400,g\n3.5,h\n';
    const { reference } = await loadTexts(text);
    const x = column(reference, 'x') as NumericColumn;
    expect(x.type).toBe('numeric');
    expect(Array.from(x.values).map((v) => (Number.isNaN(v) ? null : v))).toEqual([
      1.5,
      null,
      null,
      2.5,
      null,
      null,
      null,
      3.5,
    ]);
    expect(x.values.every((v) => v !== Infinity && v !== -Infinity)).toBe(true);
    expect(x.missing).toBe(5);
    expect(reference.coercedToMissing).toEqual([
      { column: 'x', line: 7, text: 'Infinity' },
      { column: 'x', line: 8, text: '-inf' },
      { column: 'x', line: 9, text: '1e400' },
    ]);
    expect(reference.coercedToMissingCount).toBe(3);
  });

  it('caps the coerced list but counts them all', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => (i % 2 ? 'inf' : String(i)));
    const { reference } = await loadTexts(csv('x', rows));
    expect(reference.coercedToMissing).toHaveLength(100);
    expect(reference.coercedToMissingCount).toBe(250);
    expect(reference.coercedToMissing?.[0]).toEqual({ column: 'x', line: 3, text: 'inf' });
  });

  it('missing-value tokens are configurable', async () => {
    const text = csv('x', ['1.5', '-999', '2.5', 'NA']);
    const custom = await loadTexts(text, text, { missingValues: ['', '-999'] });
    const x = column(custom.reference, 'x') as CategoricalColumn;
    // NA is no longer missing, so the column holds text, where -999 is a category too.
    expect(x.type).toBe('categorical');
    expect(x.levels).toEqual(['1.5', '2.5', '-999', 'NA']);
    expect(x.missing).toBe(0);
    const numbers = await loadTexts(csv('x', ['1.5', '-999', '2.5']), undefined, { missingValues: ['-999'] });
    expect((column(numbers.reference, 'x') as NumericColumn).missing).toBe(1);
  });

  it('per-column type overrides apply to both sides', async () => {
    const ref = csv('code,n,flag,when,id', ['007,1,1,2024-01-01,a', '008,x,0,later,b']);
    const { reference, candidate } = await loadTexts(ref, ref, {
      columnTypes: { code: 'categorical', n: 'numeric', flag: 'boolean', when: 'datetime', id: 'identifier' },
    });
    for (const table of [reference, candidate]) {
      expect(table.columns.map((c) => c.type)).toEqual([
        'categorical',
        'numeric',
        'boolean',
        'datetime',
        'identifier',
      ]);
      expect((column(table, 'code') as CategoricalColumn).levels).toEqual(['007', '008']);
      expect(Array.from((column(table, 'flag') as CategoricalColumn).codes)).toEqual([1, 0]);
      expect((column(table, 'id') as SkippedColumn).reason).toBe('configured as an identifier column');
      expect(table.coercedToMissing).toEqual([
        { column: 'n', line: 3, text: 'x' },
        { column: 'when', line: 3, text: 'later' },
      ]);
    }
  });
});
