/**
 * The tabular multivariate check split in two, for reference profiles: `fitTabularModel` fits the
 * encoding, the PCA and the held-out error band on the reference alone (what tabular.ts does with
 * the reference's rows) and returns them as plain numbers; `applyTabularModel` encodes the
 * candidate with them and runs the same test. With the same columns the result equals
 * multivariateDrift's on the raw reference: the same seeded split, subsample and arithmetic.
 */
import type { CategoricalColumn, NumericColumn, Table } from '../data/table.js';
import { isNumericColumn } from '../data/table.js';
import type {
  ExcludedColumn,
  MultivariateResult,
  MultivariateSkipped,
  ProfileEncoder,
  ProfileMultivariate,
} from '../report/model.js';
import { multivariateConclusionText, multivariateSkippedText } from '../report/wording.js';
import type { PcaModel } from './pca.js';
import { splitIndices, subsampleIndices } from './random.js';
import {
  compareWithBaseline,
  explainReconstruction,
  heldOutBaseline,
  maxFitRows,
  reconstructionDrift,
  resolveMethodOptions,
  shareOfIncrease,
  summarise,
} from './reconstruction.js';
import {
  allFinite,
  columnContributions,
  DEFAULT_MAX_ROWS,
  type Encoder,
  encodeRows,
  fitEncoder,
  MIN_CANDIDATE_ROWS,
  MIN_REFERENCE_ROWS,
  numbersFinite,
  rowsUsed,
  type Usable,
  unusable,
} from './tabular.js';

export interface ModelOptions {
  readonly varianceShare?: number;
  readonly minIncrease?: number;
  /** The columns to fit on (the comparison's features); others are excluded. */
  readonly columns: readonly string[];
  readonly maxRows?: number;
}

/**
 * Fits the check on the reference's `columns`: returns the model as plain data (no rows), or a
 * skipped model with the reason. Cost: one multivariateDrift fit (PCA O(rows x d^2)).
 */
export function fitTabularModel(reference: Table, options: ModelOptions): ProfileMultivariate {
  const { varianceShare, trainShare, seed, minIncrease, bandSigmas } = resolveMethodOptions(
    options,
    'multivariate',
  );
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const referenceIndex = subsampleIndices(reference.rows, maxRows, seed);
  const split = splitIndices(referenceIndex.length, trainShare, seed ^ 0x9e3779b9);
  const training = split.training.map((i) => referenceIndex[i]);
  const heldOut = split.heldOut.map((i) => referenceIndex[i]);
  const wanted = new Set(options.columns);
  const encoders: Encoder[] = [];
  const excludedColumns: ExcludedColumn[] = [];
  for (const column of reference.columns) {
    if (!wanted.has(column.name)) continue;
    const reason = unusable(column, column, false);
    if (reason) {
      excludedColumns.push({ name: column.name, reason });
      continue;
    }
    const encoder = fitEncoder(column as Usable, column as Usable, training);
    if (typeof encoder === 'string') excludedColumns.push({ name: column.name, reason: encoder });
    else encoders.push(encoder);
  }
  const base = {
    encoders: encoders.map(plainEncoder),
    excludedColumns,
    referenceRows: reference.rows,
    referenceUsed: referenceIndex.length,
    varianceShare,
    trainShare,
    seed,
    fitRows: 0,
    pca: null,
    heldOut: null,
  };
  const skipped = (reason: string): ProfileMultivariate => ({ ...base, status: 'skipped', reason });
  if (encoders.length < 2) {
    return skipped(
      `it needs at least 2 usable columns (numeric, categorical or boolean, varying in the reference), found ${encoders.length}`,
    );
  }
  if (reference.rows < MIN_REFERENCE_ROWS) {
    return skipped(`it needs at least ${MIN_REFERENCE_ROWS} reference rows, found ${reference.rows}`);
  }
  const trainingRows = encodeRows(encoders, training, 'reference');
  const heldOutRows = encodeRows(encoders, heldOut, 'reference');
  if (!allFinite(trainingRows) || !allFinite(heldOutRows)) {
    return skipped(
      'values lie too far outside the reference range to standardise (they overflow, e.g. near ±1e308)',
    );
  }
  // the same fit as multivariateDrift (an empty candidate: only the model and the baseline are kept)
  const d = encoders.length;
  const outcome = reconstructionDrift(trainingRows, heldOutRows, new Float64Array(0), d, {
    varianceShare,
    bandSigmas,
    minIncrease,
    seed,
    maxFitRows: maxFitRows(d),
  });
  const { baseline } = heldOutBaseline(outcome.model, heldOutRows);
  const model = outcome.model;
  return {
    ...base,
    status: 'ok',
    reason: null,
    fitRows: outcome.fitRows,
    pca: {
      mean: Array.from(model.mean),
      count: model.count,
      components: Array.from(model.components),
      variances: [...model.variances],
      totalVariance: model.totalVariance,
      explainedVariance: model.explainedVariance,
      rows: model.rows,
    },
    heldOut: {
      rows: baseline.rows,
      meanError: baseline.meanError,
      errorVariance: baseline.errorVariance,
      squaresByDimension: Array.from(baseline.squaresByDimension),
    },
  };
}

