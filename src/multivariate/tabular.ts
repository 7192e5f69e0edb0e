/**
 * Why this file is long: selection, encoding and standardisation are one method, fitted together.
 *
 * Multivariate drift on tables: the reconstruction-error test (./reconstruction.ts) on the usable
 * columns of both tables, so a change in how columns move together (a correlation that flips sign,
 * a combination of values that never occurred) is seen even when every marginal distribution is
 * unchanged. Method and defaults: docs/multivariate.md.
 *
 * Encoding, fitted on the reference training rows only (the held-out rows and the candidate are
 * encoded with the same numbers): numeric columns impute missing values with the mean; categorical
 * and boolean columns are frequency-encoded (each class becomes its share in the reference; a class
 * the reference never had becomes 0; missing becomes the most frequent class); then every column is
 * standardised robustly (reference median and MAD x 1.4826, the standard deviation where the MAD is
 * 0) and clipped at +-STANDARDISED_BOUND, so one broken column (a x1000 unit error) weighs in as a
 * large but bounded residual instead of swamping the others. Each column's share of the error
 * increase is reported (`contributions`), and the explanation names one column when it explains
 * the increase alone.
 */
import type { CategoricalColumn, Column, NumericColumn, Table } from '../data/table.js';
import { isNumericColumn } from '../data/table.js';
import { UserInputError } from '../errors.js';
import type {
  ColumnContribution,
  ExcludedColumn,
  MultivariateOk,
  MultivariateResult,
  MultivariateSkipped,
  RowsUsed,
} from '../report/model.js';
import { multivariateConclusionText, multivariateSkippedText } from '../report/wording.js';
import { quantileSorted } from '../stats/binning.js';
import { ascending, meanVar } from '../stats/util.js';
import { splitIndices, subsampleIndices } from './random.js';
import {
  compareReconstruction,
  explainReconstruction,
  type FittedReconstruction,
  fitReconstruction,
  resolveMethodOptions,
  shareOfIncrease,
  summarise,
} from './reconstruction.js';

/** The result types are part of the report contract (src/report/contract/reconstruction.ts). */
export type {
  ColumnContribution,
  ExcludedColumn,
  MultivariateOk,
  MultivariateResult,
  MultivariateSkipped,
  RowsUsed,
};

export interface MultivariateOptions {
  /** Share of the variance the PCA keeps (default 0.65). */
  readonly varianceShare?: number;
  /** Share of the reference rows the PCA is fitted on; the rest is the held-out baseline (default 0.7). */
  readonly trainShare?: number;
  /** Seed of the split and the subsamples (default 20240601). */
  readonly seed?: number;
  /** Minimum relative increase of the mean error for drift (default 0.1 = 10%). */
  readonly minIncrease?: number;
  /** Standard errors above the baseline mean that make the band (default 3). */
  readonly bandSigmas?: number;
  /** Only these columns (default: every numeric, categorical and boolean column in both tables). */
  readonly columns?: readonly string[];
  /** At most this many rows per side; larger sides are subsampled at random with the seed (default 50,000). */
  readonly maxRows?: number;
}

/** What every result carries, run or skipped. */
type MultivariateCommon = Omit<
  MultivariateSkipped,
  'status' | 'reason' | 'drift' | 'outcome' | 'explanation'
>;

export const DEFAULT_MAX_ROWS = 50_000;
/** Fewer reference rows than this leave too few held-out rows for a baseline. */
export const MIN_REFERENCE_ROWS = 50;
export const MIN_CANDIDATE_ROWS = 10;
/**
 * Standardised values are clipped to [-10, 10]: ten robust standard deviations is beyond any
 * ordinary value (a normal column reaches it about once in 10^23 rows), yet a x1000 unit error
 * (thousands of them) is cut to a residual the other columns can still be compared with.
 */
export const STANDARDISED_BOUND = 10;
/** MAD x this estimates the standard deviation of a normal distribution. */
const MAD_TO_SD = 1.4826;

/**
 * The reference's side of multivariateDrift, kept for more candidates against the same reference
 * Table (the periods of one run: engine/periods.ts makes one per run and passes it down
 * explicitly): its seeded sample and split, each column's fitted encoding, and the encoded rows
 * with the PCA fitted on them and the held-out baseline. By reference Table (weakly), then by
 * the settings and columns they were made with. The results are those made without it.
 */
