/**
 * The reconstruction-error drift test shared by tables and images (docs/multivariate.md): fit PCA
 * on a training part of the reference, take the per-row reconstruction error on the held-out part
 * of the reference (the baseline) and on the candidate, and call drift when the candidate's mean
 * error lies above the baseline band AND is at least `minIncrease` above the baseline mean; above the
 * band but below `minIncrease` is a warning (outcome `warn`).
 *
 * The band is baselineMean + bandSigmas * SE, where SE is the bootstrap standard deviation of the
 * difference "mean of n_c rows drawn from the held-out errors" minus "mean of the held-out errors
 * resampled": the spread the candidate mean would have if the candidate came from the reference
 * distribution, plus the uncertainty of the baseline itself. It is computed in closed form (the
 * ideal bootstrap: what infinitely many resamples converge to), so it costs O(n) and has no
 * Monte Carlo noise. Both come from held-out rows only
 * (errors on the training rows are smaller and would make the band too tight).
 */
import { UserInputError } from '../errors.js';
import { formatError, formatRoundPercent, formatSignedPercent } from '../report/format.js';
import type { ReconstructionSummary } from '../report/model.js';
import { fitPca, type PcaModel, reconstructionErrors } from './pca.js';

/** The numbers of one comparison: part of the report contract (src/report/contract/reconstruction.ts). */
export type { ReconstructionSummary };

export interface ReconstructionOptions {
  /** Share of the variance the kept components must explain (default 0.65). */
  readonly varianceShare: number;
  /** Sigmas of the bootstrap standard error above the baseline mean (default 3). */
  readonly bandSigmas: number;
  /** Minimum relative increase of the mean error, e.g. 0.1 = 10% (default 0.1). */
  readonly minIncrease: number;
  /** Seed of the caller's split and subsamples. */
  readonly seed: number;
  /** At most this many training rows are used to fit the PCA (default: see maxFitRows()). */
  readonly maxFitRows?: number;
}

export const DEFAULT_VARIANCE_SHARE = 0.65;
export const DEFAULT_TRAIN_SHARE = 0.7;
export const DEFAULT_BAND_SIGMAS = 3;
export const DEFAULT_MIN_INCREASE = 0.1;
export const DEFAULT_SEED = 20_240_601;

/** The method's settings as a caller may give them (tables and images alike); absent ones default. */
export interface MethodOptions {
  readonly varianceShare?: number;
  readonly trainShare?: number;
  readonly seed?: number;
  readonly minIncrease?: number;
  readonly bandSigmas?: number;
}

/**
 * The method's settings with defaults filled in, each checked: varianceShare and trainShare in
 * (0, 1), minIncrease and bandSigmas >= 0. A bad value is a UserInputError naming `what` and the key.
 */
export function resolveMethodOptions(options: MethodOptions, what: string): Required<MethodOptions> {
  const resolved = {
    varianceShare: options.varianceShare ?? DEFAULT_VARIANCE_SHARE,
    trainShare: options.trainShare ?? DEFAULT_TRAIN_SHARE,
    seed: options.seed ?? DEFAULT_SEED,
    minIncrease: options.minIncrease ?? DEFAULT_MIN_INCREASE,
    bandSigmas: options.bandSigmas ?? DEFAULT_BAND_SIGMAS,
  };
  const check = (name: string, value: number, high: number, lowInclusive: boolean): void => {
    const ok = Number.isFinite(value) && (lowInclusive ? value >= 0 : value > 0) && value < high;
    if (!ok) {
      const range = high === Number.POSITIVE_INFINITY ? '>= 0' : 'between 0 and 1 (exclusive)';
      throw new UserInputError(`${what} ${name} must be a number ${range}, got ${value}`);
    }
  };
  check('varianceShare', resolved.varianceShare, 1, false);
  check('trainShare', resolved.trainShare, 1, false);
  check('minIncrease', resolved.minIncrease, Number.POSITIVE_INFINITY, true);
  check('bandSigmas', resolved.bandSigmas, Number.POSITIVE_INFINITY, true);
  return resolved;
}

/** The summary plus what the JSON report leaves out. */
export interface ReconstructionOutcome extends ReconstructionSummary {
  /** The fitted model (not for the JSON report). */
  model: PcaModel;
  /** Per-row errors of the candidate, in input order. */
  candidateErrors: Float64Array;
  /** Per-row errors of the held-out reference rows. */
  heldOutErrors: Float64Array;
  /**
   * Per dimension: the candidate rows' mean squared residual minus the held-out rows' mean squared
   * residual (not for the JSON report; tables turn it into contributions, see shareOfIncrease).
   */
  increaseByDimension: Float64Array;
}

/**
 * How many training rows the PCA is fitted on at most: the scatter matrix costs rows * d^2, so keep
 * rows * d^2 near 3e9 (about 2 s), never fewer than 2,000 rows; tables (small d) use all rows.
 */
