/**
 * Labels and predictions: inferring the task, model performance on each side (performance.ts)
 * and the diagnosis hints. Pure: Tables and the plan's labels part (target and prediction already
 * checked against the tables by src/engine/plan.ts) in, report parts out.
 */
import { type Column, isCategoricalColumn, isNumericColumn, type Table } from '../../data/table.js';
import type {
  ColumnReport,
  DatasetSummary,
  PerformanceMetrics,
  PerformanceReport,
} from '../../report/model.js';
import type { Task } from '../../settings/settings.js';
import type { LabelsPlan } from '../plan.js';
import {
  type ClassValues,
  classificationMetrics,
  compareMetrics,
  type NumberValues,
  regressionMetrics,
  rocAuc,
} from './performance.js';

function columnOf(table: Table, name: string | null): Column | undefined {
  return name === null ? undefined : table.columns.find((c) => c.name === name);
}

/** The `task` setting, or inferred: a numeric target on either side means regression, else classification. */
export function inferTask(reference: Table, candidate: Table, labels: LabelsPlan): Task {
  if (labels.task) return labels.task;
  const columns = [columnOf(reference, labels.target), columnOf(candidate, labels.target)];
  return columns.some((c) => c?.type === 'numeric') ? 'regression' : 'classification';
}

/** Values of a column as classes: dictionary codes as they are; numbers as their shortest text. */
function classValues(column: Column): ClassValues | null {
  if (isCategoricalColumn(column)) return { codes: column.codes, levels: column.levels };
  if (isNumericColumn(column)) {
    return Array.from(column.values, (v) => (Number.isNaN(v) ? null : String(v)));
  }
  return null;
}

/** Values of a column as numbers: numeric as they are; categorical levels parsed (non-numbers missing). */
function numberValues(column: Column): NumberValues | null {
  if (isNumericColumn(column)) return column.values;
  if (isCategoricalColumn(column)) {
    const parsed = column.levels.map((level) => {
      const text = level.trim();
      const x = text === '' ? Number.NaN : Number(text);
      return Number.isFinite(x) ? x : Number.NaN;
    });
    return Float64Array.from(column.codes, (code) => (code < 0 ? Number.NaN : parsed[code]));
  }
  return null;
}

function presentClasses(column: Column | undefined, into: Set<string>): void {
  if (!column) return;
  const values = classValues(column);
  if (!values) return;
  if ('codes' in values) {
    const seen = new Uint8Array(values.levels.length);
    for (const code of values.codes) if (code >= 0) seen[code] = 1;
    values.levels.forEach((level, i) => {
      if (seen[i]) into.add(level);
    });
  } else for (const v of values) if (v !== null && v !== undefined) into.add(v);
}

/** Whether every present value of the (numeric) column lies in [0, 1]. */
function isScore(column: Column | undefined): boolean {
  if (column?.type !== 'numeric') return false;
  for (const v of column.values) if (!Number.isNaN(v) && (v < 0 || v > 1)) return false;
  return true;
}

/** How the prediction is read, decided once for both sides so they are comparable. */
export interface LabelPlan {
  target: string;
  prediction: string;
  task: Task;
  predictionKind: 'labels' | 'scores' | 'values';
  /** Scores: the positive class (the greater class name, as sklearn's label order) and the other one. */
  positiveClass: string | null;
  negativeClass: string | null;
}

