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
