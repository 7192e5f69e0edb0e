import { describe, expect, it } from 'vitest';
import {
  ascending,
  decimalSorted,
  isSortedAscending,
  sortedPresent,
  sortFloat64,
} from '../../src/stats/sort.js';
import { normals, rng } from '../helpers/random.js';

describe('sortFloat64 (radix sort on IEEE-754 bits)', () => {
  it('orders like Float64Array.prototype.sort, including negatives, -0, +0, subnormals and infinities', () => {
    const random = rng(11);
    const values = normals(random, 20_000, 0, 1e3);
    values.set(
      [-0, 0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, 1, 1, -1],
      0,
    );
    for (let i = 100; i < 5000; i++) values[i] = Math.round(values[i]); // many ties
    const expected = Float64Array.from(values).sort();
    const actual = sortFloat64(Float64Array.from(values));
    expect(Array.from(actual).map((v) => (Object.is(v, -0) ? '-0' : v))).toEqual(
      Array.from(expected).map((v) => (Object.is(v, -0) ? '-0' : v)),
    );
  });

  it('sorts a subarray view in place without touching the rest of the buffer', () => {
    const buffer = normals(rng(12), 12_000);
    const before = buffer[11_000];
    const view = buffer.subarray(0, 10_000);
    const expected = Float64Array.from(view).sort();
    sortFloat64(view);
    expect(view).toEqual(expected);
    expect(buffer[11_000]).toBe(before);
  });

  it('handles keys sharing digits (skipped passes) and short arrays', () => {
    const same = new Float64Array(10_000).fill(3.5);
    expect(sortFloat64(same).every((v) => v === 3.5)).toBe(true);
    const ints = Float64Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    expect(Array.from(sortFloat64(ints))).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    expect(Array.from(sortFloat64(Float64Array.from([3, -1, 2])))).toEqual([-1, 2, 3]);
  });

  it('sorts a shorter array after a longer one (the reused scratch is larger than the input)', () => {
    // Regression: with the scatter buffer kept between calls, an odd number of passes copied the
    // whole (larger) scratch back into the input and threw "offset is out of bounds".
    sortFloat64(normals(rng(13), 50_000));
    const ints = Float64Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    expect(Array.from(sortFloat64(ints))).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    const view = normals(rng(14), 30_000).subarray(5_000, 25_000);
    const expected = Float64Array.from(view).sort();
    expect(sortFloat64(view)).toEqual(expected);
  });

  it('ascending returns sorted input itself and a sorted copy of unsorted input', () => {
    const sorted = Float64Array.from([1, 2, 2, 3]);
    expect(ascending(sorted)).toBe(sorted);
    const unsorted = Float64Array.from([3, 1, 2]);
    expect(Array.from(ascending(unsorted))).toEqual([1, 2, 3]);
    expect(Array.from(unsorted)).toEqual([3, 1, 2]);
    expect(isSortedAscending(Float64Array.from([1, 0]))).toBe(false);
  });
});

describe('sortedPresent (present values copied as keys and radix-sorted)', () => {
  /** -0 spelt out, so toEqual tells it from +0. */
  const shown = (values: ArrayLike<number>) => Array.from(values, (v) => (Object.is(v, -0) ? '-0' : v));

  it('equals the NaN-free values sorted by Float64Array.prototype.sort, at radix and short lengths', () => {
    for (const length of [0, 7, 4_000, 4_096, 20_000]) {
      const values = normals(rng(21 + length), length, 0, 1e3);
      for (let i = 0; i < length; i += 9) values[i] = Number.NaN;
      for (let i = 3; i < length; i += 97) values[i] = Math.round(values[i]);
      const special = [-0, 0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity];
      if (length > 20) values.set(special, 10);
      const expected = values.filter((v) => !Number.isNaN(v)).sort();
      const out = new Float64Array(length + 5).fill(42);
      const sorted = sortedPresent(values, out);
      expect(shown(sorted)).toEqual(shown(expected));
      // the sorted values are the front of `out`; the input is untouched
      expect(sorted.buffer).toBe(out.buffer);
      expect(sorted.byteOffset).toBe(0);
      expect(values.filter((v) => Number.isNaN(v)).length).toBe(Math.ceil(length / 9));
    }
  });

  it('reads a column view at an offset and skips passes of shared digits', () => {
    const buffer = normals(rng(31), 30_000);
    const view = buffer.subarray(2_000, 22_000);
    expect(shown(sortedPresent(view, new Float64Array(20_000)))).toEqual(
      shown(Float64Array.from(view).sort()),
    );
    const same = new Float64Array(10_000).fill(-2.25);
    same[5] = Number.NaN;
    const sorted = sortedPresent(same, new Float64Array(10_000));
    expect(sorted.length).toBe(9_999);
    expect(sorted.every((v) => v === -2.25)).toBe(true);
  });
});