/** The plan for target and prediction, or null when either setting is absent. */
export function labelPlan(reference: Table, candidate: Table, labels: LabelsPlan): LabelPlan | null {
  const { target, prediction } = labels;
  if (target === null || prediction === null) return null;
  const task = inferTask(reference, candidate, labels);
  if (task === 'regression') {
    return { target, prediction, task, predictionKind: 'values', positiveClass: null, negativeClass: null };
  }
  const classes = new Set<string>();
  presentClasses(columnOf(reference, target), classes);
  presentClasses(columnOf(candidate, target), classes);
  const predictions = [columnOf(reference, prediction), columnOf(candidate, prediction)].filter(
    (c): c is Column => c !== undefined,
  );
  const scores = classes.size === 2 && predictions.length > 0 && predictions.every(isScore);
  if (!scores) {
    return { target, prediction, task, predictionKind: 'labels', positiveClass: null, negativeClass: null };
  }
  const [negativeClass, positiveClass] = [...classes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { target, prediction, task, predictionKind: 'scores', positiveClass, negativeClass };
}

/** Metrics of one side; `null` when the side lacks the target or the prediction (or their values). */
export function sideMetrics(table: Table, plan: LabelPlan): PerformanceMetrics | null {
  const target = columnOf(table, plan.target);
  const prediction = columnOf(table, plan.prediction);
  if (!target || !prediction) return null;
  if (plan.task === 'regression') {
    const y = numberValues(target);
    const yHat = numberValues(prediction);
    return y && yHat ? { regression: regressionMetrics(y, yHat) } : null;
  }
  const labels = classValues(target);
  if (!labels) return null;
  if (plan.predictionKind === 'scores' && isNumericColumn(prediction)) {
    const positive = plan.positiveClass as string;
    const negative = plan.negativeClass as string;
    const labelText =
      'codes' in labels ? Array.from(labels.codes, (c) => (c < 0 ? null : labels.levels[c])) : labels;
    const binary = labelText.map((v) => (v === null || v === undefined ? null : v === positive));
    const predicted = Array.from(prediction.values, (s) =>
      Number.isNaN(s) ? null : s >= 0.5 ? positive : negative,
    );
    return {
      classification: classificationMetrics(labels, predicted),
      rocAuc: rocAuc(binary, prediction.values),
    };
  }
  const predicted = classValues(prediction);
  return predicted ? { classification: classificationMetrics(labels, predicted) } : null;
}

/** Performance on each side and its change; null when no side has both target and prediction. */
export function performanceReport(
  reference: Table,
  candidate: Table,
  plan: LabelPlan | null,
  margin: number,
): PerformanceReport | null {
  if (!plan) return null;
  const ref = sideMetrics(reference, plan);
  const cand = sideMetrics(candidate, plan);
  if (!ref && !cand) return null;
  const comparison = compareMetrics(ref ?? {}, cand ?? {}, margin);
  return {
    target: plan.target,
    prediction: plan.prediction,
    task: plan.task,
    predictionKind: plan.predictionKind,
    positiveClass: plan.positiveClass,
    reference: ref ?? {},
    candidate: cand ?? {},
    comparison,
    dropped: comparison.some((c) => c.dropped),
  };
}

/** Whether the candidate has labels: the target column with at least one present value. */
function candidateHasLabels(columns: readonly ColumnReport[]): boolean {
  const target = columns.find((c) => c.role === 'target');
  return target !== undefined && target.candidate.present > 0;
}

/**
 * Diagnosis hints in words, from the numbers:
 * - features stable (no feature drifted) but the target drifted or performance dropped: check the new labels;
 * - features drifted and performance dropped: the model is seeing data it was not trained on;
 * - the prediction drifted and the candidate has no labels: early warning.
 */
export function diagnosisHints(
  columns: readonly ColumnReport[],
  dataset: DatasetSummary,
  performance: PerformanceReport | null,
): string[] {
  const hints: string[] = [];
  const target = columns.find((c) => c.role === 'target');
  const prediction = columns.find((c) => c.role === 'prediction');
  const targetDrift = target?.drift === true;
  const dropped = performance?.dropped === true;
  const featuresDrifted = dataset.driftedColumns.length > 0;
  if (!featuresDrifted && dataset.comparedColumns > 0 && (targetDrift || dropped)) {
    const what = [
      targetDrift ? `the target '${target?.name}' drifted` : '',
      dropped ? 'performance dropped' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    hints.push(`Features are stable but ${what}: check the new labels (label errors or concept drift).`);
  }
  if (featuresDrifted && dropped) {
    hints.push(
      `Features drifted (${dataset.driftedColumns.length} of ${dataset.comparedColumns}) and performance dropped: the model is seeing data it was not trained on.`,
    );
  }
  if (prediction?.drift && !candidateHasLabels(columns)) {
    hints.push(
      `The prediction '${prediction.name}' drifted and the candidate has no labels: early warning: performance may be degrading.`,
    );
  }
  return hints;
}
