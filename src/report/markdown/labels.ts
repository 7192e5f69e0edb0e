/** The markdown summary's label sections: target and prediction rows, critical rows, model performance, slices. */
import { formatChange, formatCount, formatMetric, formatPercent, formatSetting, plural } from '../format.js';
import type { ColumnReport, MetricComparison, PerformanceReport, Report, SliceReport } from '../model.js';
import { rankSlices } from '../summary.js';
import { METRIC_LABEL } from '../wording.js';
import { COMPARED_HEADER, cell, columnName, comparedRow, folded, MAX_MESSAGE, nowrap } from './cells.js';

/** Slices listed in the summary (the ones that drifted or lost most performance first). */
const SLICE_LIST = 10;

/** The allowed change of a metric, as the verdict's reason words its margin. */
function allowedText(m: MetricComparison): string {
  return m.higherIsBetter ? `drop ≤ ${formatSetting(m.margin)}` : `rise ≤ ${formatPercent(m.margin)}`;
}

function performanceSection(performance: PerformanceReport | null | undefined): string {
  if (!performance) return '';
  const out: string[] = ['### Model performance\n\n'];
  const how =
    performance.predictionKind === 'scores'
      ? `scores of class ${cell(performance.positiveClass ?? '', 60)} (labels at score ≥ 0.5)`
      : performance.predictionKind === 'values'
        ? 'predicted values'
        : 'predicted labels';
  out.push(
    `${cell(performance.task ?? 'classification', 20)}: target ${cell(performance.target, 60)} against ${cell(performance.prediction, 60)} (${how}).

`,
  );
  if (performance.comparison.length > 0) {
    out.push('| Metric | Reference | Candidate | Change | Allowed | |\n|---|--:|--:|--:|---|:-:|\n');
    for (const m of performance.comparison) {
      const state = m.dropped ? '🔴 dropped' : m.change === null ? '—' : '✅';
      out.push(
        `| ${METRIC_LABEL[m.metric] ?? m.metric} | ${formatMetric(m.reference)} | ${formatMetric(m.candidate)} | ${formatChange(m.change)} | ${nowrap(allowedText(m))} | ${nowrap(state)} |
`,
      );
    }
    out.push('\n');
  }
  const refClasses = performance.reference.classification?.classes ?? [];
  const candClasses = performance.candidate.classification?.classes ?? [];
  const names = [...new Set([...refClasses, ...candClasses].map((c) => c.class))].slice(0, 20);
  if (names.length > 0) {
    const rows = names.map((name) => {
      const r = refClasses.find((c) => c.class === name);
      const c = candClasses.find((x) => x.class === name);
      const pair = (a: number | undefined, b: number | undefined) =>
        `${formatMetric(a)} → ${formatMetric(b)}`;
      const support = (n: number | undefined) => (n === undefined ? '—' : formatCount(n));
      return `| ${cell(name, 60)} | ${pair(r?.precision, c?.precision)} | ${pair(r?.recall, c?.recall)} | ${pair(r?.f1, c?.f1)} | ${support(r?.support)} → ${support(c?.support)} |\n`;
    });
    out.push(
      folded(
        'Per class: precision, recall, F1, support (reference → candidate)',
        `| Class | Precision | Recall | F1 | Support |\n|---|--:|--:|--:|--:|\n${rows.join('')}`,
      ),
    );
  }
  return out.join('');
}

function sliceName(slice: SliceReport): string {
  return `${cell(slice.column, 60)} = ${cell(slice.value, 60)}`;
}

function slicePerformance(slice: SliceReport): string {
  const m = slice.performance?.find((x) => x.reference !== null || x.candidate !== null);
  if (!m) return '—';
  return `${METRIC_LABEL[m.metric] ?? m.metric} ${formatMetric(m.reference)} → ${formatMetric(m.candidate)}${slice.performanceDropped ? ' 🔴' : ''}`;
}