export interface MultivariateCache {
  readonly byReference: WeakMap<Table, Map<string, unknown>>;
  /** How many parts were made (a sample, an encoding per column, encoded rows; tests read it). */
  made: number;
}

/** An empty MultivariateCache, for one run. */
export function multivariateCache(): MultivariateCache {
  return { byReference: new WeakMap(), made: 0 };
}

/** `make()`, or what it made before for `reference` and `key` in `kept`. */
function keptFor<T>(kept: MultivariateCache | undefined, reference: Table, key: string, make: () => T): T {
  if (!kept) return make();
  let known = kept.byReference.get(reference);
  if (!known) {
    known = new Map();
    kept.byReference.set(reference, known);
  }
  if (known.has(key)) return known.get(key) as T;
  const made = make();
  known.set(key, made);
  kept.made++;
  return made;
}

/** The reference rows the check uses: a seeded sample, split into training and held-out rows. */
interface ReferenceSample {
  readonly used: number;
  readonly training: Int32Array;
  readonly heldOut: Int32Array;
}

/** The encoded reference rows of a set of encoders, whether all are finite, and (on first use) the PCA fitted on them. */
interface ReferenceRows {
  readonly training: Float64Array;
  readonly heldOut: Float64Array;
  readonly finite: boolean;
  readonly fitted: () => FittedReconstruction;
}

/**
 * Compares the joint distribution of the usable columns of two tables. Deterministic for a given
 * seed. `kept`: the reference's side made by earlier calls on the same reference Table.
 */
export function multivariateDrift(
  reference: Table,
  candidate: Table,
  options: MultivariateOptions = {},
  kept?: MultivariateCache,
): MultivariateResult {
  const { varianceShare, trainShare, seed, minIncrease, bandSigmas } = resolveMethodOptions(
    options,
    'multivariate',
  );
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < MIN_REFERENCE_ROWS) {
    throw new UserInputError(
      `multivariate maxRows must be an integer >= ${MIN_REFERENCE_ROWS}, got ${maxRows}`,
    );
  }

  const sampleKey = JSON.stringify(['sample', maxRows, trainShare, seed]);
  const sample = keptFor(kept, reference, sampleKey, (): ReferenceSample => {
    const referenceIndex = subsampleIndices(reference.rows, maxRows, seed);
    const split = splitIndices(referenceIndex.length, trainShare, seed ^ 0x9e3779b9);
    return {
      used: referenceIndex.length,
      training: split.training.map((i) => referenceIndex[i]),
      heldOut: split.heldOut.map((i) => referenceIndex[i]),
    };
  });
  const candidateIndex = subsampleIndices(candidate.rows, maxRows, seed + 1);
  const rows = rowsUsed(reference.rows, candidate.rows, sample.used, candidateIndex.length, maxRows);

  const { pairs, excluded } = selectColumns(reference, candidate, options.columns);
  const encoders: Encoder[] = [];
  for (const [ref, cand] of pairs) {
    const key = JSON.stringify(['encoder', sampleKey, ref.name]);
    const fitted = keptFor(kept, reference, key, () => fitReferenceEncoder(ref, sample.training));
    if (typeof fitted === 'string') excluded.push({ name: ref.name, reason: fitted });
    else encoders.push(withCandidate(fitted, cand));
  }
  const common: MultivariateCommon = {
    columns: encoders.map((encoder) => encoder.name),
    excludedColumns: excluded,
    rows,
    varianceShare,
    trainShare,
    seed,
  };
  const skip = (reason: string): MultivariateSkipped => ({
    ...common,
    status: 'skipped',
    reason,
    drift: false,
    outcome: 'pass',
    explanation: multivariateSkippedText(reason),
  });
  if (encoders.length < 2) {
    return skip(
      `it needs at least 2 usable columns (numeric, categorical or boolean, varying in the reference), found ${encoders.length}`,
    );
  }
  if (reference.rows < MIN_REFERENCE_ROWS) {
    return skip(`it needs at least ${MIN_REFERENCE_ROWS} reference rows, found ${reference.rows}`);
  }
  if (candidate.rows < MIN_CANDIDATE_ROWS) {
    return skip(`it needs at least ${MIN_CANDIDATE_ROWS} candidate rows, found ${candidate.rows}`);
  }

  const rowsKey = JSON.stringify(['rows', sampleKey, common.columns, varianceShare]);
  const referenceRows = keptFor(kept, reference, rowsKey, (): ReferenceRows => {
    const training = encodeRows(encoders, sample.training, 'reference');
    const heldOut = encodeRows(encoders, sample.heldOut, 'reference');
    let fitted: FittedReconstruction | null = null;
    return {
      training,
      heldOut,
      finite: allFinite(training) && allFinite(heldOut),
      fitted: () => {
        fitted ??= fitReconstruction(training, heldOut, encoders.length, { varianceShare });
        return fitted;
      },
    };
  });
  const candidateRows = encodeRows(encoders, candidateIndex, 'candidate');
  if (!referenceRows.finite || !allFinite(candidateRows)) {
    return skip(
      'values lie too far outside the reference range to standardise (they overflow, e.g. near ±1e308)',
    );
  }
  const outcome = compareReconstruction(referenceRows.fitted(), candidateRows, { bandSigmas, minIncrease });
  const summary = summarise(outcome);
  if (!numbersFinite(summary)) {
    return skip('the reconstruction error overflowed (values near ±1e308); it cannot be computed');
  }
  const contributions = columnContributions(common.columns, shareOfIncrease(outcome.increaseByDimension));
  let explanation = explainReconstruction(
    summary,
    'rows',
    `${encoders.length} columns`,
    multivariateConclusionText(contributions),
  );
  if (rows.note) explanation += ` ${rows.note}`;
  return { ...common, ...summary, contributions, status: 'ok', explanation };
}

