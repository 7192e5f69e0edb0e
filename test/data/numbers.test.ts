import { describe, expect, it } from 'vitest';
import { NumberReader, parseNumber } from '../../src/data/numbers.js';
import type { NumericColumn } from '../../src/data/table.js';
import { bytesOf, plain, tableOf } from './helpers.js';

/** What NumberReader.read gives for `text` read from its start, with the offset where it stopped. */
function read(text: string): { value: number; end: number } {
  const reader = new NumberReader();
  const bytes = bytesOf(text);
  const value = reader.read(bytes, 0, bytes.length);
  return { value, end: reader.end };
}

describe('NumberReader: one pass reads the number and finds where it stops', () => {
  it('stops at the first byte that cannot continue the number', () => {
    expect(read('12.5,x')).toEqual({ value: 12.5, end: 4 });
    expect(read('-3;')).toEqual({ value: -3, end: 2 });
    expect(read('+7\n')).toEqual({ value: 7, end: 2 });
    expect(read('1e5|2')).toEqual({ value: 100000, end: 3 });
    expect(read('2.5E-3 ')).toEqual({ value: 0.0025, end: 6 });
    expect(read('42')).toEqual({ value: 42, end: 2 });
    expect(read('5.')).toEqual({ value: 5, end: 2 });
    expect(read('.5x')).toEqual({ value: 0.5, end: 2 });
    expect(Object.is(read('-0,').value, -0)).toBe(true);
  });

  it('takes the long road for more than 15 digits or an exponent, with the same exact result', () => {
    for (const text of [
      '1234567890123456789',
      '0.000000000000000001',
      '9007199254740993',
      '1e400',
      '-1e-400',
    ]) {
      const { value, end } = read(`${text},`);
      expect(Object.is(value, Number(text)), text).toBe(true);
      expect(end).toBe(text.length);
    }
  });

  it('gives NaN when no number starts there', () => {
    for (const text of ['', 'abc', '-', '.', 'e5', '1e', '1e+', ' 1']) {
      expect(Number.isNaN(read(text).value), text).toBe(true);
    }
  });

  it('parseNumber wants the whole cell (spaces around allowed)', () => {
    const parse = (text: string) => {
      const bytes = bytesOf(text);
      return parseNumber(bytes, 0, bytes.length);
    };
    expect(parse('  12.5 ')).toBe(12.5);
    expect(Number.isNaN(parse('12.5x'))).toBe(true);
    expect(Number.isNaN(parse('1e'))).toBe(true);
    expect(Number.isNaN(parse('   '))).toBe(true);
  });

  it('the fast scanner and csv-parse give the same numbers for every form of cell', () => {
    const cells = [
      '1',
      '-2.5',
      ' 3 ',
      '1e3',
      '12345678901234567',
      '0.10',
      'inf',
      '-Infinity',
      '',
      'NA',
      '7.',
      '+4',
    ];
    const csv = `v,w\n${cells.map((cell) => `${cell},a`).join('\n')}\n`;
    const fast = tableOf(bytesOf(csv), 'fast');
    expect(plain(fast)).toEqual(plain(tableOf(bytesOf(csv), 'csv-parse')));
    const values = Array.from((fast.columns[0] as NumericColumn).values);
    expect(values).toEqual([1, -2.5, 3, 1000, 12345678901234568, 0.1, NaN, NaN, NaN, NaN, 7, 4]);
  });
});
