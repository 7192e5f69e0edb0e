import { describe, expect, it } from 'vitest';
import { doubled, grown } from '../../src/data/growth.js';
import { isShared, sharedFloat64, sharedUint32 } from '../../src/data/shared.js';

describe('grown', () => {
  it('copies the entries into a longer array of the same type, the rest zero', () => {
    const values = Float64Array.of(1.5, -2, Number.NaN);
    const longer = grown(values, 5);
    expect(longer).toBeInstanceOf(Float64Array);
    expect(Array.from(longer)).toEqual([1.5, -2, Number.NaN, 0, 0]);
    expect(isShared(longer)).toBe(false);
    const codes = grown(Int32Array.of(-1, 7), 4);
    expect(codes).toBeInstanceOf(Int32Array);
    expect(Array.from(codes)).toEqual([-1, 7, 0, 0]);
    const bytes = grown(Uint8Array.of(255), 3);
    expect(Array.from(bytes)).toEqual([255, 0, 0]);
  });

  it('keeps a SharedArrayBuffer-backed array shared (the compare worker reads it without a copy)', () => {
    const lines = sharedUint32(2);
    lines.set([3, 4]);
    const longer = grown(lines, 4);
    expect(longer).toBeInstanceOf(Uint32Array);
    expect(isShared(longer)).toBe(true);
    expect(Array.from(longer)).toEqual([3, 4, 0, 0]);
    expect(isShared(grown(sharedFloat64(1), 2))).toBe(true);
  });

  it('leaves the original as it was', () => {
    const original = Int32Array.of(1, 2);
    const longer = grown(original, 3);
    longer[0] = 9;
    expect(Array.from(original)).toEqual([1, 2]);
  });
});

describe('doubled', () => {
  it('doubles until the capacity holds what is needed', () => {
    expect(doubled(16, 16)).toBe(16);
    expect(doubled(16, 17)).toBe(32);
    expect(doubled(16, 100)).toBe(128);
    expect(doubled(0, 3)).toBe(4);
  });
});
