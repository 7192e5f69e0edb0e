/**
 * The trend of each column across periods, from per-period numbers only (no Tables): `stable`,
 * `jump` (a sudden change between consecutive periods that persists), `creep` (small steps, the
 * distance from the reference growing) or `spike` (one period off, then back).
 *
 * The method, per column, with periods 0..n-1 in order and the reference before period 0:
 * - a step at period i: the comparison of period i with period i-1 (the reference for i = 0) is
 *   itself drift (the usual drift rule: significant after correction across columns, and at least
 *   the minimum effect). For periods known only from the history file (no data to test) a step is
 *   an effect size that moved by at least the column's minimum effect.
 * - an onset at i: a step at i into drift against the reference (period i drifts, period i-1 did
 *   not). A jump is an onset whose drift persists in the next period (or in the latest period,
 *   where the next is not known yet); since = that period. A spike is an onset whose next period
 *   no longer drifts.
 * - a creep: no jump, the effect sizes against the reference rise across periods (Mann-Kendall,
 *   one-sided, p-values corrected across columns by Benjamini-Hochberg below `alpha`), and the
 *   latest period drifts against the reference; since = the first period that drifts. The pace is the
 *   Theil-Sen slope (of the relative median change for numeric columns, else of the effect size).
 * Precedence: jump, creep, spike, stable. Cost: O(columns x periods^2) (the trend test's pairs).
 */
import { mannKendall, theilSenSlope } from '../../stats/trend.js';
import { adjustPValues } from '../columns/correction.js';

export type TrendPattern = 'stable' | 'jump' | 'creep' | 'spike';

/** One column in one period. */
export interface PeriodColumnNumbers {
  /** Effect size against the reference (null when the column was not compared with one). */
  readonly effect: number | null;
  /** Whether the column drifts against the reference (null when not compared). */
  readonly drift: boolean | null;
  /** Whether the comparison with the previous period is drift; null when it could not run (history). */
  readonly step: boolean | null;
  /** The median of a numeric column, else null. */
  readonly median: number | null;
}

export interface ColumnSeries {
  readonly name: string;
  /** The effect size that counts as large (min-effect), for steps between history periods. */
  readonly minEffect: number;
  /** The reference's median (numeric columns), else null. */
  readonly referenceMedian: number | null;
  /** One entry per period, in period order. */
  readonly periods: readonly PeriodColumnNumbers[];
}

export interface ColumnTrend {
  readonly name: string;
  readonly pattern: TrendPattern;
  /** The period the pattern starts in (jump, spike: the changed period; creep: the first drifted one); null when stable. */
  readonly since: string | null;
  readonly effects: (number | null)[];
  /** Theil-Sen slope of the effect size per period; null with fewer than two effects. */
  readonly slope: number | null;
  /** Mann-Kendall p-value for a rising effect, corrected across columns; null when not testable. */
  readonly trendPValue: number | null;
  /**
   * Relative change of the median: for a jump or spike from the period before to `since`, for a
   * creep the Theil-Sen slope per period of the median's change against the reference; null when
   * the column has no median (categorical) or the pattern is stable.
   */
  readonly medianChange: number | null;
  /** Jump and spike: the median in the period before `since` (the reference's for the first period) and in `since`. */
  readonly medianFrom: number | null;
  readonly medianTo: number | null;
}

/** The first period the trend test is run on: with fewer the test cannot reach significance. */
export const MIN_TREND_PERIODS = 4;

function relative(value: number | null, base: number | null): number | null {
  if (value === null || base === null || base === 0) return null;
  return (value - base) / Math.abs(base);
}

function isStep(series: ColumnSeries, i: number): boolean {
  const here = series.periods[i];
  if (here.step !== null) return here.step;
  const before = i > 0 ? series.periods[i - 1].effect : 0;
  return here.effect !== null && before !== null && Math.abs(here.effect - before) >= series.minEffect;
}

function onsets(series: ColumnSeries): number[] {
  const out: number[] = [];
  const periods = series.periods;
  for (let i = 0; i < periods.length; i++) {
    const before = i > 0 ? periods[i - 1].drift === true : false;
    if (periods[i].drift === true && !before && isStep(series, i)) out.push(i);
  }
  return out;
}

/** The trend test's raw one-sided p-value and the effect slope of one column. */
function trendTest(series: ColumnSeries): { p: number | null; slope: number | null } {
  const x: number[] = [];
  const y: number[] = [];
  series.periods.forEach((period, i) => {
    if (period.effect !== null) {
      x.push(i);
      y.push(period.effect);
    }
  });
  const slope = theilSenSlope(x, y);
  if (x.length < MIN_TREND_PERIODS) return { p: null, slope };
  return { p: mannKendall(x, y)?.pIncreasing ?? null, slope };
}

/** Classifies every column; `names` are the periods in order; `alpha` the level after correction. */
export function classifyTrends(
  names: readonly string[],
  columns: readonly ColumnSeries[],
  alpha: number,
): ColumnTrend[] {
  const tests = columns.map(trendTest);
  const tested = tests.flatMap((t, i) => (t.p === null ? [] : [i]));
  const adjusted = adjustPValues(
    tested.map((i) => tests[i].p as number),
    'fdr',
  );
  const trendP = new Map(tested.map((column, k) => [column, adjusted[k]]));
  return columns.map((series, c) => {
    const effects = series.periods.map((p) => p.effect);
    const medians = series.periods.map((p) => p.median);
    const base = {
      name: series.name,
      effects,
      slope: tests[c].slope,
      trendPValue: trendP.get(c) ?? null,
    };
    const last = series.periods.length - 1;
    const starts = onsets(series);
    const jump = starts.find((i) => i === last || series.periods[i + 1].drift === true);
    if (jump !== undefined) {
      const before = jump > 0 ? medians[jump - 1] : series.referenceMedian;
      return {
        ...base,
        pattern: 'jump',
        since: names[jump],
        medianChange: relative(medians[jump], before),
        medianFrom: before,
        medianTo: medians[jump],
      };
    }
    const rising = (trendP.get(c) ?? 1) < alpha && (tests[c].slope ?? 0) > 0;
    const firstDrift = series.periods.findIndex((p) => p.drift === true);
    if (rising && series.periods[last]?.drift === true) {
      const x: number[] = [];
      const y: number[] = [];
      medians.forEach((m, i) => {
        const change = relative(m, series.referenceMedian);
        if (change !== null) {
          x.push(i);
          y.push(change);
        }
      });
      return {
        ...base,
        pattern: 'creep',
        since: names[firstDrift],
        medianChange: theilSenSlope(x, y),
        medianFrom: null,
        medianTo: null,
      };
    }
    if (starts.length > 0) {
      const spike = starts[0];
      const before = spike > 0 ? medians[spike - 1] : series.referenceMedian;
      return {
        ...base,
        pattern: 'spike',
        since: names[spike],
        medianChange: relative(medians[spike], before),
        medianFrom: before,
        medianTo: medians[spike],
      };
    }
    return { ...base, pattern: 'stable', since: null, medianChange: null, medianFrom: null, medianTo: null };
  });
}
