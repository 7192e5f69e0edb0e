/**
 * What both renderers (markdown and text) say, before escaping (the headline is wording.ts's): the order of the
 * columns, and per-column cell values as plain strings. Strings returned here may contain data and
 * MUST be escaped by the renderer for its context.
 */

import { formatNumber, formatPValue, formatSetting, formatShare, plural } from './format.js';
import type { ColumnReport, Report, SideInfo, SliceReport } from './model.js';
import { sketchText } from './sketch.js';
import type { NextStep } from './wording.js';

/** How strongly a column moved relative to its threshold (>= 1 roughly means past it); for ordering. */
export function strength(column: ColumnReport): number {
  const effect = column.effectSize;
  if (effect && effect.statistic !== null && Number.isFinite(effect.statistic)) {
    return effect.threshold > 0 ? effect.statistic / effect.threshold : effect.statistic;
  }
  const p = column.adjustedPValue ?? column.pValue;
  if (p !== null && column.threshold !== null) {
    if (p <= 0) return Number.POSITIVE_INFINITY;
    const alpha = Math.min(Math.max(column.threshold, 1e-300), 0.999999);
    return Math.log(p) / Math.log(alpha);
  }
  if (column.statistic !== null && column.threshold !== null && Number.isFinite(column.statistic)) {
    return column.threshold > 0 ? column.statistic / column.threshold : column.statistic;
  }
  return Number.NEGATIVE_INFINITY;
}

/** The collator of compareNames, made on first use: making one costs 8-13 ms (ICU's data), and most reports never break a tie by name. */
let nameOrder: Intl.Collator | undefined;

/** Natural order for ties (`f2` before `f10`), fixed locale so output does not depend on the machine. */
function compareNames(a: string, b: string): number {
  nameOrder ??= new Intl.Collator('en', { numeric: true });
  return nameOrder.compare(a, b);
}

/** Compared columns first drifted, then by strength (descending), then by name; and the rest (skipped / one-sided). */
export function orderColumns(columns: readonly ColumnReport[]): {
  compared: ColumnReport[];
  skipped: ColumnReport[];
} {
  const compared = columns.filter((c) => c.status === 'compared');
  const skipped = columns.filter((c) => c.status !== 'compared');
  const keyed = compared.map((c) => ({ c, s: strength(c) }));
  keyed.sort((a, b) => {
    if (a.c.drift !== b.c.drift) return a.c.drift ? -1 : 1;
    if (a.s !== b.s)
      return (Number.isNaN(b.s) ? -Infinity : b.s) - (Number.isNaN(a.s) ? -Infinity : a.s) || 0;
    return compareNames(a.c.name, b.c.name);
  });
  return { compared: keyed.map((k) => k.c), skipped };
}

/** The p-value cell: `0.003 (raw 4.0e-4)`, or one value when raw and adjusted print the same. */
export function pValueText(column: ColumnReport): string {
  const adjusted = column.adjustedPValue;
  const raw = column.pValue;
  if (adjusted === null && raw === null) return '—';
  if (adjusted === null) return formatPValue(raw);
  const a = formatPValue(adjusted);
  if (raw === null) return a;
  const r = formatPValue(raw);
  return a === r ? a : `${a} (raw ${r})`;
}

/** The test cell: the deciding test. */
export function testText(column: ColumnReport): string {
  return column.test ?? '—';
}

/** The effect-size measures used, by column type: `wasserstein-normed (numeric, datetime), total-variation (categorical)`. */
export function effectMeasures(columns: readonly ColumnReport[]): string {
  const byTest = new Map<string, Set<string>>();
  for (const column of columns) {
    if (!column.effectSize) continue;
    const types = byTest.get(column.effectSize.test) ?? new Set<string>();
    types.add(column.type);
    byTest.set(column.effectSize.test, types);
  }
  return [...byTest].map(([test, types]) => `${test} (${[...types].join(', ')})`).join(', ');
}

