/** The per-column part of the report contract: scores, counts, sketches, classes, quality findings. */
import Type, { type Static } from 'typebox';
import {
  ColumnRole,
  ColumnType,
  count,
  definition,
  flag,
  list,
  nullable,
  number,
  Outcome,
  object,
  oneOf,
  optional,
  probability,
  ScoreKind,
  Severity,
  text,
} from './common.js';
import { optionalPrecision } from './profile.js';

const scoreProperties = {
  test: text(),
  kind: ScoreKind,
  statistic: nullable(
    number(),
    "The statistic; null when it is not finite (Fisher's odds ratio with an empty off-diagonal cell), as JSON has no Infinity.",
  ),
  pValue: nullable(probability(), 'Raw p-value; null for distances.'),
  adjustedPValue: nullable(
    probability(),
    'p-value after the multiple-testing correction; null for distances.',
  ),
  threshold: number('alpha for p-values, minimum for distances.'),
  passed: flag('Whether this score alone is past its threshold (adjusted p < alpha; distance >= threshold).'),
};

export const Score = definition(
  'score',
  scoreProperties,
  'One statistic as computed for a column: a p-value test or a distance.',
);
export interface Score extends Static<typeof Score> {}

export const MissingShareScore = definition(
  'missingShareScore',
  {
    ...scoreProperties,
    reference: probability('Missing share of the reference.'),
    candidate: probability('Missing share of the candidate.'),
    minChange: probability(
      'The smallest absolute change of the missing share that counts (setting `missing-share-change`).',
    ),
  },
  'Test of the change in missing share (two-proportion z) with both shares.',
);
export interface MissingShareScore extends Static<typeof MissingShareScore> {}

export const ColumnCounts = definition(
  'counts',
  {
    present: count('Present (non-missing) values.'),
    missing: count(),
    missingShare: probability('missing / rows, 0 when the side has no rows.'),
  },
  'Per-side counts of a column.',
);
export interface ColumnCounts extends Static<typeof ColumnCounts> {}

export const Distribution = object(
  {
    labels: list(
      text(),
      'Bin labels (numeric: lower edges formatted; categorical: category names, top ones then "other").',
    ),
    reference: list(probability()),
    candidate: list(probability()),
  },
  'Small per-side histogram for sketches: shares over shared bins or categories.',
);
export interface Distribution extends Static<typeof Distribution> {}

export const Histogram = definition(
  'histogram',
  {
    kind: oneOf(
      ['numeric', 'categorical'],
      '`numeric`: shares over `edges`; `categorical`: shares over `labels` (also numeric columns with at most 5 distinct values, compared as categories).',
    ),
    edges: list(
      number(),
      'numeric: the bins + 1 ascending bin edges (datetime: epoch milliseconds); bin i holds [edges[i], edges[i + 1]), values beyond the ends are counted in the end bins. categorical: [].',
    ),
    labels: list(
      text(),
      'categorical: the most common categories of both sides together (at most 20), then `other (N)` pooling the rest. numeric: [].',
    ),
    reference: list(probability(), 'Share of the present reference values in each bin or category.'),
    candidate: list(probability(), 'Share of the present candidate values in each bin or category.'),
  },
  "A finer per-side histogram for the HTML report's charts than `distribution` (src/checks/columns/distribution.ts): integer columns spanning at most 60 values get one bin per integer; other numeric columns equal-width bins (Rice's rule 2 n^(1/3) on the smaller side, 10 to 40) over the 0.5th to 99.5th percentile of both samples. Not used to decide anything. Absent when the values were not compared (types differ, a side without values).",
);
export interface Histogram extends Static<typeof Histogram> {}

export const ClassShare = object(
  {
    class: text(),
    referenceCount: count(),
    candidateCount: count(),
    referenceShare: probability('referenceCount / present reference values.'),
    candidateShare: probability(),
    pValue: probability(
      "Two-proportion z-test of this class against the rest; Fisher's exact test when an expected count of that 2 x 2 table is below 5.",
    ),
    adjustedPValue: probability("pValue corrected across the column's classes."),
    flagged: flag(
      'The share changed by at least the factor (halved or doubled by default; a 0 share counts as infinitely changed) and adjusted p < alpha.',
    ),
    moved: flag(
      "adjusted p < alpha and the change is meaningful: flagged, or the share moved by at least a quarter of min-effect (2.5 percentage points at 0.1). Moved classes are named in the column's explanation.",
    ),
  },
  "One class (level) of a categorical column, compared on its own (src/checks/columns/classes.ts): the share of the class against all other classes, so a rare class that vanishes shows even when the column's total variation is small.",
);
export interface ClassShare extends Static<typeof ClassShare> {}

