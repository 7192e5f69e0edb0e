/**
 * Image drift: the lenses of ./lenses.ts (the reconstruction-error test of src/multivariate on the
 * resized gray pixel vectors: PCA as a linear autoencoder, pixels not standardised: they share one
 * scale, and standardising would blow up the near-constant border pixels; per-image exceedance,
 * flatness, image summaries, PCA scores, and with labels the class lenses) combined with Holm, the
 * candidate images the reference model reconstructs worst, and the per-image property Tables (the
 * properties that vary) for the caller's column comparison. Labels: when every image of both sides
 * lies in a sub-folder (`train/cat/1.png` read from `train`) and the two sides share at least two
 * sub-folder names, the first sub-folder is the image's class.
 */
import type { Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { splitIndices, subsampleIndices } from '../multivariate/random.js';
import { explainReconstruction, resolveMethodOptions, summarise } from '../multivariate/reconstruction.js';
import {
  imageCheckConclusion,
  imageCheckSkippedText,
  unreadableImagesText,
} from '../report/image-wording.js';
import type { ImageSideSummary, ImagesOk, ImagesSkipped, WorstImage } from '../report/model.js';
import { compareImages, DEFAULT_IMAGE_ALPHA, fitImageReference, type ImagePixels } from './lenses.js';
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
  /** False-alarm rate of the whole check on unshifted data (default 0.05). */
  readonly alpha?: number;
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
  const alpha = options.alpha ?? DEFAULT_IMAGE_ALPHA;

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
  const { constant, ...properties } = imagePropertyTables(reference, candidate);
  const labels = folderLabels(reference, candidate);
  const common: ImageDriftCommon = {
    size: reference.size,
    constantProperties: constant,
    labels: labels
      ? {
          source: 'folders',
          referenceClasses: new Set(labels.reference).size,
          candidateClasses: new Set(labels.candidate).size,
        }
      : null,
    reference: side(reference, referenceIndex.length),
    candidate: side(candidate, candidateIndex.length),
    properties,
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
    explanation: imageCheckSkippedText(reason, unreadable),
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
  const pick = (
    set: ImageSet,
    rows: Int32Array,
    setLabels: readonly string[] | null,
    map?: Int32Array,
  ): ImagePixels => {
    const out = new Float64Array(rows.length * d);
    const picked: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = map ? map[rows[i]] : rows[i];
      out.set(set.images[row].pixels, i * d);
      if (setLabels) picked.push(setLabels[row]);
    }
    return { pixels: out, rows: rows.length, labels: setLabels ? picked : null };
  };
  const referenceModel = fitImageReference(
    pick(reference, split.training, labels?.reference ?? null, referenceIndex),
    pick(reference, split.heldOut, labels?.reference ?? null, referenceIndex),
    pick(reference, referenceIndex, labels?.reference ?? null),
    reference.size,
    { varianceShare },
  );
  const comparison = compareImages(
    referenceModel,
    pick(candidate, candidateIndex, labels?.candidate ?? null),
    {
      alpha,
      varianceShare,
      bandSigmas,
      minIncrease,
    },
  );
  const outcome = comparison.reconstruction;
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
    comparison.drift ? 'this lens alone finds no drift' : 'no drift',
  );
  explanation += ` ${imageCheckConclusion({
    lenses: comparison.lenses,
    alpha,
    candidateImages: candidateIndex.length,
    detectableIncrease: comparison.detectableIncrease,
    detectableBeyond: comparison.detectableBeyond,
  })}`;
  if (note) explanation += ` ${note}`;
  explanation += unreadable;
  return {
    ...common,
    status: 'ok',
    drift: comparison.drift,
    outcome: comparison.drift ? 'fail' : summary.aboveBand ? 'warn' : 'pass',
    reconstruction: summary,
    alpha,
    lenses: comparison.lenses,
    firedLenses: comparison.fired,
    detectableIncrease: comparison.detectableIncrease,
    detectableBeyond: comparison.detectableBeyond,
    worst,
    explanation,
  };
}

/**
 * Class labels from sub-folders: when every image on both sides has a sub-folder in its name and
 * the two sides share at least two first sub-folder names, each image's first sub-folder; else null.
 */
export function folderLabels(
  reference: ImageSet,
  candidate: ImageSet,
): { reference: string[]; candidate: string[] } | null {
  const first = (set: ImageSet): string[] | null => {
    const out: string[] = [];
    for (const image of set.images) {
      const slash = image.name.indexOf('/');
      if (slash <= 0) return null;
      out.push(image.name.slice(0, slash));
    }
    return out;
  };
  const a = first(reference);
  const b = first(candidate);
  if (!a || !b) return null;
  const shared = new Set(a);
  const common = new Set(b.filter((label) => shared.has(label)));
  return common.size >= 2 ? { reference: a, candidate: b } : null;
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

/** The unreadable images of each side, for the report's sentence (report/image-wording.ts). */
function unreadableSentence(reference: ImageSet, candidate: ImageSet): string {
  return unreadableImagesText(
    (
      [
        ['reference', reference],
        ['candidate', candidate],
      ] as const
    ).map(([side, set]) => ({
      side,
      count: set.errors.length,
      names: set.errors.slice(0, 3).map((e) => e.name),
    })),
  );
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