export function maxFitRows(dimensions: number): number {
  return Math.max(2000, Math.floor(3e9 / (dimensions * dimensions)));
}

/** The reference side of the test, fitted once: the model, the held-out rows' errors and their baseline. */
export interface FittedReconstruction {
  readonly model: PcaModel;
  readonly fitRows: number;
  /** Per-row errors of the held-out reference rows. */
  readonly heldOutErrors: Float64Array;
  /** What the comparison needs from them (heldOutBaseline). */
  readonly baseline: HeldOutBaseline;
}

/**
 * Fits the PCA on the reference training rows (at most maxFitRows of them, at an even stride) and
 * measures the held-out rows' errors. Cost: the PCA fit plus O(heldOut * d * k).
 */
export function fitReconstruction(
  training: Float64Array,
  heldOut: Float64Array,
  dimensions: number,
  options: Pick<ReconstructionOptions, 'varianceShare' | 'maxFitRows'>,
): FittedReconstruction {
  const d = dimensions;
  const trainingRows = training.length / d;
  const fitCap = options.maxFitRows ?? maxFitRows(d);
  const fitRows = Math.min(trainingRows, fitCap);
  // the training rows are a random subset of the reference: an even stride through them is one too
  const fitData = fitRows === trainingRows ? training : strideRows(training, trainingRows, d, fitRows);
  const model = fitPca(fitData, fitRows, d, { varianceShare: options.varianceShare });
  const { baseline, errors } = heldOutBaseline(model, heldOut);
  return { model, fitRows, heldOutErrors: errors, baseline };
}

/**
 * Runs the test on three row-major matrices with `dimensions` values per row (no NaN): the
 * reference training rows, the held-out reference rows and the candidate rows.
 */
export function reconstructionDrift(
  training: Float64Array,
  heldOut: Float64Array,
  candidate: Float64Array,
  dimensions: number,
  options: ReconstructionOptions,
): ReconstructionOutcome {
  return compareReconstruction(fitReconstruction(training, heldOut, dimensions, options), candidate, options);
}

/** The test of candidate rows against a fitted reference. O(candidate * d * k). */
export function compareReconstruction(
  fitted: FittedReconstruction,
  candidate: Float64Array,
  options: Pick<ReconstructionOptions, 'bandSigmas' | 'minIncrease'>,
): ReconstructionOutcome {
  const outcome = compareWithBaseline(fitted.model, fitted.fitRows, fitted.baseline, candidate, options);
  return { ...outcome, heldOutErrors: fitted.heldOutErrors };
}

/** What the comparison needs from the held-out reference rows (a reference profile keeps it instead of the rows). */
export interface HeldOutBaseline {
  readonly rows: number;
  /** Mean reconstruction error of the held-out rows. */
  readonly meanError: number;
  /** Population variance of their errors. */
  readonly errorVariance: number;
  /** Per dimension: the held-out rows' mean squared residual. */
  readonly squaresByDimension: Float64Array;
}

/** The held-out rows' errors under `model` and the baseline made from them. O(rows x d x components). */
export function heldOutBaseline(
  model: PcaModel,
  heldOut: Float64Array,
): { baseline: HeldOutBaseline; errors: Float64Array } {
  const d = model.dimensions;
  const squares = new Float64Array(d);
  const errors = reconstructionErrors(model, heldOut, heldOut.length / d, squares);
  const n = errors.length;
  const meanError = mean(errors);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (errors[i] - meanError) ** 2;
  return {
    baseline: {
      rows: n,
      meanError,
      errorVariance: n > 0 ? sum / n : 0,
      squaresByDimension: squares.map((square) => (n > 0 ? square / n : 0)),
    },
    errors,
  };
}

/**
 * The test itself: the candidate rows' errors under `model` against the held-out `baseline`
 * (band, relative increase, drift). O(candidate rows x d x components).
 */
