/**
 * Multivariate drift on tables: the reconstruction-error test (./reconstruction.ts) on the usable
 * columns of both tables, so a change in how columns move together (a correlation that flips sign,
 * a combination of values that never occurred) is seen even when every marginal distribution is
 * unchanged. Method and defaults: docs/multivariate.md.
 *
 * Encoding, fitted on the reference training rows only (the held-out rows and the candidate are
 * encoded with the same numbers): numeric columns impute missing values with the mean; categorical
 * and boolean columns are frequency-encoded (each class becomes its share in the reference; a class
 * the reference never had becomes 0; missing becomes the most frequent class); then every column is
 * standardised with the reference mean and standard deviation.
 */
import type { CategoricalColumn, Column, NumericColumn, Table } from '../data/table.js';
import { isNumericColumn } from '../data/table.js';
import { UserInputError } from '../errors.js';
import type {
  ExcludedColumn,
  MultivariateOk,
  MultivariateResult,
  MultivariateSkipped,
  RowsUsed,
} from '../report/model.js';
import { splitIndices, subsampleIndices } from './random.js';
import {
  explainReconstruction,
  reconstructionDrift,
  resolveMethodOptions,
  summarise,
} from './reconstruction.js';

/** The result types are part of the report contract (src/report/contract/reconstruction.ts). */
export type { ExcludedColumn, MultivariateOk, MultivariateResult, MultivariateSkipped, RowsUsed };

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

/** Compares the joint distribution of the usable columns of two tables. Deterministic for a given seed. */
export function multivariateDrift(
  reference: Table,
  candidate: Table,
  options: MultivariateOptions = {},
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

  const referenceIndex = subsampleIndices(reference.rows, maxRows, seed);
  const candidateIndex = subsampleIndices(candidate.rows, maxRows, seed + 1);
  const rows = rowsUsed(
    reference.rows,
    candidate.rows,
    referenceIndex.length,
    candidateIndex.length,
    maxRows,
  );
  const split = splitIndices(referenceIndex.length, trainShare, seed ^ 0x9e3779b9);
  const training = split.training.map((i) => referenceIndex[i]);
  const heldOut = split.heldOut.map((i) => referenceIndex[i]);

  const { pairs, excluded } = selectColumns(reference, candidate, options.columns);
  const encoders: Encoder[] = [];
  for (const [ref, cand] of pairs) {
    const encoder = fitEncoder(ref, cand, training);
    if (typeof encoder === 'string') excluded.push({ name: ref.name, reason: encoder });
    else encoders.push(encoder);
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
    explanation: `Multivariate check skipped: ${reason}.`,
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

  const outcome = reconstructionDrift(
    encodeRows(encoders, training, 'reference'),
    encodeRows(encoders, heldOut, 'reference'),
    encodeRows(encoders, candidateIndex, 'candidate'),
    encoders.length,
    { varianceShare, bandSigmas, minIncrease, seed },
  );
  const summary = summarise(outcome);
  let explanation = explainReconstruction(
    summary,
    'rows',
    `${encoders.length} columns`,
    'how the columns vary together changed (check pairs of columns, not only each column)',
  );
  if (rows.note) explanation += ` ${rows.note}`;
  return { ...common, ...summary, status: 'ok', explanation };
}

function rowsUsed(
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

type Usable = NumericColumn | CategoricalColumn;

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

function unusable(ref: Column, cand: Column, named: boolean): string | null {
  if (ref.type === 'identifier' || ref.type === 'empty') return `${ref.type} column`;
  if (cand.type === 'identifier' || cand.type === 'empty') return `${cand.type} column in the candidate`;
  if (ref.type === 'datetime' && !named) {
    return 'datetime column (new data is expected to be later; name it in columns to include it)';
  }
  if (isNumericColumn(ref) !== isNumericColumn(cand)) return 'numeric on one side, categorical on the other';
  return null;
}

interface Encoder {
  name: string;
  encode: (side: 'reference' | 'candidate', row: number) => number;
  center: number;
  scale: number;
}

/** Fits imputation, encoding and standardisation on the training rows; a string says why the column is left out. */
function fitEncoder(ref: Usable, cand: Usable, training: Int32Array): Encoder | string {
  let raw: (side: 'reference' | 'candidate', row: number) => number;
  if (isNumericColumn(ref)) {
    const candValues = (cand as NumericColumn).values;
    let sum = 0;
    let present = 0;
    for (const row of training) {
      const value = ref.values[row];
      if (Number.isNaN(value)) continue;
      sum += value;
      present++;
    }
    if (present === 0) return 'no values in the reference training rows';
    const fill = sum / present;
    raw = (side, row) => {
      const value = side === 'reference' ? ref.values[row] : candValues[row];
      return Number.isNaN(value) ? fill : value;
    };
  } else {
    const counts = new Float64Array(ref.levels.length);
    let present = 0;
    for (const row of training) {
      const code = ref.codes[row];
      if (code < 0) continue;
      counts[code]++;
      present++;
    }
    if (present === 0) return 'no values in the reference training rows';
    let mode = 0;
    for (let code = 1; code < counts.length; code++) if (counts[code] > counts[mode]) mode = code;
    const shares = counts.map((count) => count / present);
    const refIndex = new Map(ref.levels.map((level, code) => [level, code]));
    const candCategorical = cand as CategoricalColumn;
    // candidate code -> share in the reference (0 for a class the reference training rows never had)
    const candShares = Float64Array.from(candCategorical.levels, (level) => {
      const code = refIndex.get(level);
      return code === undefined ? 0 : shares[code];
    });
    raw = (side, row) => {
      if (side === 'reference') {
        const code = ref.codes[row];
        return shares[code < 0 ? mode : code];
      }
      const code = candCategorical.codes[row];
      return code < 0 ? shares[mode] : candShares[code];
    };
  }
  let sum = 0;
  for (const row of training) sum += raw('reference', row);
  const center = sum / training.length;
  let squares = 0;
  for (const row of training) squares += (raw('reference', row) - center) ** 2;
  const scale = Math.sqrt(squares / Math.max(1, training.length - 1));
  if (!(scale > 1e-12 * Math.max(1, Math.abs(center)))) return 'constant in the reference training rows';
  return { name: ref.name, encode: raw, center, scale };
}

function encodeRows(
  encoders: readonly Encoder[],
  rows: Int32Array,
  side: 'reference' | 'candidate',
): Float64Array {
  const d = encoders.length;
  const out = new Float64Array(rows.length * d);
  for (let j = 0; j < d; j++) {
    const { encode, center, scale } = encoders[j];
    for (let i = 0; i < rows.length; i++) out[i * d + j] = (encode(side, rows[i]) - center) / scale;
  }
  return out;
}
