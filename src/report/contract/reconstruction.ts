/**
 * The whole-dataset part of the report contract: the reconstruction-error test on table rows
 * (src/multivariate) and on image pixels (src/images). Those folders build these objects and add
 * their internal parts (the fitted model, the per-image property Tables) outside the contract.
 */
import Type, { type Static } from 'typebox';
import {
  count,
  definition,
  flag,
  list,
  nullable,
  number,
  Outcome,
  object,
  oneOf,
  probability,
  text,
} from './common.js';

/** A skipped check finds nothing: its outcome is always `pass`. */
const SKIPPED_OUTCOME = Type.Literal('pass', { description: 'A skipped check does not change the verdict.' });

export const ReconstructionSummary = definition(
  'reconstruction',
  {
    dimensions: count('Input dimensions (encoded columns, or pixels).'),
    components: count('Kept principal components.'),
    explainedVariance: number('Share of the training variance the kept components explain.'),
    fitRows: count('Reference rows the PCA was fitted on.'),
    heldOutRows: count('Held-out reference rows the baseline is measured on.'),
    candidateRows: count(),
    baselineMeanError: number('Mean reconstruction error of the held-out reference rows.'),
    standardError: number('Bootstrap standard error used for the band.'),
    bandUpper: number('Upper end of the band: baselineMeanError + bandSigmas * standardError.'),
    bandSigmas: number(),
    candidateMeanError: number(),
    relativeIncrease: nullable(
      number(),
      '(candidate - baseline) / baseline; null when the baseline error is 0.',
    ),
    relativeIncreasePercent: nullable(
      number(),
      'relativeIncrease * 100, rounded to 0.1; null when the baseline error is 0.',
    ),
    minIncrease: number(),
    aboveBand: flag('Candidate mean above the band (above the band but below minIncrease: outcome `warn`).'),
    drift: flag('aboveBand and relativeIncrease >= minIncrease.'),
    outcome: Outcome,
  },
  'The numbers of one reconstruction comparison (src/multivariate/reconstruction.ts): PCA fitted on a training part of the reference; baseline = held-out reference rows. No NaN, no Infinity.',
);
export interface ReconstructionSummary extends Static<typeof ReconstructionSummary> {}

export const ExcludedColumn = object(
  { name: text(), reason: text() },
  'A column left out of the multivariate check, and why.',
);
export interface ExcludedColumn extends Static<typeof ExcludedColumn> {}

export const RowsUsed = object(
  {
    referenceRows: count(),
    candidateRows: count(),
    referenceUsed: count(),
    candidateUsed: count(),
    subsampled: flag('Whether either side was subsampled.'),
    note: nullable(text(), 'Sentence for the report when a side was subsampled.'),
  },
  'How many rows of each side were used (a side larger than maxRows is subsampled).',
);
export interface RowsUsed extends Static<typeof RowsUsed> {}

export const ColumnContribution = object(
  {
    column: text(),
    share: probability(
      "The column's share of the reconstruction-error increase: its increase of the mean squared residual (candidate minus held-out reference, in the robustly standardised space) over the sum of the increases; a column whose residual shrank counts 0.",
    ),
  },
  'How much of the multivariate reconstruction-error increase one column carries.',
);
export interface ColumnContribution extends Static<typeof ColumnContribution> {}

const multivariateCommon = {
  columns: list(text(), 'The columns the check ran on, in table order.'),
  excludedColumns: list(ExcludedColumn),
  rows: RowsUsed,
  varianceShare: number(),
  trainShare: number(),
  seed: number(),
};

export const MultivariateOk = object(
  {
    status: Type.Literal('ok'),
    ...multivariateCommon,
    ...ReconstructionSummary.properties,
    contributions: list(
      ColumnContribution,
      'Every column of `columns` with its share of the increase, largest first (ties in table order); all 0 when no residual grew.',
    ),
    explanation: text('One sentence for the report.'),
  },
  'The multivariate check ran.',
);
export interface MultivariateOk extends Static<typeof MultivariateOk> {}

export const MultivariateSkipped = object(
  {
    status: Type.Literal('skipped'),
    ...multivariateCommon,
    reason: text(),
    drift: Type.Literal(false),
    outcome: SKIPPED_OUTCOME,
    explanation: text(),
  },
  'The multivariate check was skipped; `reason` says why.',
);
export interface MultivariateSkipped extends Static<typeof MultivariateSkipped> {}

export const MultivariateReport = Type.Union([MultivariateOk, MultivariateSkipped], {
  $id: 'multivariate',
  description:
    'The multivariate check (src/multivariate): PCA reconstruction error of the candidate rows against held-out reference rows (absent when multivariate is false).',
});
export type MultivariateResult = MultivariateOk | MultivariateSkipped;
export type MultivariateReport = MultivariateResult;

export const ImageReadError = object({ name: text(), message: text() });
export interface ImageReadError extends Static<typeof ImageReadError> {}