export function compareWithBaseline(
  model: PcaModel,
  fitRows: number,
  baseline: HeldOutBaseline,
  candidate: Float64Array,
  options: Pick<ReconstructionOptions, 'bandSigmas' | 'minIncrease'>,
): Omit<ReconstructionOutcome, 'heldOutErrors'> {
  const d = model.dimensions;
  const candidateSquares = new Float64Array(d);
  const candidateErrors = reconstructionErrors(model, candidate, candidate.length / d, candidateSquares);
  const increaseByDimension = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const candidateMean = candidateErrors.length > 0 ? candidateSquares[j] / candidateErrors.length : 0;
    increaseByDimension[j] = candidateMean - baseline.squaresByDimension[j];
  }
  const baselineMeanError = baseline.meanError;
  const candidateMeanError = mean(candidateErrors);
  const standardError = bootstrapStandardError(baseline, candidateErrors.length);
  const bandUpper = baselineMeanError + options.bandSigmas * standardError;
  const relativeIncrease =
    baselineMeanError > 0 ? (candidateMeanError - baselineMeanError) / baselineMeanError : null;
  const aboveBand = candidateMeanError > bandUpper;
  const drift =
    aboveBand &&
    (relativeIncrease === null ? candidateMeanError > 0 : relativeIncrease >= options.minIncrease);
  return {
    dimensions: d,
    components: model.count,
    explainedVariance: model.explainedVariance,
    fitRows,
    heldOutRows: baseline.rows,
    candidateRows: candidateErrors.length,
    baselineMeanError,
    standardError,
    bandUpper,
    bandSigmas: options.bandSigmas,
    candidateMeanError,
    relativeIncrease,
    relativeIncreasePercent: relativeIncrease === null ? null : Math.round(relativeIncrease * 1000) / 10,
    minIncrease: options.minIncrease,
    aboveBand,
    drift,
    outcome: drift ? 'fail' : aboveBand ? 'warn' : 'pass',
    model,
    candidateErrors,
    increaseByDimension,
  };
}

/**
 * Each dimension's share of the reconstruction-error increase: its increase of the mean squared
 * residual (candidate minus held-out baseline, from `increaseByDimension`) over the sum of those
 * increases. A dimension whose residual shrank is clamped to 0 (it explains none of the increase),
 * so the shares are in [0, 1] and sum to 1, or are all 0 when no dimension's residual grew.
 * The squared residuals add up across dimensions (the squared row error is their sum), which is
 * why they, not the row errors themselves, are split. Cost O(d).
 */
export function shareOfIncrease(increaseByDimension: Float64Array): Float64Array {
  let total = 0;
  for (const increase of increaseByDimension) if (increase > 0) total += increase;
  return Float64Array.from(increaseByDimension, (increase) =>
    total > 0 && increase > 0 ? increase / total : 0,
  );
}

/** The JSON-friendly numbers of an outcome (drops the model and the per-row errors). */
export function summarise(outcome: ReconstructionOutcome): ReconstructionSummary {
  const {
    model: _model,
    candidateErrors: _candidate,
    heldOutErrors: _heldOut,
    increaseByDimension: _increase,
    ...summary
  } = outcome;
  return summary;
}

/**
 * One sentence for the report: what was compared, the two mean errors, the band and the verdict.
 * `what` names the rows ("rows", "images"), `space` the input ("4 columns", "28 x 28 pixels").
 */
export function explainReconstruction(
  summary: ReconstructionSummary,
  what: string,
  space: string,
  conclusion = 'the joint structure of the data changed',
  noDrift = 'no drift',
): string {
  const percent = summary.relativeIncreasePercent;
  const change = percent === null ? 'from a zero baseline' : formatSignedPercent(percent);
  const numbers =
    `mean reconstruction error ${formatError(summary.candidateMeanError)} vs ${formatError(summary.baselineMeanError)} on held-out ` +
    `reference ${what} (${change}; band up to ${formatError(summary.bandUpper)})`;
  const model = `a ${summary.components}-component PCA of ${space} (${formatRoundPercent(summary.explainedVariance)} of the variance)`;
  if (summary.drift) {
    return `Candidate ${what} are reconstructed worse than the reference by ${model}: ${numbers}; ${conclusion}.`;
  }
  if (summary.aboveBand) {
    return (
      `Candidate ${what} are reconstructed slightly worse by ${model}: ${numbers}, above the band but below the ` +
      `minimum increase of ${formatRoundPercent(summary.minIncrease)}: a warning, not drift.`
    );
  }
  return `Candidate ${what} are reconstructed as well as the reference by ${model}: ${numbers}: ${noDrift}.`;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return values.length > 0 ? sum / values.length : 0;
}

/**
 * Ideal-bootstrap SD of (mean of `candidateRows` draws from the held-out errors) - (mean of n_h
 * draws): a mean of k draws with replacement has variance sigma^2 / k, with sigma^2 the population
 * variance of the errors, so SE = sigma * sqrt(1 / n_c + 1 / n_h). Cost O(1) from the baseline.
 */
function bootstrapStandardError(baseline: HeldOutBaseline, candidateRows: number): number {
  const n = baseline.rows;
  if (n < 2 || candidateRows < 1) return 0;
  const variance = baseline.errorVariance;
  return Math.sqrt(variance / candidateRows + variance / n);
}

/** `count` rows of `data` at an even stride (deterministic). */
function strideRows(data: Float64Array, rows: number, d: number, count: number): Float64Array {
  const out = new Float64Array(count * d);
  for (let i = 0; i < count; i++) {
    const row = Math.floor((i * rows) / count);
    out.set(data.subarray(row * d, row * d + d), i * d);
  }
  return out;
}
