/**
 * Why this file is long: the seven lenses share the fitted reference and the Holm step; one file keeps the whole decision in view.
 * The lenses of the image check, each a test with a p-value, combined with Holm's step-down
 * correction (Holm 1979) so that the whole check keeps its false-alarm rate `alpha` on unshifted
 * data (for any dependence between the lenses):
 *
 * - `reconstruction`: the mean PCA reconstruction error against the held-out band (src/multivariate;
 *   p from the normal tail of (candidate mean - baseline) / SE); fires only with min-increase too.
 * - `exceedance`: candidate images whose reconstruction error lies above the held-out reference's
 *   95th percentile (exact Beta-binomial p, ./exceedance.ts): sees a *part* of the images changing.
 * - `flatness`: candidate images with a share of perfectly flat pixels below the reference's 5th
 *   percentile (same test, lower tail): sees fine noise or grain the PCA smooths over.
 * - `summaries`: two-sample KS tests on robust per-image summaries (./summaries.ts), Bonferroni.
 * - `pca`: two-sample KS tests on the leading principal-component scores (held-out reference vs
 *   candidate), Bonferroni: the univariate-KS-on-a-reduced-space of Rabanser et al. (2019).
 * - `class-shares` (labels): per-class Fisher exact tests of the class's share, Bonferroni: a class
 *   that disappeared or grew.
 * - `class-reconstruction` (labels): the mean reconstruction error per class against the held-out
 *   images of that class, Bonferroni: one class that looks different.
 *
 * A lens "fires" when its Holm-adjusted p-value is below alpha (and its minimum effect holds). The
 * reference is fitted once (fitImageReference) and any number of candidates compared with it.
 * Cost: the PCA fit once; per candidate O(n * d * k) for projections plus the KS tests.
 */
import {
  compareReconstruction,
  type FittedReconstruction,
  fitReconstruction,
  type ReconstructionOutcome,
} from '../multivariate/reconstruction.js';
import type { ImageLens, ImageLensId } from '../report/model.js';
import { normalSf } from '../stats/distributions/normal.js';
import { fisherExact } from '../stats/fisher.js';
import { ks2Samp } from '../stats/ks.js';
import { betaBinomialTail, exceedanceTest } from './exceedance.js';
import { FLAT_SHARE, SUMMARY_COUNT, SUMMARY_NAMES, summarizeImages, summaryColumn } from './summaries.js';

export type { ImageLens, ImageLensId };

/** The whole check's false-alarm rate on unshifted data (Holm across lenses). */
export const DEFAULT_IMAGE_ALPHA = 0.01;
/** Tail share of the reference scores the exceedance lenses count beyond. */
export const EXCEEDANCE_SHARE = 0.05;
/** An exceedance lens fires only when at least this many times the expected share lies beyond. */
export const EXCEEDANCE_MIN_RATIO = 2;
/** Leading principal components the `pca` lens tests. */
export const PCA_LENS_COMPONENTS = 10;
/** A class is tested by `class-reconstruction` with at least this many candidate images. */
export const MIN_CLASS_IMAGES = 20;

export interface LensOptions {
  readonly alpha: number;
  readonly varianceShare: number;
  readonly bandSigmas: number;
  readonly minIncrease: number;
}

/** Pixels of `rows` images, size x size each, row-major in [0, 1]; labels per image, or null. */
export interface ImagePixels {
  readonly pixels: Float64Array;
  readonly rows: number;
  readonly labels: readonly string[] | null;
}

/** The reference side, fitted once. */
export interface ImageReferenceModel {
  readonly size: number;
  readonly fitted: FittedReconstruction;
  /** Summaries of every reference image, column by column. */
  readonly summaryColumns: readonly Float64Array[];
  /** Per kept component (at most PCA_LENS_COMPONENTS), the held-out images' scores. */
  readonly heldOutScores: readonly Float64Array[];
  /** Labels of all reference images and of the held-out ones (null without labels). */
  readonly labels: readonly string[] | null;
  readonly heldOutLabels: readonly string[] | null;
}