/** Columns with their shares of the increase, largest first; ties keep table order (stable sort). */
export function columnContributions(columns: readonly string[], shares: Float64Array): ColumnContribution[] {
  return columns.map((column, j) => ({ column, share: shares[j] })).sort((a, b) => b.share - a.share);
}

export function rowsUsed(
  referenceRows: number,
  candidateRows: number,
  referenceUsed: number,
  candidateUsed: number,
  maxRows: number,
): RowsUsed {
  const subsampled = referenceUsed < referenceRows || candidateUsed < candidateRows;
  const parts: string[] = [];
  if (referenceUsed < referenceRows) parts.push(`${referenceUsed} of ${referenceRows} reference rows`);
  if (candidateUsed < candidateRows) parts.push(`${candidateUsed} of ${candidateRows} candidate rows`);
  return {
    referenceRows,
    candidateRows,
    referenceUsed,
    candidateUsed,
    subsampled,
    note: subsampled
      ? `Used a seeded random sample of ${parts.join(' and ')} (at most ${maxRows} per side).`
      : null,
  };
}

export type Usable = NumericColumn | CategoricalColumn;

function selectColumns(
  reference: Table,
  candidate: Table,
  wanted: readonly string[] | undefined,
): { pairs: [Usable, Usable][]; excluded: ExcludedColumn[] } {
  const candidateByName = new Map(candidate.columns.map((column) => [column.name, column]));
  const referenceByName = new Map(reference.columns.map((column) => [column.name, column]));
  if (wanted) {
    for (const name of wanted) {
      if (!referenceByName.has(name))
        throw new UserInputError(`multivariate column "${name}" is not in the reference`);
      if (!candidateByName.has(name))
        throw new UserInputError(`multivariate column "${name}" is not in the candidate`);
    }
  }
  const chosen = wanted ? new Set(wanted) : null;
  const pairs: [Usable, Usable][] = [];
  const excluded: ExcludedColumn[] = [];
  for (const ref of reference.columns) {
    if (chosen && !chosen.has(ref.name)) continue;
    const cand = candidateByName.get(ref.name);
    if (!cand) {
      excluded.push({ name: ref.name, reason: 'not in the candidate' });
      continue;
    }
    const reason = unusable(ref, cand, chosen !== null);
    if (reason) excluded.push({ name: ref.name, reason });
    else pairs.push([ref as Usable, cand as Usable]);
  }
  return { pairs, excluded };
}

