/**
 * The sentences of scheduled monitoring (periods and trends), beside wording.ts as accept-wording.ts
 * is: each pattern's reason ("price: sudden jump since 2026-03 (median +12%)"), the unlabelled
 * periods, skipped history lines. Numbers come from format.ts.
 */
import { formatNumber, formatRelativeChange, formatValue, plural } from './format.js';
import type { ColumnTrendReport } from './model.js';

/** Pattern names as the summary shows them. */
export const PATTERN_LABEL: Readonly<Record<ColumnTrendReport['pattern'], string>> = {
  jump: 'sudden jump',
  creep: 'slow creep',
  spike: 'one-period spike',
  stable: 'stable',
};

/** Relative changes beyond this (in either direction) read better as the two medians. */
const RELATIVE_CHANGE_SHOWN_UP_TO = 1;

/** A jump's or spike's size: `median +12%`, or `median 1 → 30` when the relative change says little (a median near 0). */
function medianStepText(trend: ColumnTrendReport): string | null {
  const { medianChange, medianFrom, medianTo } = trend;
  if (medianChange !== null && Math.abs(medianChange) <= RELATIVE_CHANGE_SHOWN_UP_TO) {
    return `median ${formatRelativeChange(medianChange)}`;
  }
  if (medianFrom !== null && medianTo !== null)
    return `median ${formatValue(medianFrom)} → ${formatValue(medianTo)}`;
  return null;
}

/** Why a column's trend matters, in one line; null for stable columns. */
export function trendReasonText(trend: ColumnTrendReport): string | null {
  const since = trend.since ?? '?';
  switch (trend.pattern) {
    case 'jump': {
      const size =
        medianStepText(trend) ?? `effect size ${formatNumber(trend.effects[trend.effects.length - 1])}`;
      return `${trend.name}: sudden jump since ${since} (${size})`;
    }
    case 'creep': {
      const pace =
        trend.medianChange !== null
          ? `about ${formatRelativeChange(trend.medianChange)} a period`
          : `effect size up about ${formatNumber(trend.slope)} a period`;
      return `${trend.name}: slow creep, ${pace}, drift since ${since}`;
    }
    case 'spike': {
      const step = medianStepText(trend);
      const size = step !== null ? ` (${step})` : '';
      return `${trend.name}: one-period spike in ${since}${size}, then back`;
    }
    case 'stable':
      return null;
  }
}

/** An earlier period that failed (fail-on-period: any). */
export function failedPeriodText(name: string, firstReason: string | null): string {
  return `period ${name} failed${firstReason ? `: ${firstReason}` : ''}`;
}

/** The periods whose labels have not arrived, as one sentence. */
export function unlabelledText(periods: readonly string[], shown = 12): string {
  const listed = periods.slice(-shown).join(', ');
  const more = periods.length > shown ? ` (latest ${shown} listed)` : '';
  return `Labels not arrived yet for ${plural(periods.length, 'period')}${more}: ${listed}. Performance is computed for the labelled periods only.`;
}

/** A history line that was not read. */
export function skippedHistoryText(line: number, reason: string): string {
  return `history line ${line} skipped: ${reason}`;
}

/** The trend section's one-line method note. */
export const TREND_METHOD_LINE =
  'Jump: a consecutive-period comparison that is itself drift and persists; creep: effect sizes rising across periods (Mann-Kendall, Benjamini-Hochberg across columns) into drift; spike: one period off, then back.';
