import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betaBinomialTail, exceedanceTest } from '../../src/images/exceedance.js';
import {
  compareImages,
  fitImageReference,
  holm,
  type ImageLens,
  type ImagePixels,
} from '../../src/images/lenses.js';
import { FLAT_SHARE, SUMMARY_COUNT, summarizeImage } from '../../src/images/summaries.js';
import { seededRandom } from '../../src/multivariate/random.js';
import { normalSf } from '../../src/stats/distributions/normal.js';
import { drawShape, type Shape } from './synthetic.js';

/** SciPy values made by scripts/golden/make_image_golden.py. */
const golden = JSON.parse(readFileSync('test/fixtures/images/image-golden.json', 'utf8'));

const relative = (actual: number, expected: number) =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

describe('betaBinomialTail (scipy.stats.betabinom.pmf summed over k..n)', () => {
  it.each(golden.betaBinomialTail as { k: number; n: number; a: number; b: number; sf: number }[])(
    'k=$k n=$n a=$a b=$b',
    ({ k, n, a, b, sf }) => {
      // relative 1e-9: sums of exp(lnFactorial) terms (lnFactorial is ~1e-16 relative)
      expect(relative(betaBinomialTail(k, n, a, b), sf)).toBeLessThan(1e-9);
    },
  );

  it('is 1 at k <= 0, 0 above n, and decreasing in k', () => {
    expect(betaBinomialTail(0, 10, 3, 5)).toBe(1);
    expect(betaBinomialTail(11, 10, 3, 5)).toBe(0);
    let previous = 1;
    for (let k = 1; k <= 50; k++) {
      const p = betaBinomialTail(k, 50, 15, 286);
      expect(p).toBeLessThanOrEqual(previous);
      expect(p).toBeGreaterThanOrEqual(0);
      previous = p;
    }
  });
});

describe('exceedanceTest', () => {
  it.each(
    golden.exceedance as {
      reference: number[];
      candidate: number[];
      share: number;
      tail: 'upper' | 'lower';
      threshold: number;
      beyond: number;
      expectedShare: number;
      pValue: number;
    }[],
  )('matches the SciPy computation ($tail tail, m = $reference.length, n = $candidate.length)', (c) => {
    const result = exceedanceTest(
      Float64Array.from(c.reference),
      Float64Array.from(c.candidate),
      c.share,
      c.tail,
    );
    expect(result.threshold).toBe(c.threshold);
    expect(result.beyond).toBe(c.beyond);
    expect(result.expectedShare).toBeCloseTo(c.expectedShare, 15);
    expect(relative(result.pValue, c.pValue)).toBeLessThan(1e-9);
  });

  it('keeps its false-alarm rate on exchangeable scores (400 seeded draws, m = 300, n = 100)', () => {
    const random = seededRandom(11);
    let alarms = 0;
    for (let t = 0; t < 400; t++) {
      const reference = Float64Array.from({ length: 300 }, random);
      const candidate = Float64Array.from({ length: 100 }, random);
      if (exceedanceTest(reference, candidate, 0.05, 'upper').pValue < 0.05) alarms++;
    }
    // exact test: at most 5% in expectation; 400 draws, binomial 99.9% bound about 8.3%
    expect(alarms / 400).toBeLessThan(0.083);
  });
});

describe('holm', () => {
  it.each(golden.holm as { p: number[]; adjusted: number[] }[])(
    'adjusts $p like statsmodels',
    ({ p, adjusted }) => {
      const lenses = p.map(
        (pValue) =>
          ({
            id: 'summaries',
            status: 'ok',
            tests: 1,
            pValue,
            adjustedPValue: null,
            fired: false,
            strongest: null,
            statistic: null,
            referenceValue: null,
            candidateValue: null,
            reason: null,
          }) satisfies ImageLens,
      );
      holm(lenses);
      lenses.forEach((lens, i) => {
        expect(lens.adjustedPValue).toBeCloseTo(adjusted[i], 14);
      });
    },
  );
});

describe('normalSf as the reconstruction lens uses it', () => {
  it.each(golden.normalSf as { z: number; sf: number }[])('z = $z', ({ z, sf }) => {
    expect(relative(normalSf(z), sf)).toBeLessThan(1e-12);
  });
});

