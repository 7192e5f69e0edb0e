import { describe, expect, it } from 'vitest';
import { fitPca, reconstructionErrors } from '../../src/multivariate/pca.js';
import { normals, rng } from '../helpers/random.js';

describe('fitPca', () => {
  it('finds the main axis of a stretched cloud and keeps one residual direction', () => {
    const random = rng(1);
    const n = 500;
    const a = normals(random, n, 0, 3);
    const b = normals(random, n, 0, 0.5);
    const data = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      // rotate by 45 degrees
      data[2 * i] = (a[i] - b[i]) / Math.SQRT2;
      data[2 * i + 1] = (a[i] + b[i]) / Math.SQRT2;
    }
    const model = fitPca(data, n, 2, { varianceShare: 0.65 });
    expect(model.count).toBe(1);
    expect(Math.abs(model.components[0])).toBeCloseTo(Math.SQRT1_2, 1);
    expect(Math.abs(model.components[1])).toBeCloseTo(Math.SQRT1_2, 1);
    expect(model.explainedVariance).toBeGreaterThan(0.95);
    const errors = reconstructionErrors(model, data, n);
    const meanError = errors.reduce((s, e) => s + e, 0) / n;
    expect(meanError).toBeGreaterThan(0.3);
    expect(meanError).toBeLessThan(0.5); // E|N(0, 0.5^2)| = 0.4
  });

  it('gives the same components through the Gram matrix (fewer rows than dimensions)', () => {
    const random = rng(2);
    const rows = 30;
    const d = 40;
    const data = normals(random, rows * d);
    const wide = fitPca(data, rows, d, { varianceShare: 0.5 });
    // the same data padded with copies so rows > d takes the covariance path with the same covariance shape
    const copies = 2;
    const tall = new Float64Array(rows * copies * d);
    for (let c = 0; c < copies; c++) tall.set(data, c * rows * d);
    const viaCovariance = fitPca(tall, rows * copies, d, { varianceShare: 0.5 });
    expect(viaCovariance.count).toBe(wide.count);
    for (let c = 0; c < wide.count; c++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += wide.components[c * d + j] * viaCovariance.components[c * d + j];
      expect(Math.abs(dot)).toBeCloseTo(1, 6);
    }
    const e1 = reconstructionErrors(wide, data, rows);
    const e2 = reconstructionErrors(viaCovariance, data, rows);
    for (let i = 0; i < rows; i++) expect(e1[i]).toBeCloseTo(e2[i], 6);
  });
});
