/**
 * Model performance on each side (labels against predictions) and whether it got worse: pure metric
 * functions matching scikit-learn, and `compareMetrics` for the reference-versus-candidate decision.
 *
 * Missing values: a row whose label or prediction is missing is left out and counted in `skipped`
 * (categorical: null/undefined, or code -1 as in a CategoricalColumn; numeric: NaN or null, as in a
 * NumericColumn, and also +/-Infinity). Undefined results are null, never NaN (JSON has no NaN).
 *
 * Golden values: test/fixtures/golden/sklearn-golden.json (scripts/golden/make_sklearn_golden.py),
 * asserted to 1e-12.
 */
import type {
  ClassificationMetrics,
  ClassMetrics,
  MetricComparison,
  MetricName,
  PerformanceMetrics,
  RegressionMetrics,
  RocAuc,
} from '../../report/model.js';

/** Default allowed absolute drop of accuracy, macro F1, ROC AUC and R^2 before `dropped`. */
export const DEFAULT_SCORE_MARGIN = 0.05;

/** Default allowed relative rise of MAE and RMSE (0.1 = 10%) before `dropped`. */
export const DEFAULT_ERROR_RISE = 0.1;

/** Whether a larger value of the metric is better, in report order. */
export const METRIC_HIGHER_IS_BETTER: Readonly<Record<MetricName, boolean>> = {
  accuracy: true,
  macroF1: true,
  rocAuc: true,
  r2: true,
  mae: false,
  rmse: false,
};

/** Float slack so that a change of exactly the margin (0.9 - 0.85) is not "beyond" it. */
const SLACK = 1e-12;

/**
 * Class values, one per row: strings (null/undefined = missing), or dictionary codes with their
 * levels (code -1 = missing), so a CategoricalColumn can be passed as it is.
 */
export type ClassValues =
  | readonly (string | null | undefined)[]
  | { readonly codes: Int32Array; readonly levels: readonly string[] };

/** Numbers, one per row: NaN, null or a non-finite value marks a missing value. */
export type NumberValues = Float64Array | readonly (number | null | undefined)[];

/** Binary labels, one per row: booleans (null/undefined = missing) or 0/1 bytes (any other byte = missing). */
export type BinaryValues = Uint8Array | readonly (boolean | null | undefined)[];

/** Maps class names to dense indices over the union of both vectors. */
class ClassIndex {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  of(name: string): number {
    let index = this.byName.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.byName.set(name, index);
    }
    return index;
  }
  /** Per row: the class index, or -1 for a missing value. */
  encode(values: ClassValues): Int32Array {
    if ('codes' in values) {
      const map = Int32Array.from(values.levels, (level) => this.of(level));
      return Int32Array.from(values.codes, (code) => (code < 0 ? -1 : map[code]));
    }
    return Int32Array.from(values, (value) => (value === null || value === undefined ? -1 : this.of(value)));
  }
}

function rowCount(values: ClassValues | NumberValues | BinaryValues): number {
  return 'codes' in values ? values.codes.length : values.length;
}