/** The threshold cell: `p < 0.05 / ≥ 0.1` (auto: alpha / min effect), `p < 0.05` (p-value test), `≥ 0.1` (distance). */
export function thresholdText(column: ColumnReport): string {
  const parts: string[] = [];
  if (column.threshold !== null) {
    if (column.pValue !== null || column.adjustedPValue !== null)
      parts.push(`p < ${formatSetting(column.threshold)}`);
    else parts.push(`≥ ${formatSetting(column.threshold)}`);
  }
  if (column.effectSize) parts.push(`≥ ${formatSetting(column.effectSize.threshold)}`);
  return parts.length > 0 ? parts.join(' / ') : '—';
}

/** The missing-share cell: `0.0% → 12.0%` (as the explanation words a change of missing share). */
export function missingText(column: ColumnReport, arrow = ' → '): string {
  return `${formatShare(column.reference.missingShare)}${arrow}${formatShare(column.candidate.missingShare)}`;
}

/** Whether the change in missing share is itself past its threshold. */
export function missingChanged(column: ColumnReport): boolean {
  return column.missingShare?.passed === true;
}

/** Why a column was not compared, in words. */
export function skipReason(column: ColumnReport): string {
  if (column.reason) return column.reason;
  switch (column.status) {
    case 'missing-in-candidate':
      return 'only in the reference (missing in the candidate)';
    case 'missing-in-reference':
      return 'only in the candidate (missing in the reference)';
    default:
      return column.type === 'identifier' ? 'identifier-like column' : 'not compared';
  }
}

/** `train.csv (rev 1a2b3c4d5e6f, 1,000 rows, 12 columns)` — raw, to be escaped. */
export function sideText(side: SideInfo): { source: string; details: string } {
  const details: string[] = [];
  if (side.revision && !side.source.includes(side.revision)) {
    details.push(
      `rev ${side.revision.length > 12 && /^[0-9a-f]+$/i.test(side.revision) ? side.revision.slice(0, 12) : side.revision}`,
    );
  } else if (!side.revision) {
    details.push('working tree');
  }
  details.push(plural(side.rows, 'row'), plural(side.columns, 'column'));
  return { source: side.source, details: details.join(', ') };
}

/** Tested slices ordered for the summaries: the ones that drifted or lost most performance first. */
export function rankSlices(slices: readonly SliceReport[]): SliceReport[] {
  const loss = (s: SliceReport): number => {
    let worst = 0;
    for (const m of s.performance ?? []) {
      if (m.change === null) continue;
      const drop = m.higherIsBetter ? -m.change : (m.relativeChange ?? 0);
      worst = Math.max(worst, drop);
    }
    return worst;
  };
  // Both drifted and lost performance first, then either, then by the largest loss and drift share.
  const flags = (s: SliceReport) => Number(s.drift) + Number(s.performanceDropped);
  return slices
    .filter((s) => s.status === 'compared')
    .sort((a, b) => flags(b) - flags(a) || loss(b) - loss(a) || b.driftShare - a.driftShare);
}

/** One statistic on both sides, in the column's units. */
export interface ValuePair {
  readonly reference: number;
  readonly candidate: number;
}

/** How a numeric column's values moved, as data (report/wording.ts words it). */
export interface ValuesChange {
  readonly kind: 'values';
  readonly datetime: boolean;
  /** `higher`/`lower`: the centre moved; `wider`/`narrower`: the spread changed; `similar`: neither. */
  readonly direction: 'higher' | 'lower' | 'wider' | 'narrower' | 'similar';
  readonly median: ValuePair;
  readonly mean: ValuePair;
  readonly p5: ValuePair;
  readonly p95: ValuePair;
}

/** One class's share on both sides. */
export interface ClassMove {
  readonly name: string;
  readonly reference: number;
  readonly candidate: number;
}

/** The classes of a categorical column whose share moved most, largest change first. */
export interface ClassesChange {
  readonly kind: 'classes';
  readonly classes: readonly ClassMove[];
}

export type ColumnChange = ValuesChange | ClassesChange;

