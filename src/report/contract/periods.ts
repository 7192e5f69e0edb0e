/** The periods part of the report contract: one entry per period, and the trend of each column across them. */
import type { Static } from 'typebox';
import { ColumnReport } from './columns.js';
import {
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
  text,
  Verdict,
} from './common.js';
import { PerformanceReport } from './labels.js';

export const PeriodReport = definition(
  'period',
  {
    name: text(
      'The period: a file name without extension (glob), a calendar period (`2026-03`, `2026-W09`, `2026-Q1`, `2026-03-01`) or a value of `time-column`.',
    ),
    origin: oneOf(
      ['candidate', 'history'],
      '`candidate`: compared in this run; `history`: read from the history file (numbers only, no columns).',
    ),
    rows: count(),
    verdict: Verdict,
    dataset: object({
      drift: flag(),
      driftShare: probability(),
      driftedColumns: list(text()),
    }),
    columns: list(
      ColumnReport,
      'The column reports of this period against the reference (as at the top level); empty for history periods.',
    ),
    labelled: nullable(
      flag(),
      'Whether the target column has values in this period (labels may arrive later); null when no `target` is set.',
    ),
    performance: optional(
      nullable(PerformanceReport, 'Model performance in this period, where labels exist.'),
    ),
  },
  'One period of the candidate, compared with the reference.',
);
export interface PeriodReport extends Static<typeof PeriodReport> {}

export const ColumnTrendReport = definition(
  'columnTrend',
  {
    name: text(),
    pattern: oneOf(
      ['stable', 'jump', 'creep', 'spike'],
      '`jump`: a sudden change between consecutive periods that persists; `creep`: small steps with a rising effect size (Mann-Kendall); `spike`: one period off, then back; `stable`: none of these.',
    ),
    since: nullable(
      text(),
      'The period the pattern starts in (creep: the first period that drifts); null when stable.',
    ),
    effects: list(
      nullable(number()),
      'Effect size against the reference, one per period (null: not compared).',
    ),
    outcomes: list(
      nullable(Outcome),
      'The outcome against the reference, one per period (null: not compared).',
    ),
    threshold: nullable(number(), 'The minimum effect (min-effect) the effect sizes are compared with.'),
    slope: nullable(number(), 'Theil-Sen slope of the effect size per period.'),
    trendPValue: nullable(
      probability(),
      'Mann-Kendall one-sided p-value for a rising effect size, Benjamini-Hochberg corrected across columns; null with fewer than 4 periods.',
    ),
    medianChange: nullable(
      number(),
      'Relative median change: jump and spike, from the period before `since` to `since`; creep, the Theil-Sen slope per period of the change against the reference. Null for categorical columns and stable ones.',
    ),
    medianFrom: nullable(
      number(),
      'Jump and spike: the median in the period before `since` (the reference median for the first period).',
    ),
    medianTo: nullable(number(), 'Jump and spike: the median in `since`.'),
  },
  'The trend of one column across the periods.',
);
export interface ColumnTrendReport extends Static<typeof ColumnTrendReport> {}

export const TrendReport = object(
  {
    alpha: probability('The level the corrected trend p-values are compared with (the setting `alpha`).'),
    columns: list(ColumnTrendReport, 'Jumps first, then creeps, spikes and stable columns.'),
    unlabelled: list(
      text(),
      'Periods whose target column has no values yet (labels not arrived); empty without `target`.',
    ),
    history: nullable(
      object({
        path: text('The history file as given.'),
        periodsRead: count('Periods read from earlier runs (not in this run).'),
        skippedLines: list(
          object({ line: count(), reason: text() }),
          'Lines not read (from another history format), with the reason.',
        ),
      }),
      'The history file (setting `history`), or null.',
    ),
  },
  'The trend of each column across the periods (present with `periods`).',
);
export interface TrendReport extends Static<typeof TrendReport> {}
