/**
 * The GitHub job summary (GFM + the limited HTML GitHub allows) and the sticky PR comment, as pure
 * functions of a Report. Every data string goes through `escapeMarkdown` (or `escapeMermaidLabel`
 * inside the chart). Output never exceeds the size cap: rows are dropped from the least important end
 * first (skipped columns, then the folded table, ...; drifted columns last) and a note says so.
 */

import { clip, escapeMarkdown, escapeMermaidLabel } from './escape.js';
import {
  formatChange,
  formatChartValue,
  formatCount,
  formatError,
  formatMetric,
  formatNumber,
  formatPercent,
  formatSetting,
  formatSignedPercent,
  plural,
} from './format.js';
import type {
  ColumnReport,
  MetricComparison,
  PerformanceReport,
  QualityFinding,
  Report,
  RowDiff,
  Severity,
  SliceReport,
} from './model.js';
import { sketchText } from './sketch.js';
import {
  AUTO_MODE_LINE,
  effectMeasures,
  headlinePhrase,
  headlineState,
  METRIC_LABEL,
  missingChanged,
  missingText,
  orderColumns,
  pValueText,
  rankSlices,
  sideText,
  skipReason,
  testText,
  thresholdText,
} from './summary.js';

/** GitHub caps a step summary at 1 MiB; keep a 64 KiB margin for other steps' output. */
export const DEFAULT_MAX_BYTES = 1024 * 1024 - 64 * 1024;
/** GitHub rejects comment bodies of 65,536 characters or more. */
export const COMMENT_MAX_CHARS = 65_536 - 1;
/** Hidden first line of the sticky PR comment, used to find and update it. */
export const COMMENT_MARKER = '<!-- drift-gate -->';

export interface MarkdownOptions {
  /** Maximum size in UTF-8 bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Product name in the headline (default `drift-gate`). */
  title?: string;
}

export interface CommentOptions {
  /** Maximum size in UTF-16 code units, i.e. JavaScript string length (default COMMENT_MAX_CHARS). */
  maxChars?: number;
  title?: string;
}

/** Compared-table rows shown before the non-drifted rest is folded (drifted rows are never folded). */
const UNFOLDED_ROWS = 10;
/** Fold only when the table is longer than this. */
const FOLD_WHEN_MORE_THAN = 15;
/** Quality warnings / skipped columns shown unfolded up to this many. */
const SMALL_LIST = 10;
/** Columns in the mermaid chart. */
const CHART_COLUMNS = 10;
const MAX_NAME = 200;
const MAX_MESSAGE = 500;
const MAX_REASONS = 10;

const VERDICT_ICON = { fail: '❌', warn: '⚠️', pass: '✅' } as const;
const SEVERITY_ICON: Record<Severity, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️' };

type GroupName = 'compared' | 'errors' | 'warnings' | 'info' | 'skipped';
type Counts = Record<GroupName, number>;
const GROUPS: readonly GroupName[] = ['compared', 'errors', 'warnings', 'info', 'skipped'];

interface Parts {
  head: string;
  /** "Why they drifted": each drifted column's explanation (at most SMALL_LIST), escaped; '' when none. */
  why: string;
  autoLine: boolean;
  /** ` Effect size: ...` naming the measures, escaped; '' when none. */
  effectLine: string;
  chart: string;
  /** The training-data diff section, escaped; '' when there is nothing to show. */
  diff: string;
  /** The multivariate check and the image reconstruction, escaped; '' when neither ran. */
  joint: string;
  /** Whether the datasets are image folders (the joint section then comes before the property table). */
  images: boolean;
  /** Target and prediction rows, performance and slices, escaped; '' when none apply. */
  labels: string;
  footer: string;
  driftedCount: number;
  /** Rows in the compared table before folding. */
  unfolded: number;
  totalColumns: number;
  totalFindings: number;
  rows: Record<GroupName, string[]>;
}

/** Escapes and clips one data string for a cell. */
function cell(value: string | null | undefined, max = MAX_NAME): string {
  if (value === null || value === undefined || value === '') return '—';
  return escapeMarkdown(clip(value, max));
}