describe('summarizeImage', () => {
  it('writes block means, intensity shares, edge energy and flat share of a hand-checked 4 x 4 image', () => {
    // left half 0, right half 1
    const pixels = [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1];
    const out = new Float64Array(SUMMARY_COUNT);
    summarizeImage(pixels, 4, out, 0);
    // 4 x 4 grid on a 4 x 4 image: each cell is one pixel
    expect(Array.from(out.subarray(0, 16))).toEqual(pixels);
    // histogram: half the pixels in [0, 0.25), half in [0.75, 1]
    expect(Array.from(out.subarray(16, 20))).toEqual([0.5, 0, 0, 0.5]);
    // 24 neighbour pairs, 4 of them (the middle column pair per row) differ by 1
    expect(out[20]).toBeCloseTo(4 / 24, 15);
    // inner pixels (1,1), (2,1), (1,2), (2,2): each touches the other half: none flat
    expect(out[FLAT_SHARE]).toBe(0);
    summarizeImage(new Float64Array(16).fill(0.3), 4, out, 0);
    expect(out[FLAT_SHARE]).toBe(1);
    expect(out[20]).toBe(0);
  });
});

/** `count` synthetic images of the given shapes (8-bit gray, as read from PNG), labels = shape names. */
function images(count: number, shapes: Shape[], seed: number, noiseStd = 0): ImagePixels {
  const random = seededRandom(seed);
  const d = 28 * 28;
  const pixels = new Float64Array(count * d);
  const labels: string[] = [];
  for (let i = 0; i < count; i++) {
    const shape = shapes[i % shapes.length];
    labels.push(shape);
    const image = drawShape(shape, random);
    for (let p = 0; p < d; p++) {
      const u = 1 - random();
      const z = noiseStd > 0 ? Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random()) : 0;
      pixels[i * d + p] = Math.round(Math.min(255, Math.max(0, image[p] * 255 + noiseStd * z))) / 255;
    }
  }
  return { pixels, rows: count, labels };
}

function fitReference(reference: ImagePixels) {
  const d = 28 * 28;
  const cut = Math.round(reference.rows * 0.7);
  const part = (from: number, to: number): ImagePixels => ({
    pixels: reference.pixels.slice(from * d, to * d),
    rows: to - from,
    labels: reference.labels?.slice(from, to) ?? null,
  });
  return fitImageReference(part(0, cut), part(cut, reference.rows), reference, 28, { varianceShare: 0.65 });
}

const OPTIONS = { alpha: 0.01, varianceShare: 0.65, bandSigmas: 3, minIncrease: 0.1 };

describe('compareImages', () => {
  const reference = images(200, ['one', 'zero', 'seven'], 1);
  const model = fitReference(reference);

  it('fires no lens on fresh images of the same kind, and every p-value lies in [0, 1]', () => {
    const result = compareImages(model, images(100, ['one', 'zero', 'seven'], 2), OPTIONS);
    expect(result.fired).toEqual([]);
    expect(result.drift).toBe(false);
    expect(result.lenses.map((lens) => lens.id)).toEqual([
      'reconstruction',
      'exceedance',
      'flatness',
      'summaries',
      'pca',
      'class-shares',
      'class-reconstruction',
    ]);
    for (const lens of result.lenses) {
      if (lens.pValue === null) continue;
      expect(lens.pValue).toBeGreaterThanOrEqual(0);
      expect(lens.pValue).toBeLessThanOrEqual(1);
      expect(lens.adjustedPValue).toBeGreaterThanOrEqual(lens.pValue);
    }
  });

  it('sees one gray level of noise on a fifth of the images through the flatness lens', () => {
    const clean = images(80, ['one', 'zero', 'seven'], 3);
    const noisy = images(20, ['one', 'zero', 'seven'], 4, 1);
    const d = 28 * 28;
    const pixels = new Float64Array(100 * d);
    pixels.set(clean.pixels);
    pixels.set(noisy.pixels, 80 * d);
    const result = compareImages(
      model,
      { pixels, rows: 100, labels: [...(clean.labels ?? []), ...(noisy.labels ?? [])] },
      OPTIONS,
    );
    expect(result.fired).toContain('flatness');
    expect(result.fired).not.toContain('reconstruction');
  });

  it('sees a knocked-out class through the class-shares lens, and names it', () => {
    const result = compareImages(model, images(150, ['one', 'seven'], 5), OPTIONS);
    const shares = result.lenses.find((lens) => lens.id === 'class-shares');
    expect(shares?.fired).toBe(true);
    expect(shares?.strongest).toBe('zero');
    expect(shares?.candidateValue).toBe(0);
    expect(shares?.referenceValue).toBeCloseTo(67 / 200, 15);
  });

  it('says how large a change 10 images could show: the band is wider than with 100', () => {
    const ten = compareImages(model, images(10, ['one', 'zero', 'seven'], 6), OPTIONS);
    const hundred = compareImages(model, images(100, ['one', 'zero', 'seven'], 6), OPTIONS);
    expect(ten.detectableIncrease).toBeGreaterThan(hundred.detectableIncrease ?? 0);
    expect(ten.detectableBeyond).not.toBeNull();
    expect(ten.detectableBeyond).toBeLessThanOrEqual(10);
  });
});