const RangeSide = object({
  min: nullable(number(), 'Smallest present value (datetime: epoch milliseconds); null when none.'),
  max: nullable(number()),
  text: text('The range as shown, e.g. `1-8000` or `2026-01..06`.'),
});

export const ColumnRange = object(
  { reference: RangeSide, candidate: RangeSide },
  'The value range of an identifier or time column on each side (shown instead of a test).',
);
export interface ColumnRange extends Static<typeof ColumnRange> {}

const ValueSide = nullable(
  object(
    {
      count: count('Present values described.'),
      mean: number(),
      median: number(),
      p5: number('5th percentile.'),
      p95: number('95th percentile.'),
      min: number(),
      max: number(),
    },
    'Statistics of the present values in real units (datetime: epoch milliseconds). Quantiles by `numpy.quantile` (linear interpolation, Hyndman & Fan type 7).',
  ),
  'null when the side has no present value.',
);

export const ColumnValues = definition(
  'columnValues',
  { reference: ValueSide, candidate: ValueSide },
  'Before and after in real units, present on numeric and datetime columns whose values were compared: count, mean, median, p5, p95, min and max of each side. Categorical columns show their classes (`classes`, `distribution`) instead.',
);
export interface ColumnValues extends Static<typeof ColumnValues> {}

export const ColumnReport = definition('column', {
  name: text(),
  role: ColumnRole,
  type: ColumnType,
  status: oneOf(
    ['compared', 'skipped', 'missing-in-candidate', 'missing-in-reference'],
    '`compared` when tests ran; `skipped` with `reason` otherwise; `missing-in-candidate`/`missing-in-reference` for one-sided columns.',
  ),
  reason: nullable(text()),
  method: oneOf(
    ['auto', 'named'],
    'How the drift decision was made: `auto` (significant and large enough) or a named test.',
  ),
  test: nullable(text(), 'The deciding test id (for auto: the p-value test).'),
  statistic: nullable(number()),
  pValue: nullable(probability()),
  adjustedPValue: nullable(probability()),
  threshold: nullable(number()),
  effectSize: nullable(
    Score,
    'The effect size in auto mode (normed Wasserstein or total variation), else null.',
  ),
  scores: list(Score, 'Every score that was computed, p-value test first.'),
  missingShare: nullable(
    MissingShareScore,
    'Test of the change in missing share (two-proportion z), when both sides have rows.',
  ),
  drift: flag('Whether the column drifted (the same as outcome `fail`).'),
  outcome: Outcome,
  explanation: text('Why it drifted (or not), in one sentence.'),
  reference: ColumnCounts,
  candidate: ColumnCounts,
  distribution: nullable(Distribution),
  histogram: optional(Histogram),
  precision: optionalPrecision,
  range: optional(ColumnRange),
  values: optional(ColumnValues),
  classes: optional(
    list(
      ClassShare,
      "Per-class shares of a categorical column in auto mode (rare classes): each class's share on both sides and its own test (z, or Fisher for small counts), corrected across the column's classes; flagged when the share halves or doubles significantly. Absent when not computed.",
    ),
  ),
});
export interface ColumnReport extends Static<typeof ColumnReport> {}

export const QualityFinding = definition('finding', {
  check: text(),
  column: nullable(text()),
  severity: Severity,
  message: text(),
  values: optional(
    Type.Record(Type.String(), Type.Union([Type.Number(), Type.String(), Type.Null()]), {
      description: 'The numbers behind the finding.',
    }),
  ),
});
export interface QualityFinding extends Static<typeof QualityFinding> {}

export const DatasetSummary = object({
  drift: flag(),
  driftShare: probability('drifted / compared columns (0 when nothing was compared).'),
  driftedColumns: list(text()),
  warningColumns: list(
    text(),
    'Feature columns whose outcome is `warn`: significant but below the minimum effect (min-effect, missing-share-change).',
  ),
  comparedColumns: count(),
  threshold: number('The drift-share threshold used.'),
});
export interface DatasetSummary extends Static<typeof DatasetSummary> {}
