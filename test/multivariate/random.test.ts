import { describe, expect, it } from 'vitest';
import { seededRandom, shuffledIndices, subsampleIndices } from '../../src/multivariate/random.js';

describe('subsampleIndices', () => {
  it('picks the same indices as the first `max` of the full seeded shuffle, in ascending order', () => {
    for (const [n, max, seed] of [
      [10, 3, 1],
      [1_000, 1, 7],
      [1_000, 999, 8],
      [100_000, 20_000, 42],
      [100_001, 5, 43],
    ]) {
      const full = shuffledIndices(n, seededRandom(seed)).slice(0, max).sort();
      const picked = subsampleIndices(n, max, seed);
      expect(picked.length).toBe(max);
      expect(Array.from(picked), `${n} ${max} ${seed}`).toEqual(Array.from(full));
      expect(new Set(picked).size).toBe(max);
    }
  });

  it('returns every index when there are no more than `max`', () => {
    expect(Array.from(subsampleIndices(4, 4, 1))).toEqual([0, 1, 2, 3]);
    expect(Array.from(subsampleIndices(3, 10, 1))).toEqual([0, 1, 2]);
  });
});