export function unusable(ref: Column, cand: Column, named: boolean): string | null {
  if (ref.type === 'identifier' || ref.type === 'empty') return `${ref.type} column`;
  if (cand.type === 'identifier' || cand.type === 'empty') return `${cand.type} column in the candidate`;
  if (ref.type === 'datetime' && !named) {
    return 'datetime column (new data is expected to be later; name it in columns to include it)';
  }
  if (isNumericColumn(ref) !== isNumericColumn(cand)) return 'numeric on one side, categorical on the other';
  return null;
}

/** The fitted encoding of one column as plain numbers (what a reference profile keeps). */
export type EncoderParams =
  | { readonly kind: 'numeric'; readonly fill: number }
  | {
      readonly kind: 'categorical';
      readonly levels: readonly string[];
      readonly shares: readonly number[];
      readonly mode: number;
    };

export interface Encoder {
  name: string;
  params: EncoderParams;
  encode: (side: 'reference' | 'candidate', row: number) => number;
  /** Values are divided by this first (1, or the largest magnitude when plain sums overflow). */
  unit: number;
  center: number;
  scale: number;
}

export function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/** Whether every number in a (nested) summary is finite; null is fine. O(size). */
export function numbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(numbersFinite);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(numbersFinite);
  return true;
}

/**
 * Mean and standard deviation in units of the largest magnitude, for columns whose plain sums
 * overflow (values near ±1e308): every term is at most 1 (or 2 after centring). O(n).
 */
function fitScaled(
  raw: (row: number) => number,
  training: Int32Array,
): { unit: number; center: number; scale: number } | string {
  let unit = 0;
  for (const row of training) unit = Math.max(unit, Math.abs(raw(row)));
  if (!Number.isFinite(unit)) return 'infinite values in the reference training rows';
  let sum = 0;
  for (const row of training) sum += raw(row) / unit;
  const center = sum / training.length;
  let squares = 0;
  for (const row of training) squares += (raw(row) / unit - center) ** 2;
  return { unit, center, scale: Math.sqrt(squares / Math.max(1, training.length - 1)) };
}

/** A column's encoding fitted on the reference training rows, before a candidate is known: it encodes reference rows. */
export interface ReferenceEncoder {
  readonly name: string;
  readonly params: EncoderParams;
  /** A reference row's value before standardising. */
  readonly reference: (row: number) => number;
  readonly unit: number;
  readonly center: number;
  readonly scale: number;
}

/**
 * Fits imputation, encoding and standardisation on the reference training rows; a string says why
 * the column is left out. O(training rows log training rows).
 */
export function fitReferenceEncoder(ref: Usable, training: Int32Array): ReferenceEncoder | string {
  let params: EncoderParams;
  let raw: (row: number) => number;
  // the training rows' values, gathered once from the whole column (each read a cache miss),
  // then imputed in place
  const values = new Float64Array(training.length);
  if (isNumericColumn(ref)) {
    let sum = 0;
    let present = 0;
    for (let k = 0; k < training.length; k++) {
      const value = ref.values[training[k]];
      values[k] = value;
      if (Number.isNaN(value)) continue;
      sum += value;
      present++;
    }
    if (present === 0) return 'no values in the reference training rows';
    const fill = sum / present;
    params = { kind: 'numeric', fill };
    raw = (row) => {
      const value = ref.values[row];
      return Number.isNaN(value) ? fill : value;
    };
    for (let k = 0; k < values.length; k++) if (Number.isNaN(values[k])) values[k] = fill;
  } else {
    const counts = new Float64Array(ref.levels.length);
    const codes = new Int32Array(training.length);
    let present = 0;
    for (let k = 0; k < training.length; k++) {
      const code = ref.codes[training[k]];
      codes[k] = code;
      if (code < 0) continue;
      counts[code]++;
      present++;
    }
    if (present === 0) return 'no values in the reference training rows';
    let mode = 0;
    for (let code = 1; code < counts.length; code++) if (counts[code] > counts[mode]) mode = code;
    const shares = counts.map((count) => count / present);
    params = { kind: 'categorical', levels: ref.levels, shares: Array.from(shares), mode };
    raw = (row) => {
      const code = ref.codes[row];
      return shares[code < 0 ? mode : code];
    };
    for (let k = 0; k < values.length; k++) values[k] = shares[codes[k] < 0 ? mode : codes[k]];
  }
  let unit = 1;
  let { center, scale } = robustScale(values);
  if (!Number.isFinite(center) || (scale !== null && !Number.isFinite(scale))) {
    // values near ±1e308: their spread overflows; fit in units of the largest magnitude instead
    const scaled = fitScaled(raw, training);
    if (typeof scaled === 'string') return scaled;
    ({ unit, center, scale } = scaled);
    if (!(scale > 1e-12 * Math.max(1, Math.abs(center)))) scale = null;
  }
  if (scale === null) return 'constant in the reference training rows';
  return { name: ref.name, params, reference: raw, unit, center, scale };
}

