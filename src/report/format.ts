/**
 * The one place that turns a number into text (DESIGN.md practice 9), for the report's sentences
 * (explanations and reasons in the JSON) and for the renderers (markdown, terminal) alike, so one
 * quantity reads the same in a sentence and in the table beside it. Pure and locale-independent.
 *
 * The shared voice, one function per kind:
 *   count    formatCount        1,234            (renderers; sentences in the JSON write whole counts plainly)
 *   number   formatNumber       0.0828, 1620, 1.1e-23   statistics, effect sizes, thresholds
 *   p-value  formatPValue       0.0204, 5.2e-4, 1        the same voice as formatNumber
 *   share    formatShare        1.0%, 32.6%      a part of a whole (missing values), one fixed decimal
 *   percent  formatPercent      42.9%, 50%       a ratio or a setting (drift share, margins), zeros dropped
 *   change   formatChange, formatSignedPercent  +0.05 / −0.05, +177.7%
 *   metric   formatMetric       0.85             model-performance values (3 significant digits)
 *   setting  formatSetting      0.05             a configured value exactly as given
 *   value    formatValue        3504, 0.0123     a data value in a data-quality message (4 significant digits)
 *
 * A few sentences in the JSON contract were written with their own formats before this module
 * existed; they are kept byte-identical (the report is a public contract) and named here so they are
 * visible side by side: formatClassShare / formatClassPValue / formatRatio (rare-class sentence),
 * formatError / formatRoundPercent (reconstruction sentence), formatMeasure (image property means),
 * formatBinEdge (sketch labels), formatChartValue (mermaid chart numbers).
 */

const DASH = '—';

/** `digits` significant digits without trailing zeros, as JavaScript prints the rounded number: 0.25, 1620, 1e+21. */
function significant(x: number, digits: number): string {
  return Number(x.toPrecision(digits)).toString();
}

function absent(x: number | null | undefined): x is null | undefined {
  return x === null || x === undefined || Number.isNaN(x);
}

/** An integer with thousands separators: `1,234,567`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An identifier (or numeric time) range without separators, `1-8000` (one value: `17`); `—` when empty. */
export function formatIdRange(min: number | null, max: number | null): string {
  if (min === null || max === null) return '—';
  return min === max ? String(min) : `${min}-${max}`;
}

/**
 * A time range as short as it stays clear (UTC): `2026-01..06` within a year, `2026-01-03..28`
 * within a month, `2026-01-03` within a day, `2012-01..2015-12` across years; `—` when empty.
 */
export function formatTimeRange(min: number | null, max: number | null): string {
  if (min === null || max === null) return '—';
  const from = new Date(min).toISOString();
  const to = new Date(max).toISOString();
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${from.slice(0, 7)}..${to.slice(0, 7)}`;
  if (from.slice(0, 7) !== to.slice(0, 7)) return `${from.slice(0, 7)}..${to.slice(5, 7)}`;
  if (from.slice(0, 10) !== to.slice(0, 10)) return `${from.slice(0, 10)}..${to.slice(8, 10)}`;
  return from.slice(0, 10);
}

/** `1 column` / `3 columns` (the count with separators). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/**
 * A statistic, effect size or p-value: 3 significant digits (`0.0828`, `0.69`, `1620`), one decimal
 * of exponent below 0.001 (`5.2e-4`, `1.0e-5`), `< 1e-300` below that, `0` for zero; negative
 * values carry their sign. null or NaN -> `—`, ±Infinity -> `∞` / `-∞`. This is the format of the
 * column explanations in the JSON report.
 */
export function formatNumber(x: number | null | undefined): string {
  if (absent(x)) return DASH;
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return '-∞';
  if (x === 0) return '0';
  if (x < 0) return `-${formatNumber(-x)}`;
  if (x < 1e-300) return '< 1e-300';
  return x < 1e-3 ? x.toExponential(1) : significant(x, 3);
}

/** A p-value, in the voice of formatNumber: `0.0204`, `8.4e-17`, `1`; null -> `—`. */
export function formatPValue(p: number | null | undefined): string {
  return formatNumber(p);
}

/** A configured value (alpha, a threshold, a margin) exactly as JavaScript prints it: `0.05`, `0.0001`. */
export function formatSetting(x: number): string {
  return String(x);
}

/**
 * A share (0..1) of a whole, such as the share of missing values, as a percentage with one fixed
 * decimal so a pair lines up: `1.0%`, `32.6%`, `0.0%`, `100.0%`; a non-zero share below 0.1% keeps
 * two significant digits (`0.012%`) so it never reads as zero. null -> `—`.
 */
export function formatShare(share: number | null | undefined): string {
  if (absent(share)) return DASH;
  const percent = share * 100;
  if (percent > 0 && percent < 0.1) return `${significant(percent, 2)}%`;
  return `${percent.toFixed(1)}%`;
}

/**
 * A data value inside a data-quality message (a minimum, a median, a unit ratio): at most 4
 * significant digits, plain for ordinary magnitudes (`3504`, `0.0123`), exponent outside
 * [1e-4, 1e15) (`1.234e+21`); non-finite values as JavaScript prints them.
 */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(4));
  const magnitude = Math.abs(rounded);
  if (magnitude >= 1e-4 && magnitude < 1e15) return rounded.toString();
  return rounded.toExponential();
}

/** A ratio or setting (0..1) as a percentage with at most one decimal: `42.9%`, `50%`, `0%`. null -> `—`. */
export function formatPercent(share: number | null | undefined): string {
  if (absent(share)) return DASH;
  return `${Number((share * 100).toFixed(1))}%`;
}

/** A ratio (0..1) as a whole percentage: `66%` (share of variance, minimum increase in the reconstruction sentence). */
export function formatRoundPercent(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

/** A change already in percent, signed, one fixed decimal: `+177.7%`, `-29.0%`, `+0.0%`. */
export function formatSignedPercent(percent: number): string {
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

/** A model-performance value (accuracy, MAE, ...): 3 significant digits, `0.85`, `12.3`; null -> `—`. */
export function formatMetric(x: number | null | undefined): string {
  return absent(x) ? DASH : significant(x, 3);
}

/** A signed difference of two metric values: `+0.05`, `−0.12` (minus sign), `±0`; null -> `—`. */
export function formatChange(delta: number | null | undefined): string {
  if (absent(delta)) return DASH;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatMetric(Math.abs(delta))}`;
}

