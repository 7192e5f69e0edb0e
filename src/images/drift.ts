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
  reconstructionDrift,
  resolveMethodOptions,
  summarise,
} from '../multivariate/reconstruction.js';
import type { ImageSideSummary, ImagesOk, ImagesSkipped, WorstImage } from '../report/model.js';
import { imagePropertyTables } from './properties.js';
import type { ImageRecord, ImageSet } from './read.js';

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

/** Per-image properties, one row per readable image: for the caller's column comparison (not in the JSON report). */
interface ImageProperties {
  properties: { reference: Table; candidate: Table };
}

type ImageDriftCommon = Omit<ImagesSkipped, 'status' | 'drift' | 'outcome' | 'reason' | 'explanation'> &
  ImageProperties;

/** The contract's ImagesOk with the property Tables. */
export interface ImageDriftOk extends ImagesOk, ImageProperties {}

/** The contract's ImagesSkipped with the property Tables. */
export interface ImageDriftSkipped extends ImagesSkipped, ImageProperties {}

export type ImageDriftResult = ImageDriftOk | ImageDriftSkipped;

/** The report parts of the result are declared in the report contract (src/report/contract/reconstruction.ts). */
export type { ImageSideSummary, WorstImage };

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
    outcome: 'pass',
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
  return {
    ...common,
    status: 'ok',
    drift: summary.drift,
    outcome: summary.outcome,
    reconstruction: summary,
    worst,
    explanation,
  };
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