/**
 * The encoder of a reference fit for a candidate column too: a missing value becomes the
 * reference's fill (numbers) or the share of its most frequent class; a class the reference
 * training rows never had becomes 0. O(candidate levels).
 */
export function withCandidate(fitted: ReferenceEncoder, cand: Usable): Encoder {
  const { params } = fitted;
  let candidate: (row: number) => number;
  if (params.kind === 'numeric') {
    const values = (cand as NumericColumn).values;
    const fill = params.fill;
    candidate = (row) => {
      const value = values[row];
      return Number.isNaN(value) ? fill : value;
    };
  } else {
    const { levels, shares, mode } = params;
    const refIndex = new Map(levels.map((level, code) => [level, code]));
    const candCategorical = cand as CategoricalColumn;
    // candidate code -> share in the reference (0 for a class the reference training rows never had)
    const candShares = Float64Array.from(candCategorical.levels, (level) => {
      const code = refIndex.get(level);
      return code === undefined ? 0 : shares[code];
    });
    candidate = (row) => {
      const code = candCategorical.codes[row];
      return code < 0 ? shares[mode] : candShares[code];
    };
  }
  const reference = fitted.reference;
  return {
    name: fitted.name,
    params,
    encode: (side, row) => (side === 'reference' ? reference(row) : candidate(row)),
    unit: fitted.unit,
    center: fitted.center,
    scale: fitted.scale,
  };
}

/** Fits imputation, encoding and standardisation on the training rows; a string says why the column is left out. */
export function fitEncoder(ref: Usable, cand: Usable, training: Int32Array): Encoder | string {
  const fitted = fitReferenceEncoder(ref, training);
  return typeof fitted === 'string' ? fitted : withCandidate(fitted, cand);
}

/**
 * Center and spread for standardising: the median and MAD x 1.4826 (scipy.stats.median_abs_deviation
 * with scale 1.4826, the normal-consistency constant to 4 decimals: the standard deviation for normal
 * data, but not inflated by a few wild values); where the MAD is 0 (over half the values equal, as
 * with a dominant class) the sample standard deviation (ddof 1). scale is null when the values are
 * constant (the column is left out, so no fallback to 1 is needed). Cost O(n log n) (two sorts).
 */
export function robustScale(values: Float64Array): { center: number; scale: number | null } {
  // the built-in sort: 10,000 values at a time in the compare worker, whose JIT is cold (the radix
  // sort, not yet optimised there, took longer)
  const center = quantileSorted(ascending(values), 0.5);
  const mad = quantileSorted(ascending(values.map((value) => Math.abs(value - center))), 0.5) * MAD_TO_SD;
  const tiny = 1e-12 * Math.max(1, Math.abs(center));
  if (mad > tiny) return { center, scale: mad };
  const sd = Math.sqrt(meanVar(values, Math.min(1, values.length - 1)).variance);
  return { center, scale: sd > tiny ? sd : null };
}

export function encodeRows(
  encoders: readonly Encoder[],
  rows: Int32Array,
  side: 'reference' | 'candidate',
): Float64Array {
  const d = encoders.length;
  const out = new Float64Array(rows.length * d);
  for (let j = 0; j < d; j++) {
    const { encode, unit, center, scale } = encoders[j];
    for (let i = 0; i < rows.length; i++) {
      const standardised = (encode(side, rows[i]) / unit - center) / scale;
      out[i * d + j] = Math.max(-STANDARDISED_BOUND, Math.min(STANDARDISED_BOUND, standardised));
    }
  }
  return out;
}