function plainEncoder(encoder: Encoder): ProfileEncoder {
  const { params } = encoder;
  const common = { name: encoder.name, unit: encoder.unit, center: encoder.center, scale: encoder.scale };
  return params.kind === 'numeric'
    ? { ...common, kind: 'numeric', fill: params.fill, levels: [], shares: [], otherShare: 0, mode: 0 }
    : {
        ...common,
        kind: 'categorical',
        fill: null,
        levels: [...params.levels],
        shares: [...params.shares],
        otherShare: 0,
        mode: params.mode,
      };
}

/** The encoding of a profile encoder applied to one candidate column (a class outside its levels gets otherShare). */
function candidateEncoder(encoder: ProfileEncoder, column: NumericColumn | CategoricalColumn): Encoder {
  let encode: Encoder['encode'];
  if (encoder.kind === 'numeric') {
    const values = (column as NumericColumn).values;
    const fill = encoder.fill ?? 0;
    encode = (_side, row) => {
      const value = values[row];
      return Number.isNaN(value) ? fill : value;
    };
  } else {
    const categorical = column as CategoricalColumn;
    const index = new Map(encoder.levels.map((level, code) => [level, code]));
    const shares = categorical.levels.map((level) => {
      const code = index.get(level);
      return code === undefined ? encoder.otherShare : encoder.shares[code];
    });
    const modeShare = encoder.shares[encoder.mode];
    encode = (_side, row) => {
      const code = categorical.codes[row];
      return code < 0 ? modeShare : shares[code];
    };
  }
  return {
    name: encoder.name,
    params: { kind: 'numeric', fill: 0 },
    encode,
    unit: encoder.unit,
    center: encoder.center,
    scale: encoder.scale,
  };
}

/**
 * The model with each categorical encoder's levels cut to `kept(name)` (a profile keeps no other
 * value): the shares of the dropped levels become one `otherShare`, their mean. The mode is kept.
 */
export function keepOnlyLevels(
  model: ProfileMultivariate,
  kept: (name: string) => ReadonlySet<string> | null,
): ProfileMultivariate {
  const encoders = model.encoders.map((encoder): ProfileEncoder => {
    const keep = encoder.kind === 'categorical' ? kept(encoder.name) : null;
    if (keep === null) return encoder;
    const indices = encoder.levels
      .map((_, code) => code)
      .filter((code) => keep.has(encoder.levels[code]) || code === encoder.mode);
    if (indices.length === encoder.levels.length) return encoder;
    const retained = new Set(indices);
    const dropped = encoder.shares.filter((_, code) => !retained.has(code));
    const otherShare = dropped.reduce((sum, share) => sum + share, 0) / dropped.length;
    return {
      ...encoder,
      levels: indices.map((code) => encoder.levels[code]),
      shares: indices.map((code) => encoder.shares[code]),
      otherShare,
      mode: indices.indexOf(encoder.mode),
    };
  });
  return { ...model, encoders };
}

/**
 * The check on the candidate with a profile's model. Skipped (with the reason) when the model was
 * not fitted, or when the comparison's columns differ from the model's (the PCA cannot drop or add
 * a dimension). Cost O(candidate rows x d x components).
 */