/** A ratio of two shares with 2 significant digits: `0.25`, `2.3`, `13`. */
export function formatRatio(x: number): string {
  return significant(x, 2);
}

/** A class's share in the rare-class sentence: one decimal, two significant digits below 0.1% (`0.04%`), exactly 0 as `0%`. */
export function formatClassShare(share: number): string {
  if (share === 0) return '0%';
  const pct = share * 100;
  return pct >= 0.1 ? `${pct.toFixed(1)}%` : `${significant(pct, 2)}%`;
}

/** A class's adjusted p-value in the rare-class sentence: 2 significant digits, `0.0074`, `8.5e-8`, `1e-9`, `0`. */
export function formatClassPValue(p: number): string {
  if (p === 0) return '0';
  if (p < 1e-300) return '< 1e-300';
  if (p >= 1e-3) return significant(p, 2);
  const [mantissa, exponent] = p.toExponential(1).split('e');
  return `${mantissa.replace(/\.0$/, '')}e${exponent}`;
}

/** A reconstruction error: 3 significant digits with zeros kept (`2.00`, `0.512`), exponent outside [0.001, 1000) (`1.46e+3`). */
export function formatError(x: number): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1000 || abs < 0.001) return x.toExponential(2);
  return x.toPrecision(3);
}

/** A measured mean (an image property): 3 significant digits with zeros kept, `0.286`, `28.0`, `1.23e+3`. */
export function formatMeasure(x: number): string {
  return x.toPrecision(3);
}

/** A histogram bin edge for a sketch label: integers whole (`1200`), else as formatMeasure (`0.125`). */
export function formatBinEdge(x: number): string {
  return Number.isInteger(x) ? String(x) : formatMeasure(x);
}

/** A number inside a mermaid chart: `digits` significant digits (default 4), non-finite as `0`. */
export function formatChartValue(x: number, digits = 4): string {
  return Number.isFinite(x) ? significant(x, digits) : '0';
}

/** A relative change given as a ratio (0.12 = 12%), in the voice of formatRelativeChange; null -> `—`. */
export function formatChangeRatio(change: number | null | undefined): string {
  if (absent(change)) return DASH;
  return formatRelativeChange(1, 1 + change) ?? DASH;
}

/**
 * A data value in its own units for the before/after statistics: 4 significant digits with
 * thousands separators (`2,800`, `1,300,000`, `93.5`, `0.0123`), exponent outside [1e-4, 1e15)
 * (`1.2e-7`); null -> `—`.
 */
export function formatQuantity(x: number | null | undefined): string {
  if (absent(x)) return DASH;
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const rounded = Number(x.toPrecision(4));
  const magnitude = Math.abs(rounded);
  if (magnitude < 1e-4 || magnitude >= 1e15) return rounded.toExponential();
  return magnitude >= 1000 ? formatCount(rounded) : rounded.toString();
}

/**
 * A datetime value (epoch milliseconds, UTC) as short as it stays exact: `2016-01-01` at midnight,
 * `2016-01-01 12:30` on the minute, else `2016-01-01 12:30:05`.
 */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) return DASH;
  const iso = new Date(Math.round(ms)).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** A signed time span: `+3 days`, `-5.5 h`, `+12 min`, `+40 s` (3 significant digits). */
export function formatSpan(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  const units: Array<[number, string]> = [
    [86_400_000, ' days'],
    [3_600_000, ' h'],
    [60_000, ' min'],
    [1000, ' s'],
  ];
  for (const [size, unit] of units) {
    if (abs >= size)
      return `${sign}${significant(abs / size, 3)}${unit === ' days' && abs === size ? ' day' : unit}`;
  }
  return `${sign}${significant(abs, 3)} ms`;
}

/**
 * The relative change from `before` to `after` in percent, signed: `+20%`, `-4.5%`, `+46,329%`
 * (one decimal below 10%, whole above, separators from 1,000%); null when `before` is 0.
 */
export function formatRelativeChange(before: number, after: number): string | null {
  if (before === 0 || !Number.isFinite(before) || !Number.isFinite(after)) return null;
  const percent = ((after - before) / Math.abs(before)) * 100;
  if (!Number.isFinite(percent)) return null;
  const sign = percent > 0 ? '+' : percent < 0 ? '-' : '±';
  const abs = Math.abs(percent);
  const digits = abs < 10 ? Number(abs.toFixed(1)).toString() : formatCount(Math.round(abs));
  return `${sign}${digits}%`;
}

/** A bound on a statistic: `±0.00049` (formatNumber's digits, plain below 0.001 down to 1e-6: bounds read better without exponents). */
export function formatBound(x: number): string {
  if (x > 0 && x >= 1e-6 && x < 1e-3) return `±${Number(x.toPrecision(2))}`;
  return `±${formatNumber(x)}`;
}
