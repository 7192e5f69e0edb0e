import { describe, expect, it } from 'vitest';
import { resolveMethodOptions } from '../../src/multivariate/reconstruction.js';

describe('resolveMethodOptions (tables and images share it)', () => {
  it('fills the documented defaults', () => {
    expect(resolveMethodOptions({}, 'multivariate')).toEqual({
      varianceShare: 0.65,
      trainShare: 0.7,
      seed: 20_240_601,
      minIncrease: 0.1,
      bandSigmas: 3,
    });
  });

  it('names the caller and the key of a bad value', () => {
    expect(() => resolveMethodOptions({ varianceShare: 1 }, 'image')).toThrow(
      'image varianceShare must be a number between 0 and 1 (exclusive), got 1',
    );
    expect(() => resolveMethodOptions({ bandSigmas: -1 }, 'multivariate')).toThrow(
      'multivariate bandSigmas must be a number >= 0, got -1',
    );
    expect(resolveMethodOptions({ minIncrease: 0 }, 'image').minIncrease).toBe(0);
  });
});
