/**
 * What both renderers (markdown and text) say, before escaping (the headline is wording.ts's): the order of the
 * columns, and per-column cell values as plain strings. Strings returned here may contain data and
 * MUST be escaped by the renderer for its context.
 */

import { formatPValue, formatSetting, formatShare, plural } from './format.js';
import type { ColumnReport, SideInfo, SliceReport } from './model.js';

/** One line explaining auto mode. */
export const AUTO_MODE_LINE =
  'Auto mode: a column drifts when the change is significant (adjusted p < alpha) and large enough (effect >= min-effect).';

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

/** Natural order for ties (`f2` before `f10`), fixed locale so output does not depend on the machine. */
const NAME_ORDER = new Intl.Collator('en', { numeric: true });

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
    return NAME_ORDER.compare(a.c.name, b.c.name);
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
