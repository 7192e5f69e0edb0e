import { describe, expect, it } from 'vitest';
import { MAX_DICTIONARY_LEVELS } from '../../src/data/dictionary.js';
import { bytesOf, column, scan, tableOf } from './helpers.js';

describe('a column of numbers that turns to text', () => {
  // Regression: a text cell after more than MAX_DICTIONARY_LEVELS distinct numbers re-coded the
  // numbers into a dictionary that overflowed half-way, and the scan crashed with "Cannot set
  // properties of null" (a bug report instead of a result).
  it('is identifier-like when its earlier numbers alone overflow the dictionary', () => {
    const rows = MAX_DICTIONARY_LEVELS + 10;
    const lines = ['x,y'];
    for (let i = 0; i < rows; i++) lines.push(`${i}.5,${i % 3}`);
    lines.push('abc,1');
    const bytes = bytesOf(`${lines.join('\n')}\n`);
    for (const engine of ['fast', 'csv-parse'] as const) {
      const raw = scan(bytes, engine);
      expect(raw.columns[0]).toMatchObject({ kind: 'text', overflow: true, codes: null, levels: null });
      const x = column(tableOf(bytes, engine), 'x');
      expect(x.type).toBe('identifier');
      expect('reason' in x && x.reason).toBe(
        `identifier-like: more than ${MAX_DICTIONARY_LEVELS} distinct values`,
      );
    }
  });

  it('keeps its dictionary when the numbers fit', () => {
    const raw = scan(bytesOf('x\n1.5\n2.5\n1.5\nabc\n'), 'fast');
    expect(raw.columns[0]).toMatchObject({ kind: 'text', overflow: false, levels: ['1.5', '2.5', 'abc'] });
    expect(Array.from(raw.columns[0].codes ?? [])).toEqual([0, 1, 0, 2]);
  });
});

describe('the finite count of a column of numbers (buildTables takes its missing count from it)', () => {
  // the missing count without a pass over the values must equal the count of values left NaN
  const text = [
    'x,y,z',
    '1.5,1.5,7.5',
    ',NA,8.5',
    '2.25,2.5,inf',
    'NA,,-Infinity',
    '-0,3.5,9.5',
    '1e3,4.5,nan',
    '"7",5.5,10.5',
  ].join('\n');
  it('equals the finite values the scan stored, through both engines, and the Table agrees', () => {
    for (const engine of ['fast', 'csv-parse'] as const) {
      const raw = scan(bytesOf(`${text}\n`), engine);
      const finite = raw.columns.map((c) => Array.from(c.values ?? []).filter(Number.isFinite).length);
      expect(
        raw.columns.map((c) => c.finite),
        engine,
      ).toEqual(finite);
      expect(finite).toEqual([5, 5, 4]);
      const table = tableOf(bytesOf(`${text}\n`), engine);
      for (const name of ['x', 'y', 'z']) {
        const built = column(table, name);
        expect(built.type).toBe('numeric');
        const values = 'values' in built ? Array.from(built.values as Float64Array) : [];
        expect(built.missing, `${engine} ${name}`).toBe(values.filter(Number.isNaN).length);
        expect(values.some((v) => v === Infinity || v === -Infinity)).toBe(false);
      }
      // z's infinity tokens are coerced (nan is a missing token): its infinities are made missing by the pass
      expect(raw.columns[2].coercedCount).toBe(2);
    }
  });
});
