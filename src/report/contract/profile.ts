/**
 * The reference profile file (`drift-gate profile`, docs/profile.schema.json) and what a report
 * says when its reference was a profile. A profile holds no rows: per column the counts, the
 * category counts (top K plus "other") and a bucketed quantile sketch of the numbers, plus the
 * multivariate model. Declared once here; `npm run schema` writes docs/profile.schema.json.
 */
import Type, { type Static } from 'typebox';
import { count, flag, list, nullable, number, object, oneOf, optional, probability, text } from './common.js';

export const NumberSketch = object(
  {
    exact: flag(
      'true when every bucket holds a single distinct value (the column has at most `exactLimit` distinct values): the values and counts are the data exactly.',
    ),
    min: number('Smallest present value (datetime: epoch milliseconds).'),
    max: number('Largest present value.'),
    values: list(
      number(),
      'Bucket lower edges, ascending: each a value present in the data (a quantile of the column).',
    ),
    counts: list(
      count(),
      'Present values in [values[i], values[i+1]) (the last bucket: [values[last], max]); they sum to `present`.',
    ),
    rankError: probability(
      "The sketch's rank error: the largest share of the present values in one bucket that holds more than one distinct value (0 when exact). The reference's empirical CDF rebuilt from the buckets is within ±rankError of the true one everywhere.",
    ),
    meanValue: nullable(number(), 'Mean of the present values (null when it overflows).'),
  },
  'The quantile sketch of a number or date column: buckets between quantiles with exact counts.',
);
export interface NumberSketch extends Static<typeof NumberSketch> {}

export const CategoryCounts = object(
  {
    levels: list(text(), 'The top K categories by count (ties: first seen), at most `topK`.'),
    counts: list(count(), 'Count of each level.'),
    nullLike: list(
      count(),
      'Indices into `levels` of values that read like a missing value (`NA`, `None`) kept as categories.',
    ),
    otherCount: count('Present values outside the top K.'),
    otherLevels: count('Distinct categories outside the top K (their names are not kept).'),
  },
  'Category counts of a text column: the top K exactly, the rest as one "other" count.',
);
export interface CategoryCounts extends Static<typeof CategoryCounts> {}

export const ProfileColumn = object({
  name: text(),
  kind: oneOf(
    ['number', 'date', 'text', 'skip'],
    'How the values read (before the comparison decides the type with the candidate): numbers, ISO dates, text, or not kept (configured identifier).',
  ),
  forced: nullable(text(), 'The configured type when the profile was made with one.'),
  present: count(),
  missing: count(),
  distinct: nullable(count(), 'Distinct present values (null when more than the dictionary limit, 100,000).'),
  allInteger: flag('Number columns: every present value is an integer.'),
  coerced: count('Cells that were not finite numbers (e.g. `Infinity`) and count as missing.'),
  identifier: oneOf(
    ['none', 'row-id', 'unique'],
    '`row-id`: increasing distinct integers (only min and max kept); `unique`: nearly every value distinct (no values kept); else `none`.',
  ),
  numbers: nullable(NumberSketch, 'Number and date columns that are not identifiers.'),
  categories: nullable(CategoryCounts, 'Text columns that are not identifiers.'),
});
export interface ProfileColumn extends Static<typeof ProfileColumn> {}

export const ProfileEncoder = object({
  name: text(),
  kind: oneOf(['numeric', 'categorical']),
  fill: nullable(number(), 'Numeric: the value missing cells are imputed with (training mean).'),
  levels: list(
    text(),
    "Categorical: the training levels, only those among the column's kept top K categories (no other value is kept).",
  ),
  shares: list(number(), 'Categorical: share of each level in the training rows.'),
  otherShare: number(
    'Categorical: the share a candidate class outside `levels` gets: 0 (never seen) when every training level is kept, else the mean share of the training levels beyond the top K.',
  ),
  mode: count('Categorical: index of the most frequent level (missing cells take its share).'),
  unit: number(),
  center: number(),
  scale: number(),
});
export interface ProfileEncoder extends Static<typeof ProfileEncoder> {}