/** Fits the reference: PCA on the training rows, held-out errors and scores, summaries of all images. */
export function fitImageReference(
  training: ImagePixels,
  heldOut: ImagePixels,
  all: ImagePixels,
  size: number,
  options: Pick<LensOptions, 'varianceShare'>,
): ImageReferenceModel {
  const d = size * size;
  const fitted = fitReconstruction(training.pixels, heldOut.pixels, d, options);
  const summaries = summarizeImages(all.pixels, all.rows, size);
  return {
    size,
    fitted,
    summaryColumns: Array.from({ length: SUMMARY_COUNT }, (_, j) => summaryColumn(summaries, j)),
    heldOutScores: componentScores(fitted, heldOut.pixels, heldOut.rows),
    labels: all.labels,
    heldOutLabels: heldOut.labels,
  };
}

export interface ImageComparison {
  readonly reconstruction: ReconstructionOutcome;
  readonly lenses: ImageLens[];
  /** Ids of the lenses that fired, in lens order. */
  readonly fired: ImageLensId[];
  readonly drift: boolean;
  /**
   * Sample-size honesty: the smallest relative increase of the mean reconstruction error the
   * reconstruction lens could have flagged at this candidate size (band width or min-increase).
   */
  readonly detectableIncrease: number | null;
  /** The fewest candidate images beyond the 95th percentile the exceedance lens could have flagged (null: none could). */
  readonly detectableBeyond: number | null;
}

/** Compares candidate images with a fitted reference through every lens. */
export function compareImages(
  reference: ImageReferenceModel,
  candidate: ImagePixels,
  options: LensOptions,
): ImageComparison {
  const outcome = compareReconstruction(reference.fitted, candidate.pixels, options);
  const lenses: ImageLens[] = [
    reconstructionLens(outcome),
    exceedanceLens('exceedance', outcome.heldOutErrors, outcome.candidateErrors, 'upper'),
  ];
  const candidateSummaries = summarizeImages(candidate.pixels, candidate.rows, reference.size);
  const candidateColumns = Array.from({ length: SUMMARY_COUNT }, (_, j) =>
    summaryColumn(candidateSummaries, j),
  );
  lenses.push(flatnessLens(reference.summaryColumns[FLAT_SHARE], candidateColumns[FLAT_SHARE]));
  lenses.push(summariesLens(reference.summaryColumns, candidateColumns));
  lenses.push(
    pcaLens(reference.heldOutScores, componentScores(reference.fitted, candidate.pixels, candidate.rows)),
  );
  if (reference.labels && candidate.labels) {
    lenses.push(classSharesLens(reference.labels, candidate.labels));
    lenses.push(
      classReconstructionLens(
        reference.heldOutLabels ?? [],
        outcome.heldOutErrors,
        candidate.labels,
        outcome.candidateErrors,
      ),
    );
  }
  holm(lenses);
  for (const lens of lenses)
    lens.fired =
      lens.adjustedPValue !== null && lens.adjustedPValue < options.alpha && effectHolds(lens, options);
  const fired = lenses.filter((lens) => lens.fired).map((lens) => lens.id);
  const tested = lenses.filter((lens) => lens.status === 'ok').length;
  return {
    reconstruction: outcome,
    lenses,
    fired,
    drift: fired.length > 0,
    detectableIncrease:
      outcome.baselineMeanError > 0
        ? Math.max(
            options.minIncrease,
            (outcome.bandUpper - outcome.baselineMeanError) / outcome.baselineMeanError,
          )
        : null,
    detectableBeyond: smallestFiringCount(
      outcome.heldOutErrors.length,
      outcome.candidateRows,
      options.alpha / Math.max(1, tested),
    ),
  };
}

/** The minimum effect a lens needs beside its p-value. */
function effectHolds(lens: ImageLens, options: LensOptions): boolean {
  if (lens.id === 'reconstruction' || lens.id === 'class-reconstruction')
    return lens.statistic !== null && lens.statistic >= options.minIncrease;
  if (lens.id === 'exceedance' || lens.id === 'flatness')
    return (lens.candidateValue ?? 0) >= EXCEEDANCE_MIN_RATIO * (lens.referenceValue ?? 0);
  return true;
}

/**
 * Holm's step-down adjustment across the lenses that ran (skipped ones keep null): the i-th smallest
 * p-value times (L - i + 1), made monotone, capped at 1 (statsmodels multipletests(method='holm')).
 */
export function holm(lenses: ImageLens[]): void {
  const ran = lenses.filter((lens) => lens.pValue !== null);
  const order = [...ran].sort((a, b) => (a.pValue ?? 1) - (b.pValue ?? 1));
  let running = 0;
  order.forEach((lens, i) => {
    running = Math.max(running, Math.min(1, (order.length - i) * (lens.pValue ?? 1)));
    lens.adjustedPValue = running;
  });
}

