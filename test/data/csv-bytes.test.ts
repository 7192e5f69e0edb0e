/** indexOfByte: the byte search the chunked CSV scan runs over every chunk (memchr through a Buffer view). */
import { describe, expect, it } from 'vitest';
import { indexOfByte } from '../../src/data/csv-bytes.js';
import { rng } from '../helpers/random.js';

describe('indexOfByte', () => {
  it('finds what Uint8Array.prototype.indexOf finds, within the range, on views and shared memory', () => {
    const next = rng(11);
    for (let trial = 0; trial < 200; trial++) {
      const length = Math.floor(next() * 64);
      const memory = trial % 2 === 0 ? new ArrayBuffer(length + 8) : new SharedArrayBuffer(length + 8);
      // a view that starts inside its memory, as the scanner's windows do
      const bytes = new Uint8Array(memory, 3, length);
      for (let i = 0; i < length; i++) bytes[i] = 30 + Math.floor(next() * 8);
      const byte = 30 + Math.floor(next() * 8);
      const from = Math.floor(next() * (length + 2));
      const to = Math.min(length, from + Math.floor(next() * (length + 1)));
      const expected = bytes.subarray(Math.min(from, length), Math.max(from, to)).indexOf(byte);
      expect(indexOfByte(bytes, byte, from, to)).toBe(expected < 0 || from >= to ? -1 : from + expected);
    }
    expect(indexOfByte(new Uint8Array([1, 2, 34, 4]), 34)).toBe(2);
    expect(indexOfByte(new Uint8Array([34, 2, 34, 4]), 34, 1)).toBe(2);
    expect(indexOfByte(new Uint8Array([1, 2, 34]), 34, 0, 2)).toBe(-1);
  });
});