/**
 * A centre moving by at least this share of the reference's p5..p95 spread counts as `higher` or
 * `lower`; a spread changing by this factor (either way) as `wider` or `narrower`.
 */
export const CENTRE_SHIFT = 0.1;
export const SPREAD_FACTOR = 1.25;
/** Classes named in the before/after of a categorical column. */
export const CLASS_MOVES_SHOWN = 2;

function pair(values: NonNullable<ColumnReport['values']>, key: 'median' | 'mean' | 'p5' | 'p95'): ValuePair {
  return {
    reference: values.reference?.[key] ?? Number.NaN,
    candidate: values.candidate?.[key] ?? Number.NaN,
  };
}

/** The direction of a numeric change from the two sides' statistics. O(1). */
function valueDirection(
  median: ValuePair,
  mean: ValuePair,
  p5: ValuePair,
  p95: ValuePair,
): ValuesChange['direction'] {
  const spreadRef = p95.reference - p5.reference;
  const spreadCand = p95.candidate - p5.candidate;
  const scale = spreadRef > 0 ? spreadRef : Math.abs(median.reference) || 1;
  const shift =
    median.candidate !== median.reference
      ? median.candidate - median.reference
      : mean.candidate - mean.reference;
  if (Math.abs(shift) >= CENTRE_SHIFT * scale) return shift > 0 ? 'higher' : 'lower';
  if (spreadRef > 0 && spreadCand >= SPREAD_FACTOR * spreadRef) return 'wider';
  if (spreadRef > 0 && spreadCand <= spreadRef / SPREAD_FACTOR) return 'narrower';
  if (spreadRef === 0 && spreadCand > 0) return 'wider';
  return 'similar';
}

/**
 * What changed in a column, before and after in its own units: the median, mean, p5 and p95 of a
 * numeric or datetime column (from `values`), or the classes whose share moved most (from `classes`,
 * else the sketch's `distribution`). null when neither side has values to show. O(classes).
 */
export function columnChange(column: ColumnReport): ColumnChange | null {
  const values = column.values;
  if (values?.reference && values.candidate) {
    const median = pair(values, 'median');
    const mean = pair(values, 'mean');
    const p5 = pair(values, 'p5');
    const p95 = pair(values, 'p95');
    return {
      kind: 'values',
      datetime: column.type === 'datetime',
      direction: valueDirection(median, mean, p5, p95),
      median,
      mean,
      p5,
      p95,
    };
  }
  let moves: ClassMove[] = [];
  if (column.classes && column.classes.length > 0) {
    moves = column.classes.map((c) => ({
      name: c.class,
      reference: c.referenceShare,
      candidate: c.candidateShare,
    }));
  } else if (column.distribution && column.type !== 'numeric' && column.type !== 'datetime') {
    const d = column.distribution;
    // the pooled "other (n)" bin is not a class
    const named =
      d.labels.length > 1 && /^other \(\d+\)$/.test(d.labels[d.labels.length - 1])
        ? d.labels.length - 1
        : d.labels.length;
    for (let i = 0; i < named; i++)
      moves.push({ name: d.labels[i], reference: d.reference[i] ?? 0, candidate: d.candidate[i] ?? 0 });
  }
  const moved = moves
    .filter((m) => m.reference !== m.candidate)
    .sort(
      (a, b) =>
        Math.abs(b.candidate - b.reference) - Math.abs(a.candidate - a.reference) ||
        compareNames(a.name, b.name),
    );
  if (moved.length === 0) return null;
  return { kind: 'classes', classes: moved.slice(0, CLASS_MOVES_SHOWN) };
}

/** Marks an adjusted p-value at or above alpha in the tables (explained once above them). */
export const NOT_SIGNIFICANT = 'n.s.';

/**
 * The p cell: the adjusted p-value when it is below its alpha (`7.4e-125`), NOT_SIGNIFICANT above
 * (so a table of stable columns does not repeat one corrected value on every row), `—` untested.
 */