function slicesSection(slices: readonly SliceReport[] | undefined, minSize: unknown): string {
  if (!slices || slices.length === 0) return '';
  const ranked = rankSlices(slices);
  const small = slices.filter((s) => s.status === 'too-small');
  const out: string[] = ['### Slices\n\n'];
  const flagged = ranked.filter((s) => s.drift || s.performanceDropped).length;
  out.push(
    `${plural(ranked.length, 'slice')} tested, ${formatCount(flagged)} drifted or lost performance; ${formatCount(small.length)} too small.\n\n`,
  );
  if (ranked.length > 0) {
    out.push(
      '| Slice | Rows ref → cand | Drift share | Drifted features | Performance | |\n|---|--:|--:|---|---|:-:|\n',
    );
    for (const slice of ranked.slice(0, SLICE_LIST)) {
      const drifted = slice.driftedColumns.slice(0, 5).map((n) => cell(n, 40));
      if (slice.driftedColumns.length > 5) drifted.push(`… ${slice.driftedColumns.length - 5} more`);
      const state = slice.drift || slice.performanceDropped ? '🔴' : '✅';
      out.push(
        `| ${sliceName(slice)} | ${formatCount(slice.referenceRows)} → ${formatCount(slice.candidateRows)} | ${formatPercent(slice.driftShare)} (${formatCount(slice.driftedColumns.length)}/${formatCount(slice.comparedColumns)}) | ${drifted.join(', ') || '—'} | ${slicePerformance(slice)} | ${state} |\n`,
      );
    }
    if (ranked.length > SLICE_LIST)
      out.push(`\n… and ${plural(ranked.length - SLICE_LIST, 'more slice')} (see the JSON report).\n`);
    out.push('\n');
  }
  if (small.length > 0) {
    const size = typeof minSize === 'number' ? ` (< ${formatCount(minSize)} rows on a side)` : '';
    const listed = small
      .slice(0, SLICE_LIST)
      .map((s) => `${sliceName(s)} (${formatCount(s.referenceRows)} → ${formatCount(s.candidateRows)})`);
    if (small.length > SLICE_LIST) listed.push(`… ${small.length - SLICE_LIST} more`);
    out.push(`Too small to test${size}: ${listed.join(', ')}.\n\n`);
  }
  return out.join('');
}

function criticalSection(report: Report): string {
  const critical = report.critical;
  if (!critical) return '';
  const lost = critical.removed + critical.changed;
  const out: string[] = [`### ${lost > 0 ? '🔴' : '✅'} Critical rows\n\n`];
  out.push(
    `${formatCount(critical.rows)} critical ${critical.rows === 1 ? 'row' : 'rows'}: **${formatCount(critical.removed)}** removed${critical.keyed ? ` · **${formatCount(critical.changed)}** changed` : ' or changed'}.\n\n`,
  );
  if (critical.examples.length > 0) {
    out.push('| Row | Status | Changed columns |\n|---|---|---|\n');
    for (const e of critical.examples.slice(0, SLICE_LIST)) {
      const columns = e.columns.slice(0, 5).map((c) => cell(c, 40));
      if (e.columns.length > 5) columns.push(`… ${e.columns.length - 5} more`);
      out.push(`| ${cell(e.row, 80)} | ${e.status} | ${columns.join(', ') || '—'} |\n`);
    }
    out.push('\n');
  }
  if (critical.unmatched.length > 0) {
    const names = critical.unmatched.slice(0, SLICE_LIST).map((e) => cell(e, 60));
    out.push(`Matched no reference row: ${names.join(', ')}.\n\n`);
  }
  return out.join('');
}

/** Target and prediction rows, performance and slices. */
export function labelsSection(report: Report, labelColumns: readonly ColumnReport[]): string {
  const out: string[] = [];
  if (labelColumns.length > 0) {
    out.push('### Target and prediction\n\n', COMPARED_HEADER, ...labelColumns.map(comparedRow), '\n');
    for (const c of labelColumns.filter((x) => x.drift)) {
      out.push(`- ${columnName(c)}: ${cell(c.explanation, MAX_MESSAGE)}\n`);
    }
    if (labelColumns.some((x) => x.drift)) out.push('\n');
  }
  out.push(
    criticalSection(report),
    performanceSection(report.performance),
    slicesSection(report.slices, report.settings.minSliceSize),
  );
  return out.join('');
}