export const ImageSideSummary = definition('imageSide', {
  source: text(),
  images: count('Readable images.'),
  used: count('Images the reconstruction test used (fewer when subsampled).'),
  unreadable: count('Files that could not be read or decoded: counted, named, skipped.'),
  errors: list(ImageReadError),
  ignoredFiles: count(),
});
export interface ImageSideSummary extends Static<typeof ImageSideSummary> {}

export const WorstImage = object({
  name: text(),
  error: number('Reconstruction error of the image.'),
  ratioToBaseline: nullable(number(), 'error / baseline mean error of the held-out reference images.'),
});
export interface WorstImage extends Static<typeof WorstImage> {}

export const ImageLensId = oneOf(
  ['reconstruction', 'exceedance', 'flatness', 'summaries', 'pca', 'class-shares', 'class-reconstruction'],
  'The lenses of the image check (src/images/lenses.ts); the class lenses only when the images have labels.',
);
export type ImageLensId = Static<typeof ImageLensId>;

export const ImageLens = definition(
  'imageLens',
  {
    id: ImageLensId,
    status: oneOf(['ok', 'skipped']),
    tests: count('Tests inside the lens (its p-value is Bonferroni-corrected over them).'),
    pValue: nullable(probability(), "The lens's p-value (corrected within the lens); null when skipped."),
    adjustedPValue: nullable(probability(), 'Holm-adjusted across the lenses that ran; null when skipped.'),
    fired: flag('adjustedPValue < alpha and the minimum effect holds.'),
    strongest: nullable(
      text(),
      'What moved most: the image summary, principal component or class with the smallest p-value; null for single-test lenses.',
    ),
    statistic: nullable(
      number(),
      'reconstruction, class-reconstruction: relative increase of the mean error; exceedance, flatness: the reference threshold; summaries, pca: the KS statistic D.',
    ),
    referenceValue: nullable(
      number(),
      'reconstruction: held-out mean error; exceedance, flatness: expected share beyond the threshold; summaries, pca: reference mean; class-shares: reference share; class-reconstruction: held-out mean error of the class.',
    ),
    candidateValue: nullable(number(), 'The candidate side of referenceValue.'),
    reason: nullable(text(), 'Why the lens was skipped, else null.'),
  },
  'One lens of the image check. No NaN, no Infinity.',
);
export interface ImageLens extends Static<typeof ImageLens> {}

export const ConstantProperty = object(
  { name: text(), value: text('The one value every image of both sides has (e.g. `28x28`, `png`).') },
  'An image property that is the same for every image on both sides: reported once, not compared as a column.',
);
export interface ConstantProperty extends Static<typeof ConstantProperty> {}

const imagesCommon = {
  size: count('Side of the square the images were resized to.'),
  constantProperties: list(
    ConstantProperty,
    'Properties no image varies in; left out of the column comparison.',
  ),
  labels: nullable(
    object({
      source: oneOf(['folders']),
      referenceClasses: count(),
      candidateClasses: count(),
    }),
    'Class labels (the first sub-folder of every image on both sides), or null.',
  ),
  reference: ImageSideSummary,
  candidate: ImageSideSummary,
  varianceShare: number(),
  trainShare: number(),
  seed: number(),
  note: nullable(text(), 'A sentence when a side was subsampled, else null.'),
};

export const ImagesOk = object(
  {
    status: Type.Literal('ok'),
    ...imagesCommon,
    drift: flag(),
    outcome: Outcome,
    reconstruction: ReconstructionSummary,
    alpha: probability('False-alarm rate of the whole check on unshifted data (Holm across the lenses).'),
    lenses: list(ImageLens, 'Every lens, in a fixed order; the check drifts when any fired.'),
    firedLenses: list(ImageLensId, 'Ids of the lenses that fired, in lens order.'),
    detectableIncrease: nullable(
      number(),
      'The smallest relative increase of the mean reconstruction error this candidate size could show: max(minIncrease, band width / baseline).',
    ),
    detectableBeyond: nullable(
      count(),
      'The fewest candidate images above the held-out 95th percentile the exceedance lens could flag; null when none could.',
    ),
    worst: list(WorstImage, 'The candidate images reconstructed worst, worst first.'),
    explanation: text(),
  },
  'The image comparison ran.',
);
export interface ImagesOk extends Static<typeof ImagesOk> {}

export const ImagesSkipped = object(
  {
    status: Type.Literal('skipped'),
    ...imagesCommon,
    drift: Type.Literal(false),
    outcome: SKIPPED_OUTCOME,
    reason: text(),
    explanation: text(),
  },
  'The image comparison was skipped; `reason` says why.',
);
export interface ImagesSkipped extends Static<typeof ImagesSkipped> {}

export const ImagesReport = Type.Union([ImagesOk, ImagesSkipped], {
  $id: 'images',
  description:
    'Image folders (src/images): reconstruction error on pixels, the worst-reconstructed candidate images, unreadable files per side.',
});
export type ImagesReport = ImagesOk | ImagesSkipped;
