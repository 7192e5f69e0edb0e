/**
 * The periods section of the HTML report (scheduled monitoring): the jump/creep/spike table first,
 * the method and notes, an SVG line chart of the effect size against the reference per period for
 * the top columns with the minimum effect dashed, and the column x period grid. Same facts and
 * words as the job summary's section (report/markdown/periods.ts, report/periods-wording.ts).
 */
import { escapeHtml } from '../escape.js';
import { formatCount, formatNumber } from '../format.js';
import { chartColumns, latestEffect } from '../markdown/periods.js';
import type { ColumnTrendReport, Outcome, Report } from '../model.js';
import {
  PATTERN_LABEL,
  periodNotes,
  periodsHeadline,
  TREND_METHOD_LINE,
  trendChangeText,
} from '../periods-wording.js';
import { badge, MAX_MESSAGE, table, text } from './dom.js';

const WIDTH = 900;
const HEIGHT = 240;
const MARGIN = { left: 46, right: 150, top: 12, bottom: 46 };
/** Line colours of the chart's columns, in legend order (distinct for colour-blind readers). */
const LINE_COLOURS = ['#cf222e', '#0969da', '#bf8700', '#8250df', '#1a7f37'];
const PATTERN_OUTCOME: Record<ColumnTrendReport['pattern'], Outcome> = {
  jump: 'fail',
  creep: 'warn',
  spike: 'warn',
  stable: 'pass',
};
const CELL_WORD: Record<Outcome, string> = { pass: '✓', warn: '!', fail: '✗' };

function px(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Effect size per period, one line per top column, the minimum effect dashed. O(periods x columns). */
function trendChart(names: readonly string[], columns: readonly ColumnTrendReport[]): string {
  const top = chartColumns(columns);
  if (top.length === 0 || names.length < 2) return '';
  const threshold = top.find((t) => t.threshold !== null)?.threshold ?? null;
  const max = Math.max(1e-12, threshold ?? 0, ...top.flatMap((t) => t.effects.map((e) => e ?? 0))) * 1.1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (names.length === 1 ? 0 : (i * plotWidth) / (names.length - 1));
  const y = (v: number) => MARGIN.top + plotHeight - (Math.min(v, max) / max) * plotHeight;
  const base = MARGIN.top + plotHeight;
  const title = 'Effect size against the reference per period';
  const out = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}"><title>${title}</title>`,
    `<line class="axis" x1="${MARGIN.left}" y1="${px(base)}" x2="${px(MARGIN.left + plotWidth)}" y2="${px(base)}"/>`,
    `<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${px(base)}"/>`,
    `<text x="${MARGIN.left - 4}" y="${MARGIN.top + 8}" text-anchor="end">${escapeHtml(formatNumber(max))}</text>`,
    `<text x="${MARGIN.left - 4}" y="${px(base)}" text-anchor="end">0</text>`,
  ];
  if (threshold !== null) {
    out.push(
      `<line x1="${MARGIN.left}" y1="${px(y(threshold))}" x2="${px(MARGIN.left + plotWidth)}" y2="${px(y(threshold))}" stroke="#57606a" stroke-dasharray="5 4"/>`,
    );
  }
  top.forEach((t, k) => {
    const colour = LINE_COLOURS[k % LINE_COLOURS.length];
    const points = t.effects
      .map((e, i) => (e === null ? null : `${px(x(i))},${px(y(e))}`))
      .filter((p): p is string => p !== null);
    out.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`,
      `<line x1="${px(MARGIN.left + plotWidth + 8)}" y1="${px(MARGIN.top + 8 + k * 16)}" x2="${px(MARGIN.left + plotWidth + 22)}" y2="${px(MARGIN.top + 8 + k * 16)}" stroke="${colour}" stroke-width="3"/>`,
      `<text x="${px(MARGIN.left + plotWidth + 26)}" y="${px(MARGIN.top + 12 + k * 16)}" style="fill:${colour}">${text(t.name, 20)}</text>`,
    );
  });
  if (threshold !== null) {
    out.push(
      `<line x1="${px(MARGIN.left + plotWidth + 8)}" y1="${px(MARGIN.top + 8 + top.length * 16)}" x2="${px(MARGIN.left + plotWidth + 22)}" y2="${px(MARGIN.top + 8 + top.length * 16)}" stroke="#57606a" stroke-dasharray="4 3"/>`,
      `<text x="${px(MARGIN.left + plotWidth + 26)}" y="${px(MARGIN.top + 12 + top.length * 16)}">min-effect ${escapeHtml(formatNumber(threshold))}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(names.length / 12));
  for (let i = 0; i < names.length; i += step) {
    out.push(`<text x="${px(x(i))}" y="${px(base + 16)}" text-anchor="middle">${text(names[i], 16)}</text>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** The periods section's body, or '' when the report has no periods. */
export function periodsHtml(report: Report): string {
  const { periods, trend } = report;
  if (!periods || !trend) return '';
  const names = periods.map((p) => p.name);
  const out = [`<p><strong>${text(periodsHeadline(periods), MAX_MESSAGE)}</strong></p>`];
  const patterned = trend.columns.filter((t) => t.pattern !== 'stable');
  if (patterned.length > 0) {
    out.push(
      table(
        ['Column', 'Trend', 'Since', 'Change', 'Latest effect'],
        patterned.map((t) => [
          text(t.name),
          badge(PATTERN_OUTCOME[t.pattern], escapeHtml(PATTERN_LABEL[t.pattern])),
          text(t.since),
          text(trendChangeText(t), MAX_MESSAGE),
          escapeHtml(formatNumber(latestEffect(t))),
        ]),
        [4],
      ),
    );
  } else {
    out.push(`<p>No jump, creep or spike across ${formatCount(periods.length)} periods.</p>`);
  }
  out.push(`<p class="muted">${text(TREND_METHOD_LINE, MAX_MESSAGE)}</p>`);
  for (const note of periodNotes(trend)) out.push(`<p class="hint">${text(note, MAX_MESSAGE)}</p>`);
  out.push(trendChart(names, trend.columns));
  const ordered = [...patterned, ...trend.columns.filter((t) => t.pattern === 'stable')];
  out.push(
    '<h3>Column × period</h3>',
    table(
      ['Column', ...names.map((n) => text(n, 40))],
      ordered.map((t) => [
        text(t.name),
        ...t.outcomes.map((o) => (o === null ? '·' : badge(o, CELL_WORD[o]))),
      ]),
    ),
  );
  return out.join('\n');
}