export const ProfileMultivariate = object(
  {
    status: oneOf(['ok', 'skipped']),
    reason: nullable(text(), 'Why no model was fitted (status skipped).'),
    encoders: list(ProfileEncoder, 'One per model dimension, in order.'),
    excludedColumns: list(object({ name: text(), reason: text() })),
    referenceRows: count(),
    referenceUsed: count(),
    varianceShare: number(),
    trainShare: number(),
    seed: number(),
    fitRows: count(),
    pca: nullable(
      object({
        mean: list(number()),
        count: count('Kept components.'),
        components: list(number(), 'count x dimensions, row-major.'),
        variances: list(number()),
        totalVariance: number(),
        explainedVariance: number(),
        rows: count(),
      }),
    ),
    heldOut: nullable(
      object({
        rows: count(),
        meanError: number('Mean reconstruction error of the held-out reference rows.'),
        errorVariance: number('Population variance of those errors.'),
        squaresByDimension: list(number(), 'Mean squared residual per dimension.'),
      }),
      'The held-out reference error band: everything the comparison needs from the held-out rows.',
    ),
  },
  'The multivariate check fitted on the reference (src/multivariate): the encoding, the PCA and the held-out error band.',
);
export interface ProfileMultivariate extends Static<typeof ProfileMultivariate> {}

export const ProfileFile = Type.Object(
  {
    format: Type.Literal('drift-gate-profile'),
    version: text('major.minor of this format; readers refuse a newer major.'),
    tool: object({ name: text(), version: text() }),
    createdAt: text(),
    source: text('What was profiled (a file name, or `<dialect>:<table>` for SQL).'),
    engine: oneOf(['in-process', 'duckdb', 'sql'], 'Who computed the profile.'),
    rows: count(),
    delimiter: text(),
    topK: count('Categories kept per text column.'),
    quantiles: count('Quantile buckets per number column.'),
    exactLimit: count('Number columns with at most this many distinct values are kept exactly.'),
    columns: list(ProfileColumn),
    multivariate: nullable(ProfileMultivariate, 'Null when not computed (SQL profiles).'),
  },
  {
    title: 'drift-gate reference profile',
    description:
      'A reference dataset summarised without its rows, usable as the `reference` of a comparison (README "Large data").',
  },
);
export interface ProfileFile extends Static<typeof ProfileFile> {}

export const ColumnPrecision = object(
  {
    kind: oneOf(
      ['exact', 'sketch', 'merged'],
      '`exact`: the statistics equal those of the raw reference; `sketch`: from the quantile sketch, within `statisticBound`; `merged`: categories beyond the top K were merged into one.',
    ),
    rankError: probability("The reference sketch's rank error (0 when exact)."),
    statisticBound: nullable(
      number(),
      'How far the KS statistic (or the normed Wasserstein distance, for that test) may lie from the raw reference value: ± this; null when no bound is known.',
    ),
    text: text('One sentence, e.g. `KS statistic within ±0.0005 (sketch)`.'),
  },
  'How exact a column comparison against a profile is.',
);
export interface ColumnPrecision extends Static<typeof ColumnPrecision> {}

export const ReferenceProfileUse = object(
  {
    version: text(),
    engine: text(),
    createdAt: text(),
    rows: count('Rows of the profiled reference.'),
    pseudoRows: count('Rows of the pseudo-sample rebuilt from the sketch (fewer when scaled down).'),
    skipped: list(object({ check: text(), reason: text() }), 'Checks that need rows, skipped.'),
    note: text('One sentence for the summary.'),
  },
  'Present when the reference was a profile.',
);
export interface ReferenceProfileUse extends Static<typeof ReferenceProfileUse> {}

export const optionalPrecision = optional(ColumnPrecision);
export const optionalProfileUse = optional(ReferenceProfileUse);
