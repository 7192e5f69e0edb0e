import { describe, expect, it } from 'vitest';
import { isPastThreshold } from '../../../src/checks/columns/decide.js';

describe('isPastThreshold', () => {
  it('p-values drift strictly below alpha', () => {
    expect(isPastThreshold('p-value', 0.049999, 0.05)).toBe(true);
    expect(isPastThreshold('p-value', 0.05, 0.05)).toBe(false);
    expect(isPastThreshold('p-value', 0.3, 0.05)).toBe(false);
  });

  it('distances drift at or above the threshold', () => {
    expect(isPastThreshold('distance', 0.1, 0.1)).toBe(true);
    expect(isPastThreshold('distance', 0.099999, 0.1)).toBe(false);
    expect(isPastThreshold('distance', 2, 0.1)).toBe(true);
  });

  it('is monotone in the threshold', () => {
    const thresholds = [0.001, 0.01, 0.05, 0.1, 0.2, 0.5];
    for (const score of [0, 0.004, 0.05, 0.15, 0.7]) {
      const pv = thresholds.map((t) => isPastThreshold('p-value', score, t));
      const dist = thresholds.map((t) => isPastThreshold('distance', score, t));
      // raising alpha can only turn "no drift" into "drift"; raising a distance threshold only the reverse
      expect(pv.indexOf(true) === -1 || pv.slice(pv.indexOf(true)).every(Boolean)).toBe(true);
      expect(dist.indexOf(false) === -1 || dist.slice(dist.indexOf(false)).every((d) => !d)).toBe(true);
    }
  });
});
