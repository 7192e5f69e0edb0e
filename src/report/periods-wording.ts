/**
 * The sentences of scheduled monitoring (periods and trends), beside wording.ts as accept-wording.ts
 * is: each pattern's reason ("price: sudden jump since 2026-03 (median +12%)"), the unlabelled
 * periods, skipped history lines. Numbers come from format.ts.
 */
import { formatChangeRatio, formatCount, formatNumber, formatValue, plural } from './format.js';
import type { ColumnTrendReport, PeriodReport, Report, TrendReport } from './model.js';

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
    return `median ${formatChangeRatio(medianChange)}`;
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
          ? `about ${formatChangeRatio(trend.medianChange)} a period`
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

/** `12 periods, 2026-01 … 2026-12 (latest: 2026-12), 3 from the history file`. */
export function periodsHeadline(periods: readonly PeriodReport[]): string {
  const first = periods[0]?.name ?? '';
  const last = periods[periods.length - 1]?.name ?? '';
  const range = periods.length > 1 ? `${first} … ${last}` : last;
  const fromHistory = periods.filter((p) => p.origin === 'history').length;
  const history = fromHistory > 0 ? `, ${formatCount(fromHistory)} from the history file` : '';
  return `${plural(periods.length, 'period')}, ${range} (latest: ${last})${history}`;
}

/** The change column of the trend table: `median +12%`, `+3.1% a period`, or the effect slope. */
export function trendChangeText(trend: ColumnTrendReport): string {
  switch (trend.pattern) {
    case 'jump':
    case 'spike':
      return medianStepText(trend) ?? '—';
    case 'creep':
      return trend.medianChange !== null
        ? `median ${formatChangeRatio(trend.medianChange)} a period`
        : `effect ${formatNumber(trend.slope)} a period`;
    case 'stable':
      return '—';
  }
}

/** The notes under the trend table: unlabelled periods, skipped history lines. */
export function periodNotes(trend: TrendReport): string[] {
  const notes: string[] = [];
  if (trend.unlabelled.length > 0) notes.push(unlabelledText(trend.unlabelled));
  for (const skipped of trend.history?.skippedLines ?? [])
    notes.push(skippedHistoryText(skipped.line, skipped.reason));
  return notes;
}

/**
 * The headline's parts for the trend (no data strings): a jump starting in the latest period
 * fails (`sudden jump in the latest period (1 column)`); other jumps and creeps warn, or fail under
 * fail-on-period `any` for jumps. Ranked just after data-quality errors.
 */
export function trendHeadlineParts(report: Report): { level: 'fail' | 'warn'; rank: number; text: string }[] {
  const { trend, periods } = report;
  if (!trend || !periods || periods.length === 0) return [];
  const latest = periods[periods.length - 1].name;
  const failOnAny = report.settings.failOnPeriod === 'any';
  const jumps = trend.columns.filter((t) => t.pattern === 'jump');
  const latestJumps = jumps.filter((t) => t.since === latest).length;
  const olderJumps = jumps.length - latestJumps;
  const creeps = trend.columns.filter((t) => t.pattern === 'creep').length;
  const parts: { level: 'fail' | 'warn'; rank: number; text: string }[] = [];
  if (latestJumps > 0) {
    parts.push({
      level: 'fail',
      rank: 0.5,
      text: `sudden jump in the latest period (${plural(latestJumps, 'column')})`,
    });
  }
  if (olderJumps > 0) {
    parts.push({
      level: failOnAny ? 'fail' : 'warn',
      rank: 0.6,
      text: `sudden jump in an earlier period (${plural(olderJumps, 'column')})`,
    });
  }
  if (creeps > 0) parts.push({ level: 'warn', rank: 0.7, text: `slow creep (${plural(creeps, 'column')})` });
  return parts;
}
