/**
 * Image drift: the reconstruction-error test of src/multivariate on the resized gray pixel vectors
 * (PCA as a linear autoencoder; pixels are not standardised: they share one scale, and
 * standardising would blow up the near-constant border pixels), the candidate images the reference
 * model reconstructs worst, and the per-image property Tables for the caller's column comparison.
 */
import type { Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { splitIndices, subsampleIndices } from '../multivariate/random.js';
import {
  explainReconstruction,
  type ReconstructionSummary,
  reconstructionDrift,
  resolveMethodOptions,
  summarise,
} from '../multivariate/reconstruction.js';
import { imagePropertyTables } from './properties.js';
import type { ImageReadError, ImageRecord, ImageSet } from './read.js';

export interface ImageDriftOptions {
  readonly varianceShare?: number;
  readonly trainShare?: number;
  readonly seed?: number;
  readonly minIncrease?: number;
  readonly bandSigmas?: number;
  /** At most this many images per side; larger sides are subsampled at random with the seed (default 50,000). */
  readonly maxImages?: number;
  /** How many worst-reconstructed candidate images to list (default 10). */
  readonly worst?: number;
}

export interface ImageSideSummary {
  source: string;
  /** Readable images. */
  images: number;
  /** Images the reconstruction test used (fewer when subsampled). */
  used: number;
  /** Files that could not be read or decoded: counted, named, skipped. */
  unreadable: number;
  errors: ImageReadError[];
  ignoredFiles: number;
}

export interface WorstImage {
  name: string;
  /** Reconstruction error of the image. */
  error: number;
  /** error / baseline mean error of the held-out reference images. */
  ratioToBaseline: number | null;
}

interface ImageDriftCommon {
  /** Side of the square the images were resized to. */
  size: number;
  reference: ImageSideSummary;
  candidate: ImageSideSummary;
  /** Per-image properties, one row per readable image: for the caller's column comparison. */
  properties: { reference: Table; candidate: Table };
  varianceShare: number;
  trainShare: number;
  seed: number;
  /** A sentence when a side was subsampled, else null. */
  note: string | null;
}

export interface ImageDriftOk extends ImageDriftCommon {
  status: 'ok';
  drift: boolean;
  reconstruction: ReconstructionSummary;
  /** The candidate images reconstructed worst, worst first. */
  worst: WorstImage[];
  explanation: string;
}

export interface ImageDriftSkipped extends ImageDriftCommon {
  status: 'skipped';
  drift: false;
  reason: string;
  explanation: string;
}

export type ImageDriftResult = ImageDriftOk | ImageDriftSkipped;

export const DEFAULT_MAX_IMAGES = 50_000;
export const MIN_REFERENCE_IMAGES = 50;
export const MIN_CANDIDATE_IMAGES = 10;
export const DEFAULT_WORST = 10;

/** Compares two image sets read at the same size. Deterministic for a given seed. */
export function imageDrift(
  reference: ImageSet,
  candidate: ImageSet,
  options: ImageDriftOptions = {},
): ImageDriftResult {
  if (reference.size !== candidate.size) {
    throw new UserInputError(
      `reference and candidate images must be read at the same size (${reference.size} vs ${candidate.size})`,
    );
  }
  const { varianceShare, trainShare, seed, minIncrease, bandSigmas } = resolveMethodOptions(options, 'image');
  const maxImages = options.maxImages ?? DEFAULT_MAX_IMAGES;
  const worstCount = options.worst ?? DEFAULT_WORST;

  const referenceIndex = subsampleIndices(reference.images.length, maxImages, seed);
  const candidateIndex = subsampleIndices(candidate.images.length, maxImages, seed + 1);
  const parts: string[] = [];
  if (referenceIndex.length < reference.images.length) {
    parts.push(`${referenceIndex.length} of ${reference.images.length} reference images`);
  }
  if (candidateIndex.length < candidate.images.length) {
    parts.push(`${candidateIndex.length} of ${candidate.images.length} candidate images`);
  }
  const note =
    parts.length > 0
      ? `Used a seeded random sample of ${parts.join(' and ')} (at most ${maxImages} per side).`
      : null;
  const common: ImageDriftCommon = {
    size: reference.size,
    reference: side(reference, referenceIndex.length),
    candidate: side(candidate, candidateIndex.length),
    properties: imagePropertyTables(reference, candidate),
    varianceShare,
    trainShare,
    seed,
    note,
  };
  const unreadable = unreadableSentence(reference, candidate);
  const skip = (reason: string): ImageDriftSkipped => ({
    ...common,
    status: 'skipped',
    drift: false,
    reason,
    explanation: `Image reconstruction check skipped: ${reason}.${unreadable}`,
  });
  if (reference.images.length < MIN_REFERENCE_IMAGES) {
    return skip(
      `it needs at least ${MIN_REFERENCE_IMAGES} readable reference images, found ${reference.images.length}`,
    );
  }
  if (candidate.images.length < MIN_CANDIDATE_IMAGES) {
    return skip(
      `it needs at least ${MIN_CANDIDATE_IMAGES} readable candidate images, found ${candidate.images.length}`,
    );
  }

  const d = reference.size * reference.size;
  const split = splitIndices(referenceIndex.length, trainShare, seed ^ 0x9e3779b9);
  const pick = (set: ImageSet, rows: Int32Array, map?: Int32Array): Float64Array => {
    const out = new Float64Array(rows.length * d);
    for (let i = 0; i < rows.length; i++) out.set(set.images[map ? map[rows[i]] : rows[i]].pixels, i * d);
    return out;
  };
  const outcome = reconstructionDrift(
    pick(reference, split.training, referenceIndex),
    pick(reference, split.heldOut, referenceIndex),
    pick(candidate, candidateIndex),
    d,
    { varianceShare, bandSigmas, minIncrease, seed },
  );
  const summary = summarise(outcome);
  const worst = worstImages(
    candidate.images,
    candidateIndex,
    outcome.candidateErrors,
    summary.baselineMeanError,
    worstCount,
  );
  let explanation = explainReconstruction(
    summary,
    'images',
    `${reference.size} x ${reference.size} pixels`,
    'the images look different from the reference (see the worst-reconstructed images)',
  );
  if (note) explanation += ` ${note}`;
  explanation += unreadable;
  return { ...common, status: 'ok', drift: summary.drift, reconstruction: summary, worst, explanation };
}

function side(set: ImageSet, used: number): ImageSideSummary {
  return {
    source: set.source,
    images: set.images.length,
    used,
    unreadable: set.errors.length,
    errors: set.errors,
    ignoredFiles: set.ignoredFiles,
  };
}

function unreadableSentence(reference: ImageSet, candidate: ImageSet): string {
  const parts: string[] = [];
  for (const [label, set] of [
    ['reference', reference],
    ['candidate', candidate],
  ] as const) {
    if (set.errors.length === 0) continue;
    const names = set.errors.slice(0, 3).map((error) => error.name);
    const more = set.errors.length > 3 ? `, and ${set.errors.length - 3} more` : '';
    parts.push(
      `${set.errors.length} unreadable ${label} image${set.errors.length > 1 ? 's' : ''} skipped (${names.join(', ')}${more})`,
    );
  }
  return parts.length > 0 ? ` ${parts.join('; ')}.` : '';
}

function worstImages(
  images: readonly ImageRecord[],
  index: Int32Array,
  errors: Float64Array,
  baseline: number,
  count: number,
): WorstImage[] {
  const order = Array.from(errors.keys()).sort((a, b) => errors[b] - errors[a] || a - b);
  return order.slice(0, count).map((i) => ({
    name: images[index[i]].name,
    error: errors[i],
    ratioToBaseline: baseline > 0 ? errors[i] / baseline : null,
  }));
}
