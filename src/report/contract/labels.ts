/** The label part of the report contract: model performance on each side and per slice. */
import Type, { type Static } from 'typebox';
import {
  count,
  definition,
  flag,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  probability,
  text,
} from './common.js';

export const ClassMetrics = object(
  {
    class: text(),
    precision: probability('tp / (tp + fp); 0 when the class was never predicted (`precisionIllDefined`).'),
    recall: probability('tp / (tp + fn); 0 when the class never occurs in the labels (`recallIllDefined`).'),
    f1: probability('2 tp / (2 tp + fp + fn): the harmonic mean of precision and recall, 0 when both are 0.'),
    support: count('Rows labelled with this class.'),
    predicted: count('Rows predicted as this class.'),
    precisionIllDefined: flag(),
    recallIllDefined: flag(),
  },
  "Per-class classification metrics (src/checks/labels/performance.ts), as sklearn's classification_report.",
);
export interface ClassMetrics extends Static<typeof ClassMetrics> {}

export const ClassificationMetrics = object(
  {
    rows: count('Rows scored.'),
    skipped: count('Rows left out because the label or the prediction is missing.'),
    accuracy: nullable(probability(), 'null when no row was scored.'),
    macroF1: nullable(
      probability(),
      'Unweighted mean of the per-class F1 over the union of label and predicted classes; null when no row was scored.',
    ),
    classes: list(
      ClassMetrics,
      'Per class, sorted by class name (the union of label and predicted classes).',
    ),
  },
  'Classification metrics over the rows with both a label and a prediction.',
);
export interface ClassificationMetrics extends Static<typeof ClassificationMetrics> {}

export const RocAuc = object(
  {
    rows: count(),
    skipped: count(),
    positives: count(),
    negatives: count(),
    auc: nullable(
      probability(),
      "null when one of the classes is absent (undefined, as sklearn's ValueError).",
    ),
  },
  'Area under the ROC curve of a binary label against a score.',
);
export interface RocAuc extends Static<typeof RocAuc> {}

export const RegressionMetrics = object(
  {
    rows: count(),
    skipped: count(),
    mae: nullable(number(), 'null when no row was scored.'),
    rmse: nullable(number()),
    r2: nullable(number(), "Coefficient of determination; null below 2 rows (as sklearn's NaN)."),
  },
  'Regression metrics over the rows with both a value and a prediction.',
);
export interface RegressionMetrics extends Static<typeof RegressionMetrics> {}

export const PerformanceMetrics = definition(
  'performanceMetrics',
  {
    classification: optional(ClassificationMetrics),
    rocAuc: optional(RocAuc),
    regression: optional(RegressionMetrics),
  },
  'The metrics of one side; each part present when it applies.',
);
export interface PerformanceMetrics extends Static<typeof PerformanceMetrics> {}

export const MetricName = oneOf(['accuracy', 'macroF1', 'rocAuc', 'r2', 'mae', 'rmse']);
export type MetricName = Static<typeof MetricName>;

export const MetricComparison = definition(
  'metricComparison',
  {
    metric: MetricName,
    higherIsBetter: flag('true for accuracy, macro F1, AUC and R^2; false for the errors MAE and RMSE.'),
    reference: nullable(number()),
    candidate: nullable(number()),
    change: nullable(number(), 'candidate - reference; null when either is null.'),
    relativeChange: nullable(number(), 'change / |reference|; null when either is null or reference is 0.'),
    margin: Type.Number({
      minimum: 0,
      description: 'Scores: the absolute drop allowed. Errors: the relative rise allowed.',
    }),
    dropped: flag('The metric got worse by more than `margin`.'),
  },
  'One metric, reference against candidate (src/checks/labels/performance.ts compareMetrics).',
);
export interface MetricComparison extends Static<typeof MetricComparison> {}

export const PerformanceReport = definition(
  'performance',
  {
    target: text('The label column.'),
    prediction: text('The prediction (or score) column.'),
    task: optional(
      oneOf(
        ['classification', 'regression'],
        "`classification` or `regression` (the setting, or inferred from the target's type).",
      ),
    ),
    predictionKind: optional(
      oneOf(
        ['labels', 'scores', 'values'],
        'How the prediction was read: predicted labels, scores of the positive class (thresholded at 0.5 for the labels), or values.',
      ),
    ),
    positiveClass: optional(
      nullable(
        text(),
        'The positive class when the prediction is a score (the greater class name, as sklearn).',
      ),
    ),
    reference: PerformanceMetrics,
    candidate: PerformanceMetrics,
    comparison: list(MetricComparison),
    dropped: optional(
      flag('Some metric got worse beyond its margin (`performance-margin`; MAE/RMSE: a 10% rise).'),
    ),
  },
  'Model performance (target against prediction) on each side, and its change; a metric worse beyond its margin fails the run unless fail-on is never. Absent when no target/prediction pair is configured.',
);
export interface PerformanceReport extends Static<typeof PerformanceReport> {}

export const SliceReport = definition(
  'slice',
  {
    column: text('The slice column.'),
    value: text('The value (as text; `(missing)` for a missing value).'),
    referenceRows: count(),
    candidateRows: count(),
    status: oneOf(
      ['compared', 'too-small'],
      '`compared` when tested; `too-small` when either side has fewer than min-slice-size rows.',
    ),
    comparedColumns: count(
      'Features compared within the slice (target, prediction and slice columns excluded).',
    ),
    driftedColumns: list(text(), 'Feature columns that drifted within the slice.'),
    driftShare: probability('drifted / compared features (0 when none compared or too small).'),
    drift: flag('driftShare reached drift-share.'),
    performance: nullable(
      list(MetricComparison),
      'Metrics reference against candidate within the slice, when both sides have labels and predictions; else null.',
    ),
    performanceDropped: flag('Some metric got worse beyond its margin within the slice.'),
  },
  'One value of a slice column (src/checks/labels/slices.ts): the rows of each side with that value, feature drift within the slice and performance; too-small slices are not tested.',
);
export interface SliceReport extends Static<typeof SliceReport> {}