function lens(id: ImageLensId, fields: Partial<ImageLens>): ImageLens {
  return {
    id,
    status: 'ok',
    tests: 1,
    pValue: null,
    adjustedPValue: null,
    fired: false,
    strongest: null,
    statistic: null,
    referenceValue: null,
    candidateValue: null,
    reason: null,
    ...fields,
  };
}

function skippedLens(id: ImageLensId, reason: string): ImageLens {
  return lens(id, { status: 'skipped', tests: 0, reason });
}

/** The mean reconstruction error: p = P(Z > (candidate - baseline) / SE); statistic = relative increase. */
function reconstructionLens(outcome: ReconstructionOutcome): ImageLens {
  const difference = outcome.candidateMeanError - outcome.baselineMeanError;
  const pValue =
    outcome.standardError > 0 ? normalSf(difference / outcome.standardError) : difference > 0 ? 0 : 1;
  return lens('reconstruction', {
    pValue,
    statistic: outcome.relativeIncrease,
    referenceValue: outcome.baselineMeanError,
    candidateValue: outcome.candidateMeanError,
  });
}

function exceedanceLens(
  id: 'exceedance' | 'flatness',
  reference: Float64Array,
  candidate: Float64Array,
  tail: 'upper' | 'lower',
): ImageLens {
  if (reference.length < 2 || candidate.length < 1) return skippedLens(id, 'too few images');
  const result = exceedanceTest(reference, candidate, EXCEEDANCE_SHARE, tail);
  return lens(id, {
    pValue: result.pValue,
    statistic: result.threshold,
    referenceValue: result.expectedShare,
    candidateValue: result.observedShare,
  });
}

function flatnessLens(reference: Float64Array, candidate: Float64Array): ImageLens {
  const sorted = Float64Array.from(reference).sort();
  const low = sorted[Math.max(0, Math.floor(EXCEEDANCE_SHARE * (reference.length + 1)) - 1)];
  if (!(low > 0)) return skippedLens('flatness', 'the reference images have too few perfectly flat areas');
  return exceedanceLens('flatness', reference, candidate, 'lower');
}

/** Bonferroni over two-sample KS tests of paired columns; the strongest one is named. */
function ksFamily(
  id: 'summaries' | 'pca',
  reference: readonly Float64Array[],
  candidate: readonly Float64Array[],
  name: (j: number) => string,
): ImageLens {
  let best: { j: number; p: number; d: number } | null = null;
  let tests = 0;
  for (let j = 0; j < reference.length; j++) {
    const a = reference[j];
    const b = candidate[j];
    if (a.length === 0 || b.length === 0 || isConstantPair(a, b)) continue;
    tests++;
    const { statistic, pValue } = ks2Samp(a, b);
    if (best === null || pValue < best.p || (pValue === best.p && statistic > best.d))
      best = { j, p: pValue, d: statistic };
  }
  if (best === null) return skippedLens(id, 'nothing varies');
  return lens(id, {
    tests,
    pValue: Math.min(1, best.p * tests),
    strongest: name(best.j),
    statistic: best.d,
    referenceValue: meanOf(reference[best.j]),
    candidateValue: meanOf(candidate[best.j]),
  });
}

function summariesLens(reference: readonly Float64Array[], candidate: readonly Float64Array[]): ImageLens {
  return ksFamily('summaries', reference, candidate, (j) => SUMMARY_NAMES[j]);
}

function pcaLens(reference: readonly Float64Array[], candidate: readonly Float64Array[]): ImageLens {
  if (reference.length === 0) return skippedLens('pca', 'the PCA kept no components');
  return ksFamily('pca', reference, candidate, (j) => `component ${j + 1}`);
}

/** Per class (the union of both sides' labels), Fisher's exact test of its share; Bonferroni. */
function classSharesLens(reference: readonly string[], candidate: readonly string[]): ImageLens {
  const referenceCounts = countLabels(reference);
  const candidateCounts = countLabels(candidate);
  const classes = [...new Set([...referenceCounts.keys(), ...candidateCounts.keys()])].sort();
  if (classes.length < 2) return skippedLens('class-shares', 'fewer than two classes');
  let best: { name: string; p: number } | null = null;
  for (const name of classes) {
    const r = referenceCounts.get(name) ?? 0;
    const c = candidateCounts.get(name) ?? 0;
    const { pValue } = fisherExact([
      [r, reference.length - r],
      [c, candidate.length - c],
    ]);
    if (best === null || pValue < best.p) best = { name, p: pValue };
  }
  const strongest = best as { name: string; p: number };
  return lens('class-shares', {
    tests: classes.length,
    pValue: Math.min(1, strongest.p * classes.length),
    strongest: strongest.name,
    referenceValue: (referenceCounts.get(strongest.name) ?? 0) / reference.length,
    candidateValue: (candidateCounts.get(strongest.name) ?? 0) / candidate.length,
  });
}