function requireSameLength(
  a: ClassValues | NumberValues | BinaryValues,
  b: ClassValues | NumberValues | BinaryValues,
): number {
  const n = rowCount(a);
  if (rowCount(b) !== n) {
    throw new Error(`drift-gate bug: labels (${n}) and predictions (${rowCount(b)}) differ in length`);
  }
  return n;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Accuracy, per-class precision, recall, F1, support and macro F1 of predicted classes against labels.
 * Classes are the union of label and predicted classes, sorted by name (sklearn's `unique_labels`).
 *
 * Source: `sklearn.metrics.accuracy_score`, `precision_recall_fscore_support` and
 * `f1_score(average='macro')` with the default `zero_division='warn'`: a precision with no predicted
 * row, or a recall with no labelled row, is 0 and flagged (`precisionIllDefined`, `recallIllDefined`)
 * where sklearn warns; F1 = 2 tp / (2 tp + fp + fn), 0 when precision and recall are both 0.
 * Cost: O(n + classes log classes) time, O(classes) memory beyond the two code arrays.
 *
 * @example classificationMetrics(['a', 'b', 'b'], ['a', 'b', 'a']) // accuracy 2/3, macroF1 2/3
 */
export function classificationMetrics(labels: ClassValues, predictions: ClassValues): ClassificationMetrics {
  const n = requireSameLength(labels, predictions);
  const index = new ClassIndex();
  const y = index.encode(labels);
  const p = index.encode(predictions);
  const k = index.names.length;
  const support = new Float64Array(k);
  const predicted = new Float64Array(k);
  const truePositives = new Float64Array(k);
  let rows = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const label = y[i];
    const prediction = p[i];
    if (label < 0 || prediction < 0) continue;
    rows++;
    support[label]++;
    predicted[prediction]++;
    if (label === prediction) {
      truePositives[label]++;
      correct++;
    }
  }
  const seen: number[] = [];
  for (let c = 0; c < k; c++) if (support[c] > 0 || predicted[c] > 0) seen.push(c);
  seen.sort((a, b) => byName(index.names[a], index.names[b]));
  const classes: ClassMetrics[] = seen.map((c) => {
    const tp = truePositives[c];
    const fp = predicted[c] - tp;
    const fn = support[c] - tp;
    return {
      class: index.names[c],
      precision: predicted[c] > 0 ? tp / predicted[c] : 0,
      recall: support[c] > 0 ? tp / support[c] : 0,
      f1: tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0,
      support: support[c],
      predicted: predicted[c],
      precisionIllDefined: predicted[c] === 0,
      recallIllDefined: support[c] === 0,
    };
  });
  let f1Sum = 0;
  for (const c of classes) f1Sum += c.f1;
  return {
    rows,
    skipped: n - rows,
    accuracy: rows > 0 ? correct / rows : null,
    macroF1: rows > 0 ? f1Sum / classes.length : null,
    classes,
  };
}

function binaryAt(labels: BinaryValues, i: number): number {
  const v = labels[i];
  if (v === true || v === 1) return 1;
  if (v === false || v === 0) return 0;
  return -1;
}

function numberAt(values: NumberValues, i: number): number {
  const v = values[i];
  return typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
}

/**
 * Area under the ROC curve of a binary label against a score, in its Mann-Whitney form: the chance
 * that a random positive scores above a random negative, ties counting one half:
 * AUC = (R+ - P (P + 1) / 2) / (P N) with R+ the sum of the positives' average ranks.
 *
 * Source: equals `sklearn.metrics.roc_auc_score(y, s)` (trapezoidal area, where tied scores give
 * diagonal segments: the same half credit). `auc` is null when all kept rows are of one class (sklearn
 * raises). Cost: O(n log n) for the sort, O(n) memory.
 *
 * @example rocAuc([true, false, true, false], Float64Array.of(0.9, 0.9, 0.5, 0.1)).auc // 0.875
 */
export function rocAuc(labels: BinaryValues, scores: NumberValues): RocAuc {
  const n = requireSameLength(labels, scores);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    if (binaryAt(labels, i) >= 0 && !Number.isNaN(numberAt(scores, i))) kept.push(i);
  }
  const order = Uint32Array.from(kept);
  const value = Float64Array.from(kept, (i) => numberAt(scores, i));
  const position = new Uint32Array(order.length);
  for (let j = 0; j < position.length; j++) position[j] = j;
  position.sort((a, b) => value[a] - value[b]);
  let positives = 0;
  let positiveRanks = 0;
  for (let start = 0; start < position.length; ) {
    let end = start + 1;
    while (end < position.length && value[position[end]] === value[position[start]]) end++;
    // Rows start..end-1 tie: each gets the average of ranks start+1..end.
    const averageRank = (start + 1 + end) / 2;
    for (let j = start; j < end; j++) {
      if (binaryAt(labels, order[position[j]]) === 1) {
        positives++;
        positiveRanks += averageRank;
      }
    }
    start = end;
  }
  const rows = kept.length;
  const negatives = rows - positives;
  const auc =
    positives > 0 && negatives > 0
      ? (positiveRanks - (positives * (positives + 1)) / 2) / (positives * negatives)
      : null;
  return { rows, skipped: n - rows, positives, negatives, auc };
}