export function significanceText(column: ColumnReport): string {
  const main = column.scores[0];
  if (main?.kind !== 'p-value') return '—';
  const p = main.adjustedPValue ?? main.pValue;
  if (p === null) return '—';
  return p < main.threshold ? formatPValue(p) : NOT_SIGNIFICANT;
}

/** The effect cell: the effect size in auto mode, `psi 0.31` for a named distance, else `—`. */
export function effectText(column: ColumnReport): string {
  if (column.effectSize) return formatNumber(column.effectSize.statistic);
  const main = column.scores[0];
  return main && main.kind === 'distance' ? `${main.test} ${formatNumber(main.statistic)}` : '—';
}

/** A share of the pooled "other (n)" bin above this on both sides makes a categorical sketch say nothing. */
const OTHER_DOMINATES = 0.5;

/**
 * The sketch of a compared column, or null when it would say nothing: the values were not tested
 * (too many categories), or most values on both sides fall in the pooled "other" bin (high
 * cardinality: every such sketch looks alike).
 */
export function compactSketch(column: ColumnReport, width?: number): string | null {
  if (column.scores.length === 0) return null;
  const d = column.distribution;
  if (d && d.labels.length > 1 && /^other \(\d+\)$/.test(d.labels[d.labels.length - 1])) {
    const last = d.labels.length - 1;
    if ((d.reference[last] ?? 0) > OTHER_DOMINATES && (d.candidate[last] ?? 0) > OTHER_DOMINATES) return null;
  }
  return sketchText(d, width);
}

/** The settings said once above the column tables (auto mode), as data for wording.ts. */
export interface TableSettings {
  /** alpha, when the same for every auto column. */
  readonly alpha: number | null;
  /** min-effect, when the same for every auto column. */
  readonly minEffect: number | null;
  /** `ks (numeric), chi-square (categorical)`. */
  readonly tests: string;
  /** `wasserstein (numeric), tvd (categorical)`. */
  readonly effects: string;
  readonly correction: string | null;
}

/** The tests and the column types they ran on: `ks (numeric), chi-square (categorical, boolean)`. */
function testsByType(columns: readonly ColumnReport[]): string {
  const byTest = new Map<string, Set<string>>();
  for (const column of columns) {
    if (!column.test) continue;
    const types = byTest.get(column.test) ?? new Set<string>();
    types.add(column.type);
    byTest.set(column.test, types);
  }
  return [...byTest].map(([test, types]) => `${test} (${[...types].join(', ')})`).join(', ');
}

/** What the auto-mode line above the tables says; null when no column ran in auto mode. */
export function tableSettings(report: Report, compared: readonly ColumnReport[]): TableSettings | null {
  const auto = compared.filter((c) => c.method === 'auto' && c.effectSize);
  if (auto.length === 0) return null;
  const one = (values: number[]): number | null => (values.every((v) => v === values[0]) ? values[0] : null);
  const correction = report.settings.correction;
  return {
    alpha: one(auto.map((c) => c.threshold ?? Number.NaN)),
    minEffect: one(auto.map((c) => c.effectSize?.threshold ?? Number.NaN)),
    tests: testsByType(auto),
    effects: effectMeasures(auto),
    correction: typeof correction === 'string' ? correction : null,
  };
}

/** What "What to do next" is based on: quality errors, drifted columns, labels, changed rows. */
export function nextStep(report: Report): NextStep {
  const drifted = report.columns.filter((c) => c.drift);
  const diff = report.diff;
  return {
    qualityErrors: report.quality.filter((f) => f.severity === 'error').length,
    driftedColumns: drifted.filter((c) => c.role === 'feature').map((c) => c.name),
    labelColumns: [
      ...drifted.filter((c) => c.role === 'target' || c.role === 'prediction').map((c) => c.name),
      ...(diff?.labelFlips.length && diff.target ? [diff.target] : []),
    ],
    changedRows: diff?.keyed ? diff.changed : 0,
    warned: report.verdict === 'warn',
  };
}
