/**
 * The periods section of the job summary (scheduled monitoring): the trend table (jumps and
 * creeps first), notes (unlabelled periods, skipped history lines), a mermaid line chart of the
 * effect size per period for the top columns with the minimum effect, and the column x period
 * grid (✅ pass, ⚠️ warn, 🔴 fail). Long period lists are folded: the chart shows the latest
 * CHART_PERIODS, the grid the latest GRID_PERIODS with the whole grid in a fold.
 */
import { escapeMermaidLabel } from '../escape.js';
import { formatChartValue, formatCount, formatNumber } from '../format.js';
import type { ColumnTrendReport, Outcome, Report } from '../model.js';
import {
  PATTERN_LABEL,
  periodNotes,
  periodsHeadline,
  TREND_METHOD_LINE,
  trendChangeText,
} from '../periods-wording.js';
import { cell, folded, MAX_MESSAGE } from './cells.js';

/** Columns drawn in the chart. */
export const CHART_COLUMNS = 5;
/** Periods drawn in the chart (the latest ones). */
export const CHART_PERIODS = 24;
/** Periods shown unfolded in the grid (the latest ones). */
export const GRID_PERIODS = 12;
/** Columns in the grid before the rest is folded. */
const GRID_COLUMNS = 20;

const OUTCOME_ICON: Record<Outcome, string> = { pass: '✅', warn: '⚠️', fail: '🔴' };
const PATTERN_ICON: Record<ColumnTrendReport['pattern'], string> = {
  jump: '🔴',
  creep: '⚠️',
  spike: '⚡',
  stable: '✅',
};

/** The latest non-null effect of a column's trend, or null. */
export function latestEffect(trend: ColumnTrendReport): number | null {
  for (let i = trend.effects.length - 1; i >= 0; i--) if (trend.effects[i] !== null) return trend.effects[i];
  return null;
}

/** The chart's columns: those with a pattern first, then by their largest effect (summary and HTML). */
export function chartColumns(columns: readonly ColumnTrendReport[]): ColumnTrendReport[] {
  const largest = (t: ColumnTrendReport) => Math.max(0, ...t.effects.map((e) => e ?? 0));
  return columns
    .filter((t) => t.effects.some((e) => e !== null))
    .map((t, order) => ({ t, order }))
    .sort((a, b) => {
      const patterned = Number(b.t.pattern !== 'stable') - Number(a.t.pattern !== 'stable');
      return patterned !== 0 ? patterned : largest(b.t) - largest(a.t) || a.order - b.order;
    })
    .slice(0, CHART_COLUMNS)
    .map(({ t }) => t);
}

function trendChart(names: readonly string[], columns: readonly ColumnTrendReport[]): string {
  const top = chartColumns(columns);
  if (top.length === 0 || names.length < 2) return '';
  const from = Math.max(0, names.length - CHART_PERIODS);
  const shown = names.slice(from);
  const threshold = top.find((t) => t.threshold !== null)?.threshold ?? null;
  const values = top.flatMap((t) => t.effects.slice(from).map((e) => e ?? 0));
  const max = Math.max(...values, threshold ?? 0);
  const yMax = max > 0 ? formatChartValue(max * 1.1, 2) : '1';
  const lines = top.map(
    (t) =>
      `  line [${t.effects
        .slice(from)
        .map((e) => formatChartValue(e ?? 0))
        .join(', ')}]`,
  );
  if (threshold !== null) lines.push(`  line [${shown.map(() => formatChartValue(threshold)).join(', ')}]`);
  const periodsNote = from > 0 ? `, latest ${formatCount(shown.length)} periods` : '';
  const legend = top.map((t, i) => `${i + 1}. ${cell(t.name)}`).join(' · ');
  const thresholdNote =
    threshold !== null ? ` · ${top.length + 1}. minimum effect ${formatNumber(threshold)}` : '';
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Effect size against the reference per period${periodsNote}"`,
    `  x-axis [${shown.map((n) => `"${escapeMermaidLabel(n, 16)}"`).join(', ')}]`,
    `  y-axis "effect size" 0 --> ${yMax}`,
    ...lines,
    '```',
    '',
    `<sub>Lines: ${legend}${thresholdNote}</sub>`,
    '',
    '',
  ].join('\n');
}

function gridTable(names: readonly string[], columns: readonly ColumnTrendReport[], from: number): string {
  const shown = names.slice(from);
  const header = `| Column | ${shown.map((n) => cell(n, 40)).join(' | ')} |\n|---|${shown.map(() => ':-:').join('|')}|\n`;
  const rows = columns.map(
    (t) =>
      `| ${cell(t.name)} | ${t.outcomes
        .slice(from)
        .map((o) => (o === null ? '·' : OUTCOME_ICON[o]))
        .join(' | ')} |\n`,
  );
  return header + rows.join('');
}

/** The periods section, or '' when the report has no periods. */
export function periodsSection(report: Report): string {
  const { periods, trend } = report;
  if (!periods || !trend) return '';
  const names = periods.map((p) => p.name);
  const out: string[] = [`### Trend over ${cell(periodsHeadline(periods), MAX_MESSAGE)}\n\n`];
  const patterned = trend.columns.filter((t) => t.pattern !== 'stable');
  if (patterned.length > 0) {
    out.push('| Column | Trend | Since | Change | Latest effect |\n|---|---|---|---|---|\n');
    for (const t of patterned) {
      out.push(
        `| ${cell(t.name)} | ${PATTERN_ICON[t.pattern]} ${PATTERN_LABEL[t.pattern]} | ${cell(t.since)} | ${cell(trendChangeText(t))} | ${formatNumber(latestEffect(t))} |\n`,
      );
    }
    out.push('\n');
  } else {
    out.push(`No jump, creep or spike across ${formatCount(periods.length)} periods.\n\n`);
  }
  out.push(`<sub>${cell(TREND_METHOD_LINE, MAX_MESSAGE)}</sub>\n\n`);
  for (const note of periodNotes(trend)) out.push(`> ${cell(note, MAX_MESSAGE)}\n\n`);
  out.push(trendChart(names, trend.columns));
  const ordered = [...patterned, ...trend.columns.filter((t) => t.pattern === 'stable')];
  const main = ordered.slice(0, GRID_COLUMNS);
  const from = Math.max(0, names.length - GRID_PERIODS);
  const latestNote = from > 0 ? ` (latest ${formatCount(GRID_PERIODS)})` : '';
  out.push(`**Column × period${latestNote}**: ✅ no drift · ⚠️ warning · 🔴 drift · · not compared\n\n`);
  out.push(gridTable(names, main, from), '\n');
  if (from > 0 || ordered.length > main.length) {
    out.push(
      folded(
        `All ${formatCount(names.length)} periods × ${formatCount(ordered.length)} columns`,
        gridTable(names, ordered, 0),
      ),
    );
  }
  return out.join('');
}
