/**
 * Inline SVG charts of the HTML report, drawn by hand (a few rects and paths; a charting library
 * would need a browser script or a DOM, and the page must read without either). Every label that
 * came from data is escaped and clipped. Pure: a Histogram in, SVG markup out.
 */
import { escapeHtml } from '../escape.js';
import { formatCount, formatShare, formatValue } from '../format.js';
import type { ColumnReport, Histogram } from '../model.js';

/** Chart widths in SVG units: beside the side figures (drifted columns), and in the two-column grid. */
export const WIDE = 640;
export const NARROW = 480;
const NUMERIC_HEIGHT = 190;
const MARGIN = { left: 46, right: 12, top: 10, bottom: 34 };
/** Category labels longer than this are clipped in the chart (the full name is in the tooltip). */
const MAX_LABEL = 22;
const ROW_HEIGHT = 22;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 130;

/** Rounds to 0.1 px: short markup, no visible change. */
function px(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** A numeric or datetime value in a chart or the side figures: `3504`, `1,300,000`, `0.0123`, `2016-01-01`. */
export function edgeLabel(value: number, type: ColumnReport['type']): string {
  if (type === 'datetime' && Number.isFinite(value) && Math.abs(value) < 8.64e15)
    return new Date(value).toISOString().slice(0, 10);
  const text = formatValue(value);
  // whole numbers from 10,000 up read better with separators: 1,300,000
  return /^-?\d{5,15}$/.test(text) ? formatCount(Number(text)) : text;
}

/** Whether the bins are one per integer (edges at v - 0.5, width 1). */
function unitBins(edges: readonly number[]): boolean {
  return (
    edges.length >= 2 &&
    edges.every((e, i) => e - Math.floor(e) === 0.5 && (i === 0 || e - edges[i - 1] === 1))
  );
}

/** Up to `count` evenly spaced indices of 0..last. */
function tickIndices(last: number, count: number): number[] {
  if (last <= count) return Array.from({ length: last + 1 }, (_, i) => i);
  return Array.from(new Set(Array.from({ length: count + 1 }, (_, k) => Math.round((k * last) / count))));
}

/**
 * Reference (filled bars) and candidate (a step outline over a light fill) over the shared bins of
 * a numeric histogram, one y scale for both. Ticks: the bin edges (one per integer for integer bins).
 */
export function numericChart(
  histogram: Histogram,
  type: ColumnReport['type'],
  title: string,
  width = WIDE,
): string {
  const bins = histogram.reference.length;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = NUMERIC_HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(...histogram.reference, ...histogram.candidate, 1e-12);
  const x = (i: number) => MARGIN.left + (i * plotWidth) / bins;
  const y = (share: number) => MARGIN.top + plotHeight - (share / max) * plotHeight;
  const base = MARGIN.top + plotHeight;
  const out: string[] = [];
  out.push(
    `<svg class="chart" viewBox="0 0 ${width} ${NUMERIC_HEIGHT}" role="img" aria-label="${title}"><title>${title}</title>`,
  );
  for (let i = 0; i < bins; i++) {
    const share = histogram.reference[i];
    if (share > 0)
      out.push(
        `<rect class="ref" x="${px(x(i) + 0.5)}" y="${px(y(share))}" width="${px(Math.max(0.5, plotWidth / bins - 1))}" height="${px(base - y(share))}"/>`,
      );
  }
  let step = `M${px(x(0))},${px(base)}`;
  for (let i = 0; i < bins; i++)
    step += ` L${px(x(i))},${px(y(histogram.candidate[i]))} L${px(x(i + 1))},${px(y(histogram.candidate[i]))}`;
  step += ` L${px(x(bins))},${px(base)}`;
  out.push(`<path class="cand-area" d="${step} Z"/>`, `<path class="cand-line" d="${step}"/>`);
  out.push(
    `<line class="axis" x1="${MARGIN.left}" y1="${px(base)}" x2="${width - MARGIN.right}" y2="${px(base)}"/>`,
    `<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${px(base)}"/>`,
    `<text x="${MARGIN.left - 4}" y="${MARGIN.top + 8}" text-anchor="end">${formatShare(max)}</text>`,
    `<text x="${MARGIN.left - 4}" y="${px(base)}" text-anchor="end">0</text>`,
  );
  const edges = histogram.edges;
  if (unitBins(edges)) {
    for (const i of tickIndices(bins - 1, 10)) {
      const center = (x(i) + x(i + 1)) / 2;
      out.push(
        `<text x="${px(center)}" y="${px(base + 14)}" text-anchor="middle">${escapeHtml(edgeLabel(edges[i] + 0.5, type))}</text>`,
      );
    }
  } else {
    for (const i of tickIndices(bins, 5)) {
      const anchor = i === 0 ? 'start' : i === bins ? 'end' : 'middle';
      out.push(
        `<line class="axis" x1="${px(x(i))}" y1="${px(base)}" x2="${px(x(i))}" y2="${px(base + 4)}"/>`,
        `<text x="${px(x(i))}" y="${px(base + 16)}" text-anchor="${anchor}">${escapeHtml(edgeLabel(edges[i], type))}</text>`,
      );
    }
  }
  out.push(
    `<text x="${px(MARGIN.left + plotWidth / 2)}" y="${NUMERIC_HEIGHT - 2}" text-anchor="middle">share of values per bin (end bins include values beyond)</text>`,
    '</svg>',
  );
  return out.join('');
}

/** One row per category: the reference bar above the candidate bar on one scale, the two shares beside them. */
export function categoricalChart(histogram: Histogram, title: string, width = WIDE): string {
  const rows = histogram.labels.length;
  const height = rows * ROW_HEIGHT + 8;
  const labelWidth = width === WIDE ? LABEL_WIDTH : 130;
  const barWidth = width - labelWidth - VALUE_WIDTH;
  const max = Math.max(...histogram.reference, ...histogram.candidate, 1e-12);
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}"><title>${title}</title>`,
  ];
  for (let i = 0; i < rows; i++) {
    const top = 4 + i * ROW_HEIGHT;
    const label = histogram.labels[i];
    const ref = histogram.reference[i];
    const cand = histogram.candidate[i];
    out.push(
      `<g><title>${escapeHtml(label)}: ${formatShare(ref)} → ${formatShare(cand)}</title>`,
      `<text x="${labelWidth - 6}" y="${top + 14}" text-anchor="end">${escapeHtml(label, MAX_LABEL)}</text>`,
      `<rect class="ref" x="${labelWidth}" y="${top + 2}" width="${px(Math.max(ref > 0 ? 1 : 0, (ref / max) * barWidth))}" height="8"/>`,
      `<rect class="cand" x="${labelWidth}" y="${top + 10}" width="${px(Math.max(cand > 0 ? 1 : 0, (cand / max) * barWidth))}" height="8"/>`,
      `<text x="${labelWidth + barWidth + 6}" y="${top + 14}">${formatShare(ref)} → ${formatShare(cand)}</text></g>`,
    );
  }
  out.push(`<line class="axis" x1="${labelWidth}" y1="2" x2="${labelWidth}" y2="${height - 2}"/>`, '</svg>');
  return out.join('');
}

/** The chart of a compared column, or '' when the report has no histogram for it. */
export function columnChart(column: ColumnReport, width = WIDE): string {
  const histogram = column.histogram;
  if (!histogram || histogram.reference.length === 0) return '';
  const title = `${escapeHtml(column.name)}: reference vs candidate`;
  return histogram.kind === 'numeric'
    ? numericChart(histogram, column.type, title, width)
    : categoricalChart(histogram, title, width);
}