function columnName(column: ColumnReport): string {
  const name = cell(column.name);
  const role = column.role !== 'feature' ? `\u00a0*(${column.role})*` : '';
  return (column.drift ? `**${name}**` : name) + role;
}

/** Keeps a cell of our own making on one line (non-breaking spaces). */
function nowrap(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

function comparedRow(column: ColumnReport): string {
  const sketch = sketchText(column.distribution);
  const cells = [
    columnName(column),
    cell(column.type),
    nowrap(cell(testText(column))),
    formatNumber(column.statistic),
    pValueText(column).split(' (raw ').map(nowrap).join(' (raw\u00a0'),
    column.effectSize ? formatNumber(column.effectSize.statistic) : '—',
    nowrap(thresholdText(column)),
    column.drift ? nowrap('🔴 yes') : nowrap('✅ no'),
    nowrap(`${missingText(column)}${missingChanged(column) ? ' ⚠️' : ''}`),
    sketch ? `\`${nowrap(sketch)}\`` : '—',
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function findingRow(finding: QualityFinding): string {
  const cells = [
    `${SEVERITY_ICON[finding.severity] ?? ''} ${finding.severity}`,
    cell(finding.check),
    cell(finding.column),
    cell(finding.message, MAX_MESSAGE),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

function skippedRow(column: ColumnReport): string {
  return `| ${cell(column.name)} | ${cell(column.type)} | ${cell(skipReason(column), MAX_MESSAGE)} |\n`;
}

const COMPARED_HEADER =
  '| Column | Type | Test | Statistic | p-value (adjusted) | Effect | Threshold | Drift | Missing ref → cand | Sketch ref → cand |\n' +
  '|---|---|---|--:|--:|--:|---|:-:|--:|---|\n';
const FINDING_HEADER = '| Severity | Check | Column | Message |\n|---|---|---|---|\n';
const SKIPPED_HEADER = '| Column | Type | Why not compared |\n|---|---|---|\n';

/** The bar chart of effect sizes against thresholds, or '' when it would not help. */
function chart(compared: readonly ColumnReport[]): string {
  const withEffect = compared.filter((c) => c.effectSize && Number.isFinite(c.effectSize.statistic));
  if (withEffect.length < 2) return '';
  const top = withEffect.slice(0, CHART_COLUMNS);
  const labels = top.map((c) => `"${escapeMermaidLabel(c.name)}"`);
  const bars = top.map((c) => formatChartValue(c.effectSize?.statistic ?? 0));
  const lines = top.map((c) => formatChartValue(c.effectSize?.threshold ?? 0));
  const max = Math.max(
    ...top.map((c) => Math.max(c.effectSize?.statistic ?? 0, c.effectSize?.threshold ?? 0)),
  );
  const yMax = max > 0 ? formatChartValue(max * 1.1, 2) : '1';
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Effect size (bars) vs minimum effect (line), top ${formatCount(top.length)}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "effect size" 0 --> ${yMax}`,
    `  bar [${bars.join(', ')}]`,
    `  line [${lines.join(', ')}]`,
    '```',
    '',
  ].join('\n');
}

/** Changed columns and examples listed in the diff section. */
const DIFF_LIST = 5;

/** Key values of one row: `a-001`, or `(north, 2)` for a composite key; escaped. */
function keyText(values: readonly string[]): string {
  const text = values.map((v) => cell(v, 40)).join(', ');
  return values.length > 1 ? `(${text})` : text;
}

/**
 * A short "Training-data diff" section: counts, changed columns, label flips and a few examples.
 * Shown when rows are matched by key, or when whole rows were added or removed.
 */
function diffSection(diff: RowDiff | null | undefined): string {
  if (!diff || (!diff.keyed && diff.added === 0 && diff.removed === 0)) return '';
  const out: string[] = ['### Training-data diff\n\n'];
  const how = diff.keyed
    ? `Rows matched by key ${diff.key.map((k) => `**${cell(k, 60)}**`).join(', ')}`
    : 'Whole rows compared (no key set)';
  const changed = diff.keyed ? ` · **${formatCount(diff.changed)}** changed` : '';
  out.push(
    `${how}: **${formatCount(diff.added)}** added · **${formatCount(diff.removed)}** removed${changed} · ${formatCount(diff.unchanged)} unchanged.\n\n`,
  );
  if (diff.changedColumns.length > 0) {
    const listed = diff.changedColumns
      .slice(0, DIFF_LIST)
      .map((c) => `${cell(c.column, 60)} (${formatCount(c.rows)})`);
    if (diff.changedColumns.length > DIFF_LIST)
      listed.push(`… ${diff.changedColumns.length - DIFF_LIST} more`);
    out.push(`Changed columns: ${listed.join(', ')}.\n\n`);
  }
  if (diff.labelFlips.length > 0) {
    out.push(`| label flip (${cell(diff.target, 60)}) | rows |\n|---|---:|\n`);
    for (const flip of diff.labelFlips) {
      out.push(`| ${cell(flip.from, 40)} → ${cell(flip.to, 40)} | ${formatCount(flip.count)} |\n`);
    }
    out.push('\n');
  }
  const examples = (['added', 'removed', 'changed'] as const)
    .filter((kind) => diff.examples[kind].length > 0)
    .map((kind) => `- ${kind}: ${diff.examples[kind].slice(0, DIFF_LIST).map(keyText).join(', ')}`);
  if (examples.length > 0) out.push(`Examples (key values):\n\n${examples.join('\n')}\n\n`);
  if (diff.uncomparedColumns.length > 0) {
    const names = diff.uncomparedColumns.slice(0, DIFF_LIST).map((n) => cell(n, 60));
    if (diff.uncomparedColumns.length > DIFF_LIST)
      names.push(`… ${diff.uncomparedColumns.length - DIFF_LIST} more`);
    out.push(`Not compared row by row (values not kept): ${names.join(', ')}.\n\n`);
  }
  return out.join('');
}

/** Worst-reconstructed images listed in the summary. */
const WORST_LISTED = 10;

function jointIcon(check: { status: string; drift: boolean }): string {
  return check.status === 'skipped' ? '⏭️' : check.drift ? '🔴' : '✅';
}

/** The multivariate check and, for image folders, the reconstruction error on pixels with the worst images. */
function jointSection(report: Report): string {
  const out: string[] = [];
  const images = report.images;
  if (images) {
    out.push('### Images\n\n', `${jointIcon(images)} ${cell(images.explanation, MAX_MESSAGE)}\n\n`);
    const unreadable = (side: typeof images.reference) =>
      side.unreadable === 0
        ? '0'
        : `${formatCount(side.unreadable)}: ${side.errors
            .slice(0, 3)
            .map((e) => cell(e.name, 60))
            .join(', ')}${side.unreadable > 3 ? ', …' : ''}`;
    out.push(
      `| | reference | candidate |\n|---|--:|--:|\n`,
      `| images read (${formatCount(images.size)}×${formatCount(images.size)} gray) | ${formatCount(images.reference.images)} | ${formatCount(images.candidate.images)} |\n`,
      `| unreadable (skipped) | ${unreadable(images.reference)} | ${unreadable(images.candidate)} |\n`,
    );
    if (images.status === 'ok') {
      const r = images.reconstruction;
      const change =
        r.relativeIncreasePercent === null ? '' : ` (${formatSignedPercent(r.relativeIncreasePercent)})`;
      out.push(
        `| mean reconstruction error | ${formatError(r.baselineMeanError)} (held out) | ${formatError(r.candidateMeanError)}${change} |\n\n`,
      );
      if (images.worst.length > 0) {
        out.push('Worst-reconstructed candidate images:\n\n| image | error | × baseline |\n|---|--:|--:|\n');
        for (const w of images.worst.slice(0, WORST_LISTED)) {
          out.push(
            `| ${cell(w.name, 120)} | ${formatError(w.error)} | ${w.ratioToBaseline === null ? '—' : formatNumber(w.ratioToBaseline)} |\n`,
          );
        }
      }
    }
    out.push('\n');
  }
  const multivariate = report.multivariate;
  if (multivariate) {
    out.push(
      '### Multivariate check\n\n',
      `${jointIcon(multivariate)} ${cell(multivariate.explanation, MAX_MESSAGE)}`,
    );
    if (multivariate.columns.length > 0) {
      out.push(` Columns: ${formatCount(multivariate.columns.length)} used`);
      if (multivariate.excludedColumns.length > 0)
        out.push(`, ${formatCount(multivariate.excludedColumns.length)} left out`);
      out.push('.');
    }
    if (multivariate.rows.note) out.push(` ${cell(multivariate.rows.note, MAX_MESSAGE)}`);
    out.push('\n\n');
  }
  return out.join('');
}

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
function labelsSection(report: Report, labelColumns: readonly ColumnReport[]): string {
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

function buildParts(report: Report, title: string): Parts {
  const ordered = orderColumns(report.columns);
  const labelColumns = ordered.compared.filter((c) => c.role !== 'feature');
  const compared = ordered.compared.filter((c) => c.role === 'feature');
  const { skipped } = ordered;
  const state = headlineState(report);
  const head: string[] = [];
  head.push(`## ${VERDICT_ICON[state]} ${cell(title, 100)}: ${escapeMarkdown(headlinePhrase(report))}`, '');
  const reasons = report.reasons.slice(0, MAX_REASONS);
  if (reasons.length > 0) {
    for (const reason of reasons) head.push(`- ${cell(reason, MAX_MESSAGE)}`);
    if (report.reasons.length > reasons.length) {
      head.push(
        `- … and ${plural(report.reasons.length - reasons.length, 'more reason')} (see the JSON report)`,
      );
    }
    head.push('');
  }
  for (const hint of (report.hints ?? []).slice(0, MAX_REASONS))
    head.push(`> 💡 ${cell(hint, MAX_MESSAGE)}`, '');
  const ref = sideText(report.reference);
  const cand = sideText(report.candidate);
  head.push(
    `**Reference** ${cell(ref.source)} (${escapeMarkdown(ref.details)}) → **Candidate** ${cell(cand.source)} (${escapeMarkdown(cand.details)})`,
    '',
  );

  const findings = { error: [] as string[], warning: [] as string[], info: [] as string[] };
  for (const finding of report.quality)
    (findings[finding.severity] ?? findings.info).push(findingRow(finding));

  const driftedCount = compared.filter((c) => c.drift).length;
  const unfolded =
    compared.length > FOLD_WHEN_MORE_THAN ? Math.max(driftedCount, UNFOLDED_ROWS) : compared.length;
  const footer = `<sub>${cell(report.tool.name)} ${cell(report.tool.version, 50)} · report schema ${cell(report.schemaVersion, 20)} · generated ${cell(report.generatedAt, 40)}</sub>\n`;

  const effectText = effectMeasures(compared);
  const driftedColumns = compared.filter((c) => c.drift);
  const why = driftedColumns
    .slice(0, SMALL_LIST)
    .map((c) => `- ${columnName(c)}: ${cell(c.explanation, MAX_MESSAGE)}`);
  if (driftedColumns.length > SMALL_LIST) {
    why.push(
      `- … and ${plural(driftedColumns.length - SMALL_LIST, 'more drifted column')} (see the JSON report)`,
    );
  }
  return {
    head: head.join('\n'),
    why: why.length > 0 ? `**Why they drifted**\n\n${why.join('\n')}\n\n` : '',
    autoLine: compared.some((c) => c.method === 'auto'),
    effectLine: effectText ? ` Effect size: ${cell(effectText, MAX_MESSAGE)}.` : '',
    chart: chart(compared),
    diff: diffSection(report.diff),
    joint: jointSection(report),
    images: report.images !== undefined,
    labels: labelsSection(report, labelColumns),
    footer,
    driftedCount,
    unfolded,
    totalColumns: report.columns.length,
    totalFindings: report.quality.length,
    rows: {
      compared: compared.map(comparedRow),
      errors: findings.error,
      warnings: findings.warning,
      info: findings.info,
      skipped: skipped.map(skippedRow),
    },
  };
}

function fullCounts(parts: Parts): Counts {
  return {
    compared: parts.rows.compared.length,
    errors: parts.rows.errors.length,
    warnings: parts.rows.warnings.length,
    info: parts.rows.info.length,
    skipped: parts.rows.skipped.length,
  };
}

function truncationNote(parts: Parts, counts: Counts): string {
  const shownColumns = counts.compared + counts.skipped;
  const shownFindings = counts.errors + counts.warnings + counts.info;
  let note = `> ⚠️ **Summary truncated:** ${formatCount(shownColumns)} of ${plural(parts.totalColumns, 'column')} shown`;
  if (shownFindings < parts.totalFindings) {
    note += `, ${formatCount(shownFindings)} of ${plural(parts.totalFindings, 'quality finding')}`;
  }
  return `${note}; the full report is in the JSON file.\n\n`;
}

function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}

function assemble(parts: Parts, counts: Counts, truncated: boolean): string {
  const out: string[] = [parts.head, '\n'];
  const { rows } = parts;
  if (truncated) out.push(truncationNote(parts, counts));

  if (counts.errors > 0) {
    out.push(`### ⛔ Data quality: ${plural(rows.errors.length, 'error')}\n\n`, FINDING_HEADER);
    out.push(...rows.errors.slice(0, counts.errors), '\n');
  }

  out.push(parts.labels);
  if (parts.images) out.push(parts.joint);
  if (rows.compared.length > 0) {
    out.push('### Columns\n\n');
    if (parts.autoLine) out.push(`${AUTO_MODE_LINE}${parts.effectLine}\n\n`);
    const shown = counts.compared;
    const main = Math.min(shown, parts.unfolded);
    if (main > 0) out.push(COMPARED_HEADER, ...rows.compared.slice(0, main), '\n', parts.why);
    if (shown > parts.unfolded) {
      const rest = rows.compared.length - parts.unfolded;
      const inFold = shown - parts.unfolded;
      const cut = inFold < rest ? ` (${formatCount(inFold)} shown, the rest truncated)` : '';
      const summary = `${plural(rest, 'more column')} without drift${cut}`;
      out.push(folded(summary, COMPARED_HEADER + rows.compared.slice(parts.unfolded, shown).join('')));
    }
  }
  if (parts.chart) out.push(parts.chart, '\n');
  if (!parts.images) out.push(parts.joint);

  if (counts.skipped > 0) {
    const body = SKIPPED_HEADER + rows.skipped.slice(0, counts.skipped).join('');
    const headline = `Not compared: ${plural(rows.skipped.length, 'column')}`;
    if (rows.skipped.length > SMALL_LIST) out.push(folded(headline, body));
    else out.push(`### ${headline}\n\n`, body, '\n');
  }

  if (counts.warnings > 0) {
    const body = FINDING_HEADER + rows.warnings.slice(0, counts.warnings).join('');
    const headline = `⚠️ Data quality: ${plural(rows.warnings.length, 'warning')}`;
    if (rows.warnings.length > SMALL_LIST) out.push(folded(headline, body));
    else out.push(`### ${headline}\n\n`, body, '\n');
  }
  if (counts.info > 0) {
    const body = FINDING_HEADER + rows.info.slice(0, counts.info).join('');
    out.push(folded(`ℹ️ ${plural(rows.info.length, 'quality note')}`, body));
  }
  out.push(parts.diff, parts.footer);
  return out.join('');
}

type Measure = (text: string) => number;
const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');
const utf16Length: Measure = (text) => text.length;

/** Keep order: drifted rows, quality errors, warnings, the rest of the compared table, notes, skipped. */
function phases(parts: Parts): Array<{ group: GroupName; upTo: number }> {
  const all = fullCounts(parts);
  return [
    { group: 'compared', upTo: parts.driftedCount },
    { group: 'errors', upTo: all.errors },
    { group: 'warnings', upTo: all.warnings },
    { group: 'compared', upTo: all.compared },
    { group: 'info', upTo: all.info },
    { group: 'skipped', upTo: all.skipped },
  ];
}

/** Removes the least important shown row; false when nothing is left to remove. */
function dropOne(parts: Parts, counts: Counts): boolean {
  const list = phases(parts);
  for (let i = list.length - 1; i >= 0; i--) {
    const { group } = list[i];
    let from = 0;
    for (let j = 0; j < i; j++) if (list[j].group === group) from = list[j].upTo;
    if (counts[group] > from) {
      counts[group]--;
      return true;
    }
  }
  return false;
}

/** Cuts whole lines off the end until `text + tail` fits (last resort; the head alone is too big). */
function hardCut(text: string, tail: string, max: number, measure: Measure): string {
  const budget = max - measure(tail);
  if (budget <= 0) return clipToMeasure(tail, max, measure);
  let used = 0;
  let end = 0;
  const lines = text.split('\n');
  for (const line of lines) {
    const size = measure(line) + 1;
    if (used + size > budget) break;
    used += size;
    end += line.length + 1;
  }
  return text.slice(0, end) + tail;
}

function clipToMeasure(text: string, max: number, measure: Measure): string {
  let out = '';
  for (const ch of text) {
    if (measure(out + ch) > max) break;
    out += ch;
  }
  return out;
}

function render(parts: Parts, max: number, measure: Measure): string {
  const all = fullCounts(parts);
  const sizes = {} as Record<GroupName, number[]>;
  let rowsTotal = 0;
  for (const group of GROUPS) {
    sizes[group] = parts.rows[group].map(measure);
    for (const size of sizes[group]) rowsTotal += size;
  }

  // The sections' overhead is measured on a rendering with every section present (one row each, or
  // the unfolded part plus one folded row), minus the rows in it; it does not depend on row counts.
  const one: Counts = { compared: 0, errors: 0, warnings: 0, info: 0, skipped: 0 };
  for (const group of GROUPS) one[group] = Math.min(1, all[group]);
  if (all.compared > parts.unfolded) one.compared = parts.unfolded + 1;
  let oneRows = 0;
  for (const group of GROUPS) for (let i = 0; i < one[group]; i++) oneRows += sizes[group][i];
  const sections = measure(assemble(parts, one, false)) - oneRows;

  if (sections + rowsTotal <= max) {
    const full = assemble(parts, all, false);
    if (measure(full) <= max) return full;
  }

  // Slack covers a longer note (more digits, the findings clause) than the one measured here.
  const overhead = measure(assemble(parts, one, true)) - oneRows + 256;
  let budget = max - overhead;
  const counts: Counts = { compared: 0, errors: 0, warnings: 0, info: 0, skipped: 0 };
  fill: for (const { group, upTo } of phases(parts)) {
    while (counts[group] < upTo) {
      const size = sizes[group][counts[group]];
      if (size > budget) break fill;
      budget -= size;
      counts[group]++;
    }
  }

  let out = assemble(parts, counts, true);
  while (measure(out) > max && dropOne(parts, counts)) out = assemble(parts, counts, true);
  if (measure(out) <= max) return out;
  const zero: Counts = { compared: 0, errors: 0, warnings: 0, info: 0, skipped: 0 };
  return hardCut(assemble(parts, zero, false), `\n${truncationNote(parts, zero)}`, max, measure);
}

/** The job summary for `$GITHUB_STEP_SUMMARY`: at most `maxBytes` UTF-8 bytes. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return render(buildParts(report, options.title ?? 'drift-gate'), max, utf8Bytes);
}

/** The sticky PR comment: COMMENT_MARKER on the first line, then the summary, below 65,536 characters. */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const max = options.maxChars ?? COMMENT_MAX_CHARS;
  const prefix = `${COMMENT_MARKER}\n`;
  const body = render(buildParts(report, options.title ?? 'drift-gate'), max - prefix.length, utf16Length);
  return prefix + body;
}
