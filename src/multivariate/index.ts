/** Multivariate drift: PCA reconstruction error on tables (and the shared core the image check uses). */
export { fitPca, type PcaModel, type PcaOptions, reconstructionErrors } from './pca.js';
export { seededRandom, shuffledIndices, splitIndices, subsampleIndices } from './random.js';
export {
  DEFAULT_BAND_SIGMAS,
  DEFAULT_MIN_INCREASE,
  DEFAULT_SEED,
  DEFAULT_TRAIN_SHARE,
  DEFAULT_VARIANCE_SHARE,
  explainReconstruction,
  type ReconstructionOptions,
  type ReconstructionOutcome,
  type ReconstructionSummary,
  reconstructionDrift,
  shareOfIncrease,
  summarise,
} from './reconstruction.js';
export {
  type ColumnContribution,
  DEFAULT_MAX_ROWS,
  type ExcludedColumn,
  MIN_CANDIDATE_ROWS,
  MIN_REFERENCE_ROWS,
  type MultivariateOk,
  type MultivariateOptions,
  type MultivariateResult,
  type MultivariateSkipped,
  multivariateDrift,
  type RowsUsed,
  STANDARDISED_BOUND,
} from './tabular.js';
