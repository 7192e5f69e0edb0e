/**
 * The HTML report's column part: an overview table of the compared columns (drifted first, linked
 * to their cards), one card per compared column (its chart, the reference and candidate figures
 * beside it, the tests under it) and the columns that were not compared.
 */
import { formatCount, formatNumber, formatShare, formatValue } from '../format.js';
import type { ColumnReport } from '../model.js';
import { missingText, pValueText, skipReason, testText, thresholdText } from '../summary.js';
import { columnChart, edgeLabel, NARROW, WIDE } from './charts.js';
import { badge, MAX_MESSAGE, table, text } from './dom.js';

/** The anchor of the card of the i-th compared column (no data in ids). */
export function cardId(index: number): string {
  return `column-${index + 1}`;
}

function roleTag(column: ColumnReport): string {
  return column.role === 'feature' ? '' : ` <span class="muted">(${text(column.role)})</span>`;
}

/** The overview: one row per compared column, in the order of the cards. */
export function overviewTable(columns: readonly ColumnReport[]): string {
  const rows = columns.map((column, i) => [
    `<a href="#${cardId(i)}">${text(column.name)}</a>${roleTag(column)}`,
    text(column.type),
    text(testText(column)),
    formatNumber(column.statistic),
    text(pValueText(column)),
    column.effectSize ? formatNumber(column.effectSize.statistic) : '—',
    text(thresholdText(column)),
    badge(column.outcome),
    text(missingText(column)),
  ]);
  return table(
    [
      'Column',
      'Type',
      'Test',
      'Statistic',
      'p-value (adjusted)',
      'Effect',
      'Threshold',
      'Drift',
      'Missing ref → cand',
    ],
    rows,
    [3, 4, 5, 8],
  );
}

/** The figures of each side: present values, missing share, and the value statistics when the report has them. */
function sideFigures(column: ColumnReport): string {
  const rows: string[][] = [
    ['values', formatCount(column.reference.present), formatCount(column.candidate.present)],
    ['missing', formatShare(column.reference.missingShare), formatShare(column.candidate.missingShare)],
  ];
  rows.push(...valueRows(column));
  return table(['', 'reference', 'candidate'], rows, [1, 2]);
}

/** Rows of value statistics in real units (the report's `values`: mean, median, p5, p95, min, max), when present. */
function valueRows(column: ColumnReport): string[][] {
  const values = column.values;
  if (!values) return [];
  const keys = ['median', 'mean', 'p5', 'p95', 'min', 'max'] as const;
  const side = (which: 'reference' | 'candidate', key: (typeof keys)[number]) => {
    const stats = values[which];
    return stats ? text(edgeLabel(stats[key], column.type)) : '—';
  };
  return keys.map((key) => [key, side('reference', key), side('candidate', key)]);
}

/** The scores under the chart: `ks 0.58 · adjusted p 1e-9 (< 0.05) · wasserstein-normed 1.79 (≥ 0.1)`. */
function testsLine(column: ColumnReport): string {
  const parts = column.scores.map((score) => {
    const value =
      score.kind === 'p-value'
        ? `${formatNumber(score.statistic)}, adjusted p ${formatNumber(score.adjustedPValue)} (drift below ${formatValue(score.threshold)})`
        : `${formatNumber(score.statistic)} (drift at or above ${formatValue(score.threshold)})`;
    return `${text(score.test)} ${value}`;
  });
  if (column.missingShare)
    parts.push(`missing share z-test adjusted p ${formatNumber(column.missingShare.adjustedPValue)}`);
  return parts.length > 0 ? `<div class="tests">${parts.join(' · ')}</div>` : '';
}

/** One compared column's card: name and outcome, the explanation, the chart beside the side figures, the tests. */
export function columnCard(column: ColumnReport, index: number): string {
  const chart = columnChart(column, column.outcome === 'pass' ? NARROW : WIDE);
  return `<article class="card ${column.outcome}" id="${cardId(index)}">
<header><h3>${text(column.name)}${roleTag(column)}</h3><span class="muted">${text(column.type)}</span>${badge(column.outcome)}</header>
<p class="explanation">${text(column.explanation, MAX_MESSAGE)}</p>
<div class="body"><div class="chart">${chart || '<p class="muted">No values to draw.</p>'}</div><div class="stats">${sideFigures(column)}</div></div>
${testsLine(column)}
</article>`;
}

/** The columns that were not compared, with the reason. */
export function skippedTable(columns: readonly ColumnReport[]): string {
  if (columns.length === 0) return '';
  return table(
    ['Column', 'Type', 'Why not compared'],
    columns.map((c) => [text(c.name), text(c.type), text(skipReason(c), MAX_MESSAGE)]),
  );
}