describe('decimalSorted (decimals sorted as 32-bit integer keys)', () => {
  const shown = (values: ArrayLike<number>) => Array.from(values, (v) => (Object.is(v, -0) ? '-0' : v));

  /** `count` decimals with `places` places around `scale`, parsed from their text as the CSV reader does. */
  function decimals(seed: number, count: number, places: number, scale: number): Float64Array {
    const random = rng(seed);
    return Float64Array.from({ length: count }, () => Number(((random() - 0.5) * scale).toFixed(places)));
  }

  it('sorts decimals of 0 to 9 places exactly as Float64Array.prototype.sort, -0 before +0, NaN left out', () => {
    for (let places = 0; places <= 9; places++) {
      const values = decimals(40 + places, 20_000, places, places > 6 ? 2 : 2_000);
      for (let i = 0; i < values.length; i += 13) values[i] = Number.NaN;
      values.set([-0, 0, -0, 0, -0], 100);
      for (let i = 500; i < 700; i++) values[i] = values[i - 200]; // ties
      const out = new Float64Array(values.length);
      const count = decimalSorted(values, out, values.length);
      const expected = values.filter((v) => !Number.isNaN(v)).sort();
      expect(count, `${places} places`).toBe(expected.length);
      expect(shown(out.subarray(0, count))).toEqual(shown(expected));
    }
  });

  it('puts -0 first among the zeros with no negatives, only negatives, or only zeros (counted after the sort)', () => {
    const positive = Float64Array.from(decimals(52, 8_000, 2, 100), Math.abs);
    const negative = Float64Array.from(decimals(53, 8_000, 2, 100), (v) => -Math.abs(v) || -1);
    const zeros = new Float64Array(8_000);
    for (const values of [positive, negative, zeros]) {
      for (let i = 3; i < values.length; i += 97) values[i] = i % 2 === 0 ? -0 : 0;
      const out = new Float64Array(values.length);
      expect(decimalSorted(values, out, values.length)).toBe(values.length);
      expect(shown(out)).toEqual(shown(Float64Array.from(values).sort()));
    }
  });

  it('sorts in place (sortFloat64) through the same path', () => {
    const values = decimals(51, 30_000, 3, 1e6);
    values.set([-0, 0, -0], 7);
    const expected = Float64Array.from(values).sort();
    expect(decimalSorted(Float64Array.from(values), new Float64Array(values.length), values.length)).toBe(
      values.length,
    );
    expect(shown(sortFloat64(values))).toEqual(shown(expected));
  });

  it('leaves to the 64-bit sort what it cannot key exactly, and sortedPresent still sorts it', () => {
    const cases: [string, Float64Array][] = [];
    const tooManyPlaces = decimals(61, 10_000, 2, 100);
    tooManyPlaces[4_321] = 0.123456789012; // not among the sampled positions
    cases.push(['more than 9 places', tooManyPlaces]);
    const wideAtMorePlaces = decimals(66, 10_000, 2, 1e6);
    wideAtMorePlaces[4_321] = 0.0001234; // 7 places: 1e6 x 10^7 units is over 2^32
    cases.push(['over 2^32 units at the places of one value', wideAtMorePlaces]);
    const wide = decimals(62, 10_000, 0, 100);
    wide[5] = 5e9; // spread over 2^32 units
    cases.push(['spread over 2^32 units', wide]);
    const infinite = decimals(63, 10_000, 1, 100);
    infinite[17] = Infinity;
    cases.push(['an infinity', infinite]);
    const huge = decimals(64, 10_000, 0, 100);
    huge[4_000] = 2 ** 60;
    cases.push(['beyond 2^53 units', huge]);
    cases.push(['full-precision doubles', normals(rng(65), 10_000)]);
    for (const [name, values] of cases) {
      const out = new Float64Array(values.length).fill(7);
      expect(decimalSorted(values, out, values.length), name).toBe(-1);
      expect(
        out.every((v) => v === 7),
        `${name}: nothing written`,
      ).toBe(true);
      expect(shown(sortedPresent(values, out)), name).toEqual(shown(Float64Array.from(values).sort()));
    }
  });

  it('raises the places when a value not sampled has more (1.5e-7 among 4-place values)', () => {
    const values = decimals(67, 20_000, 4, 20);
    for (let i = 1_001; i < values.length; i += 1_000) values[i] = i % 2 === 0 ? 1.5e-7 : -0.0000123;
    const out = new Float64Array(values.length);
    expect(decimalSorted(values, out, values.length)).toBe(values.length);
    expect(shown(out)).toEqual(shown(Float64Array.from(values).sort()));
  });

  it('counts keys when the spread is under the count and radix-sorts them otherwise, both exactly', () => {
    // ages 18 .. 87 (a counting sort over 70 keys) and a spread of 2^32 - 1 units whose first value
    // is the largest (keys are offsets from the first value, modulo 2^32)
    const ages = Float64Array.from(decimals(81, 50_000, 0, 69), (v) => Math.abs(v) + 18);
    ages.set([-0, 0, -3, -0], 40);
    const wide = decimals(82, 50_000, 0, 1e6);
    wide[0] = 4_294_967_295 - 500_000;
    wide[1] = -500_000;
    const negativeFirst = decimals(83, 50_000, 2, 100);
    negativeFirst[0] = -4_000;
    for (const [name, values] of [
      ['counting', ages],
      ['radix, 32-bit spread', wide],
      ['counting, first value least', negativeFirst],
    ] as const) {
      const out = new Float64Array(values.length);
      expect(decimalSorted(values, out, values.length), name).toBe(values.length);
      expect(shown(out), name).toEqual(shown(Float64Array.from(values).sort()));
    }
  });

  it('does not sort in place an input with NaN (it would leave a hole)', () => {
    const values = decimals(71, 5_000, 1, 10);
    values[9] = Number.NaN;
    expect(decimalSorted(values, values, values.length)).toBe(-1);
  });
});