/**
 * Mean absolute error, root mean squared error and R^2 of predictions against true values.
 *
 * Source: `sklearn.metrics.mean_absolute_error`, `sqrt(mean_squared_error)` and `r2_score`:
 * R^2 = 1 - SS_res / SS_tot, and with a constant target (SS_tot = 0) sklearn's `force_finite`
 * convention: 1 when the predictions are perfect (SS_res = 0), else 0. R^2 is null below 2 rows
 * (sklearn: NaN with a warning); MAE and RMSE are null with no row. Cost: O(n), two passes.
 *
 * @example regressionMetrics(Float64Array.of(3, -0.5, 2, 7), Float64Array.of(2.5, 0, 2, 8)) // mae 0.5, r2 0.9486
 */
export function regressionMetrics(y: NumberValues, yHat: NumberValues): RegressionMetrics {
  const n = requireSameLength(y, yHat);
  let rows = 0;
  let sum = 0;
  let absolute = 0;
  let squared = 0;
  for (let i = 0; i < n; i++) {
    const a = numberAt(y, i);
    const b = numberAt(yHat, i);
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    rows++;
    sum += a;
    absolute += Math.abs(a - b);
    squared += (a - b) * (a - b);
  }
  if (rows === 0) return { rows, skipped: n, mae: null, rmse: null, r2: null };
  const mean = sum / rows;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const a = numberAt(y, i);
    if (Number.isNaN(a) || Number.isNaN(numberAt(yHat, i))) continue;
    total += (a - mean) * (a - mean);
  }
  let r2: number | null = null;
  if (rows >= 2) {
    if (total !== 0) r2 = 1 - squared / total;
    else r2 = squared === 0 ? 1 : 0;
  }
  return { rows, skipped: n - rows, mae: absolute / rows, rmse: Math.sqrt(squared / rows), r2 };
}

function metricValue(metrics: PerformanceMetrics, metric: MetricName): number | null | undefined {
  switch (metric) {
    case 'accuracy':
      return metrics.classification?.accuracy;
    case 'macroF1':
      return metrics.classification?.macroF1;
    case 'rocAuc':
      return metrics.rocAuc?.auc;
    case 'r2':
      return metrics.regression?.r2;
    case 'mae':
      return metrics.regression?.mae;
    case 'rmse':
      return metrics.regression?.rmse;
  }
}

/**
 * Each metric computed on either side, reference against candidate, in the order of
 * METRIC_HIGHER_IS_BETTER. `dropped` when both values exist and the metric got worse beyond its
 * margin: for accuracy, macro F1, ROC AUC and R^2 an absolute drop greater than `margin`
 * (default DEFAULT_SCORE_MARGIN, 0.05); for MAE and RMSE a relative rise greater than `errorRise`
 * (default DEFAULT_ERROR_RISE, 10%), any rise from a reference error of 0. A change of exactly the
 * margin is not beyond it (1e-12 slack for float rounding). Cost: O(1).
 *
 * @example compareMetrics({ classification: ref }, { classification: cand }) // accuracy 0.9 -> 0.8: dropped
 */
export function compareMetrics(
  reference: PerformanceMetrics,
  candidate: PerformanceMetrics,
  margin: number = DEFAULT_SCORE_MARGIN,
  errorRise: number = DEFAULT_ERROR_RISE,
): MetricComparison[] {
  const out: MetricComparison[] = [];
  for (const metric of Object.keys(METRIC_HIGHER_IS_BETTER) as MetricName[]) {
    const ref = metricValue(reference, metric);
    const cand = metricValue(candidate, metric);
    if (ref === undefined && cand === undefined) continue;
    const higherIsBetter = METRIC_HIGHER_IS_BETTER[metric];
    const refValue = ref ?? null;
    const candValue = cand ?? null;
    const both = refValue !== null && candValue !== null;
    const change = both ? candValue - refValue : null;
    let dropped = false;
    if (both) {
      dropped = higherIsBetter
        ? refValue - candValue > margin + SLACK
        : refValue === 0
          ? candValue > 0
          : candValue - refValue > errorRise * refValue + SLACK * refValue;
    }
    out.push({
      metric,
      higherIsBetter,
      reference: refValue,
      candidate: candValue,
      change,
      relativeChange: both && refValue !== 0 ? (candValue - refValue) / Math.abs(refValue) : null,
      margin: higherIsBetter ? margin : errorRise,
      dropped,
    });
  }
  return out;
}