/** Per class with enough images on both sides, the mean reconstruction error's normal tail; Bonferroni. */
function classReconstructionLens(
  heldOutLabels: readonly string[],
  heldOutErrors: Float64Array,
  candidateLabels: readonly string[],
  candidateErrors: Float64Array,
): ImageLens {
  const heldOut = groupErrors(heldOutLabels, heldOutErrors);
  const candidate = groupErrors(candidateLabels, candidateErrors);
  let best: { name: string; p: number; increase: number; base: number; mean: number } | null = null;
  let tests = 0;
  for (const [name, errors] of [...candidate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const baseline = heldOut.get(name);
    if (!baseline || baseline.length < MIN_CLASS_IMAGES || errors.length < MIN_CLASS_IMAGES) continue;
    tests++;
    const base = meanOf(baseline);
    const average = meanOf(errors);
    const variance = populationVariance(baseline);
    const se = Math.sqrt(variance / errors.length + variance / baseline.length);
    const p = se > 0 ? normalSf((average - base) / se) : average > base ? 0 : 1;
    const increase = base > 0 ? (average - base) / base : 0;
    if (best === null || p < best.p) best = { name, p, increase, base, mean: average };
  }
  if (best === null)
    return skippedLens('class-reconstruction', `no class has ${MIN_CLASS_IMAGES} images on both sides`);
  return lens('class-reconstruction', {
    tests,
    pValue: Math.min(1, best.p * tests),
    strongest: best.name,
    statistic: best.increase,
    referenceValue: best.base,
    candidateValue: best.mean,
  });
}

/**
 * The fewest of n candidate images beyond the held-out 95th percentile whose exact p-value is below
 * `level` (alpha over the lenses: Holm's strictest step), or null when even all n would not be. O(n^2).
 */
function smallestFiringCount(m: number, n: number, level: number): number | null {
  if (m < 2 || n < 1) return null;
  const r = Math.max(1, Math.floor(EXCEEDANCE_SHARE * (m + 1)));
  const floor = Math.ceil(EXCEEDANCE_MIN_RATIO * (r / (m + 1)) * n);
  for (let k = Math.max(1, floor); k <= n; k++) if (betaBinomialTail(k, n, r, m + 1 - r) < level) return k;
  return null;
}

/** Scores of `rows` rows on the first PCA_LENS_COMPONENTS kept components, one array per component. */
function componentScores(fitted: FittedReconstruction, pixels: Float64Array, rows: number): Float64Array[] {
  const { model } = fitted;
  const d = model.dimensions;
  const count = Math.min(model.count, PCA_LENS_COMPONENTS);
  const scores = Array.from({ length: count }, () => new Float64Array(rows));
  for (let r = 0; r < rows; r++) {
    const base = r * d;
    for (let c = 0; c < count; c++) {
      const offset = c * d;
      let sum = 0;
      for (let j = 0; j < d; j++) sum += model.components[offset + j] * (pixels[base + j] - model.mean[j]);
      scores[c][r] = sum;
    }
  }
  return scores;
}

function isConstantPair(a: Float64Array, b: Float64Array): boolean {
  const first = a[0];
  for (const value of a) if (value !== first) return false;
  for (const value of b) if (value !== first) return false;
  return true;
}

function countLabels(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

function groupErrors(labels: readonly string[], errors: Float64Array): Map<string, Float64Array> {
  const lists = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = lists.get(label);
    if (list) list.push(errors[i]);
    else lists.set(label, [errors[i]]);
  });
  return new Map([...lists].map(([label, list]) => [label, Float64Array.from(list)]));
}

function meanOf(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length > 0 ? sum / values.length : 0;
}

function populationVariance(values: Float64Array): number {
  const average = meanOf(values);
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return values.length > 0 ? squares / values.length : 0;
}
