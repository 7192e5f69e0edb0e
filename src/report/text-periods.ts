/**
 * The periods part of the terminal output (scheduled monitoring), beside text.ts: the same trend
 * table, notes and column x period grid as the summary (markdown/periods.ts), in plain text
 * (`.` no drift, `w` warning, `X` drift, blank not compared). Pure; data strings go through `safe`.
 */
import { formatNumber } from './format.js';
import type { ColumnTrendReport, Outcome, Report } from './model.js';
import { PATTERN_LABEL, periodNotes, periodsHeadline, trendChangeText } from './periods-wording.js';

/** Periods shown in the terminal grid (the latest ones). */
export const TEXT_GRID_PERIODS = 24;

const OUTCOME_MARK: Record<Outcome, string> = { pass: '.', warn: 'w', fail: 'X' };

type Paint = (text: string, style?: 'bold' | 'dim' | 'red' | 'green' | 'yellow') => string;

function latestEffect(trend: ColumnTrendReport): number | null {
  for (let i = trend.effects.length - 1; i >= 0; i--) if (trend.effects[i] !== null) return trend.effects[i];
  return null;
}

/** The lines of the periods part, or none when the report has no periods. */
export function periodsTextLines(
  report: Report,
  paint: Paint,
  safe: (text: string | null) => string,
): string[] {
  const { periods, trend } = report;
  if (!periods || !trend) return [];
  const lines = ['', paint(`Trend over ${safe(periodsHeadline(periods))}`, 'bold')];
  const width = Math.min(30, Math.max(6, ...trend.columns.map((t) => safe(t.name).length)));
  const pad = (text: string, n: number) => (text.length >= n ? text : text + ' '.repeat(n - text.length));
  const patterned = trend.columns.filter((t) => t.pattern !== 'stable');
  if (patterned.length === 0) lines.push(`  No jump, creep or spike across ${periods.length} periods.`);
  for (const t of patterned) {
    const label = pad(PATTERN_LABEL[t.pattern], 16);
    lines.push(
      `  ${pad(safe(t.name), width)}  ${paint(label, t.pattern === 'jump' ? 'red' : 'yellow')}since ${safe(t.since)}  ${safe(trendChangeText(t))}  (latest effect ${formatNumber(latestEffect(t))})`,
    );
  }
  for (const note of periodNotes(trend)) lines.push(`  note: ${safe(note)}`);
  const from = Math.max(0, periods.length - TEXT_GRID_PERIODS);
  const shown = periods.slice(from);
  lines.push(
    paint(
      `  Column × period${from > 0 ? ` (latest ${shown.length})` : ''}: ${safe(shown[0].name)} … ${safe(shown[shown.length - 1].name)}  (. no drift, w warning, X drift)`,
      'dim',
    ),
  );
  for (const t of [...patterned, ...trend.columns.filter((c) => c.pattern === 'stable')]) {
    const marks = t.outcomes
      .slice(from)
      .map((o) =>
        o === null
          ? ' '
          : o === 'fail'
            ? paint('X', 'red')
            : o === 'warn'
              ? paint('w', 'yellow')
              : OUTCOME_MARK[o],
      )
      .join('');
    lines.push(`  ${pad(safe(t.name), width)}  ${marks}`);
  }
  return lines;
}