export function applyTabularModel(
  model: ProfileMultivariate,
  candidate: Table,
  options: { readonly columns: readonly string[]; readonly minIncrease?: number; readonly maxRows?: number },
): MultivariateResult {
  const { minIncrease, bandSigmas } = resolveMethodOptions(
    { ...model, minIncrease: options.minIncrease },
    'multivariate',
  );
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const candidateIndex = subsampleIndices(candidate.rows, maxRows, model.seed + 1);
  const rows = rowsUsed(
    model.referenceRows,
    candidate.rows,
    model.referenceUsed,
    candidateIndex.length,
    maxRows,
  );
  const names = model.encoders.map((encoder) => encoder.name);
  const common = {
    columns: names,
    excludedColumns: [...model.excludedColumns],
    rows,
    varianceShare: model.varianceShare,
    trainShare: model.trainShare,
    seed: model.seed,
  };
  const skip = (reason: string): MultivariateSkipped => ({
    ...common,
    status: 'skipped',
    reason,
    drift: false,
    outcome: 'pass',
    explanation: multivariateSkippedText(reason),
  });
  if (model.status !== 'ok' || model.pca === null || model.heldOut === null) {
    return skip(model.reason ?? 'the profile has no multivariate model');
  }
  const wanted = new Set(options.columns);
  const fitted = new Set([...names, ...model.excludedColumns.map((c) => c.name)]);
  const differs = [...wanted].filter((name) => !fitted.has(name));
  if (differs.length > 0) {
    return skip(
      `the profile's model was fitted without ${differs.join(', ')}; make the profile with the same columns, target and prediction`,
    );
  }
  const byName = new Map(candidate.columns.map((column) => [column.name, column]));
  const encoders: Encoder[] = [];
  for (const encoder of model.encoders) {
    const column = byName.get(encoder.name);
    if (!column) return skip(`the candidate has no column ${encoder.name}, which the profile's model uses`);
    if (!wanted.has(encoder.name))
      return skip(`this comparison leaves out ${encoder.name}, which the profile's model uses`);
    const numeric = isNumericColumn(column);
    if (column.type === 'identifier' || column.type === 'empty' || numeric !== (encoder.kind === 'numeric')) {
      return skip(
        `the candidate's column ${encoder.name} reads as ${column.type}, not as in the profile's model`,
      );
    }
    encoders.push(candidateEncoder(encoder, column as Usable));
  }
  if (candidate.rows < MIN_CANDIDATE_ROWS) {
    return skip(`it needs at least ${MIN_CANDIDATE_ROWS} candidate rows, found ${candidate.rows}`);
  }
  const encoded = encodeRows(encoders, candidateIndex, 'candidate');
  if (!allFinite(encoded)) {
    return skip(
      'values lie too far outside the reference range to standardise (they overflow, e.g. near ±1e308)',
    );
  }
  const d = encoders.length;
  const pca: PcaModel = {
    dimensions: d,
    mean: Float64Array.from(model.pca.mean),
    count: model.pca.count,
    components: Float64Array.from(model.pca.components),
    variances: model.pca.variances,
    totalVariance: model.pca.totalVariance,
    explainedVariance: model.pca.explainedVariance,
    rows: model.pca.rows,
  };
  const baseline = {
    ...model.heldOut,
    squaresByDimension: Float64Array.from(model.heldOut.squaresByDimension),
  };
  const outcome = compareWithBaseline(pca, model.fitRows, baseline, encoded, { minIncrease, bandSigmas });
  const summary = summarise({ ...outcome, heldOutErrors: new Float64Array(0) });
  if (!numbersFinite(summary)) {
    return skip('the reconstruction error overflowed (values near ±1e308); it cannot be computed');
  }
  const contributions = columnContributions(names, shareOfIncrease(outcome.increaseByDimension));
  let explanation = explainReconstruction(
    summary,
    'rows',
    `${d} columns`,
    multivariateConclusionText(contributions),
  );
  if (rows.note) explanation += ` ${rows.note}`;
  return { ...common, ...summary, contributions, status: 'ok', explanation };
}
