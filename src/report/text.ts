/**
 * Why this file is long: the terminal report is one renderer with its own table layout, its
 * width-aware padding and the sections of the other renderers, kept in one place.
 *
 * The CLI's terminal output: headline, reasons, sides, quality findings, a fixed-width column table
 * and the columns that were not compared. Pure function of a Report. ANSI colour only when asked for;
 * every data string goes through `sanitizeTerminal`, so a hostile name cannot emit escape sequences.
 */
import { acceptedTextLines } from './accepted.js';
import { sanitizeTerminal } from './escape.js';
import {
  formatCount,
  formatError,
  formatMetric,
  formatPercent,
  formatPValue,
  formatSetting,
} from './format.js';
import { constantPropertiesText } from './image-wording.js';
import type { QualityFinding, Report, RowDiff, Severity } from './model.js';
import {
  columnChange,
  compactSketch,
  effectText,
  missingChanged,
  missingText,
  nextStep,
  orderColumns,
  rankSlices,
  sideText,
  significanceText,
  skipReason,
  tableSettings,
} from './summary.js';
import { periodsTextLines } from './text-periods.js';
import {
  changeCauseText,
  changeCellText,
  headline,
  METRIC_LABEL,
  nextStepText,
  tableSettingsText,
} from './wording.js';

export interface TextOptions {
  /** Emit ANSI colours (the CLI passes `process.stdout.isTTY`). Default false. */
  color?: boolean;
  /** Target line width for the table (default 100; names are clipped to fit). */
  width?: number;
  /** Product name in the headline (default `drift-gate`). */
  title?: string;
}

const DEFAULT_WIDTH = 100;
const TEXT_SKETCH_BINS = 12;
const MIN_NAME_WIDTH = 16;
/** The before → after cell is clipped to this many terminal columns (the sentence below says it all). */
const CHANGE_WIDTH = 36;

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow';
const ANSI: Record<Style, [string, string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
};

/** Columns of a wide (East Asian wide/fullwidth, emoji) code point. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0x20e3
  );
}

/** Approximate terminal width of a (sanitised) string. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isZeroWidth(code) ? 0 : isWide(code) ? 2 : 1;
  }
  return width;
}

/** Clips to at most `width` terminal columns, ending in `…` when clipped. */
function clipWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

interface Cell {
  text: string;
  style?: Style;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'dim' };

/** The terminal report. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const color = options.color === true;
  const width = Math.max(40, Math.floor(options.width ?? DEFAULT_WIDTH));
  const paint = (text: string, style?: Style): string =>
    color && style ? ANSI[style][0] + text + ANSI[style][1] : text;
  const safe = (text: string | null | undefined): string => (text ? sanitizeTerminal(text) : '—');
  const lines: string[] = [];

  const top = headline(report);
  const badge =
    top.verdict === 'fail'
      ? paint('FAIL', 'red')
      : top.verdict === 'warn'
        ? paint('⚠️ WARN', 'yellow')
        : paint('PASS', 'green');
  lines.push(`${badge} ${paint(`${safe(options.title ?? 'drift-gate')}: ${top.text}`, 'bold')}`);
  for (const reason of report.reasons) lines.push(`  - ${safe(reason)}`);
  for (const hint of report.hints ?? []) lines.push(`  hint: ${safe(hint)}`);
  for (const [label, side] of [
    ['Reference', report.reference],
    ['Candidate', report.candidate],
  ] as const) {
    const { source, details } = sideText(side);
    lines.push(`${label}: ${safe(source)} (${details})`);
  }
  if (report.referenceProfile) {
    lines.push(`  ${safe(report.referenceProfile.note)}`);
    const sketched = report.columns.filter((c) => c.precision && c.precision.kind !== 'exact');
    for (const c of sketched.slice(0, 5)) lines.push(`  ${safe(c.name)}: ${safe(c.precision?.text ?? '')}`);
    if (sketched.length > 5) lines.push(`  … and ${sketched.length - 5} more (see the JSON report)`);
  }

  const next = nextStepText(nextStep(report));
  if (next) lines.push(`Next: ${safe(next)}`);

  lines.push(...periodsTextLines(report, paint, safe));
  const acceptedLines = acceptedTextLines(report, safe);
  if (acceptedLines.length > 0) lines.push('', paint(acceptedLines[0], 'bold'), ...acceptedLines.slice(1));

  const bySeverity = (severity: Severity) => report.quality.filter((f) => f.severity === severity);
  const findingLine = (f: QualityFinding) =>
    `  ${paint(pad(f.severity, 7), SEVERITY_STYLE[f.severity])}  ${safe(f.check)}${f.column ? ` [${safe(f.column)}]` : ''}: ${safe(f.message)}`;
  const errors = bySeverity('error');
  if (errors.length > 0) {
    lines.push('', paint(`Data quality errors (${errors.length}):`, 'bold'));
    for (const f of errors) lines.push(findingLine(f));
  }

  const ordered = orderColumns(report.columns);
  // Target and prediction first, then the features.
  const compared = [
    ...ordered.compared.filter((c) => c.role !== 'feature'),
    ...ordered.compared.filter((c) => c.role === 'feature'),
  ];
  const { skipped } = ordered;
  if (compared.length > 0) {
    lines.push('');
    const settings = tableSettings(report, compared);
    if (settings) lines.push(paint(safe(tableSettingsText(settings)), 'dim'));
    const header = [
      'Column',
      'Type',
      'Drift',
      'Before → after',
      'p (adj.)',
      'Effect',
      'Missing',
      'Sketch ref → cand',
    ];
    const right = new Set([4, 5]);
    const rows: Cell[][] = compared.map((c) => {
      const missing = missingText(c, '→');
      const untested = c.scores.length === 0 && c.reason;
      return [
        {
          text: safe(c.name) + (c.role !== 'feature' ? ` (${c.role})` : ''),
          style: c.drift ? 'bold' : undefined,
        },
        { text: safe(c.type) },
        c.drift
          ? { text: 'DRIFT', style: 'red' }
          : c.outcome === 'warn'
            ? { text: 'warn', style: 'yellow' }
            : { text: 'ok', style: 'green' },
        {
          text: untested
            ? 'not tested (see below)'
            : clipWidth(safe(changeCellText(columnChange(c))), CHANGE_WIDTH),
        },
        { text: significanceText(c) },
        { text: safe(effectText(c)) },
        { text: missing, style: missingChanged(c) ? 'yellow' : undefined },
        { text: compactSketch(c, TEXT_SKETCH_BINS) ?? '—' },
      ];
    });
    const widths = header.map((h, i) =>
      Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i].text))),
    );
    const gap = 2;
    const others = widths.slice(1).reduce((a, b) => a + b + gap, 0);
    widths[0] = Math.max(MIN_NAME_WIDTH, Math.min(widths[0], width - others));
    const format = (cells: Cell[], headerRow: boolean): string =>
      cells
        .map((cellValue, i) => {
          const text = i === 0 ? clipWidth(cellValue.text, widths[0]) : cellValue.text;
          const padded = pad(text, widths[i], right.has(i) ? 'right' : 'left');
          return headerRow ? paint(padded, 'bold') : paint(padded, cellValue.style);
        })
        .join(' '.repeat(gap))
        .trimEnd();
    lines.push(
      format(
        header.map((text) => ({ text })),
        true,
      ),
    );
    for (const row of rows) lines.push(format(row, false));
    const untested = compared.filter((c) => c.scores.length === 0 && c.reason);
    for (const c of untested) lines.push(`  ${safe(c.name)} not tested: ${safe(c.reason)}`);
    const drifted = compared.filter((c) => c.drift);
    if (drifted.length > 0) lines.push('', paint('Why they drifted:', 'bold'));
    for (const c of drifted) {
      const cause = changeCauseText(columnChange(c), {
        reference: c.reference.missingShare,
        candidate: c.candidate.missingShare,
        changed: missingChanged(c),
      });
      const statistics = safe(c.explanation.replace(/^Drift: /, ''));
      lines.push(
        `  ${paint(safe(c.name), 'bold')}: ${cause ? `${safe(cause)}. ${paint(statistics, 'dim')}` : statistics}`,
      );
    }
  }

  if (skipped.length > 0) {
    lines.push('', paint(`Not compared (${skipped.length}):`, 'bold'));
    for (const c of skipped) lines.push(`  ${safe(c.name)} (${safe(c.type)}): ${safe(skipReason(c))}`);
  }

  for (const severity of ['warning', 'info'] as const) {
    const findings = bySeverity(severity);
    if (findings.length === 0) continue;
    lines.push(
      '',
      paint(`Data quality ${severity === 'warning' ? 'warnings' : 'notes'} (${findings.length}):`, 'bold'),
    );
    for (const f of findings) lines.push(findingLine(f));
  }
  const labelLines = labelsText(report, (text) => clipWidth(safe(text), 60));
  if (labelLines.length > 0) lines.push('', paint('Labels, predictions and slices:', 'bold'), ...labelLines);
  const jointLines = jointText(report, safe);
  if (jointLines.length > 0) lines.push('', paint('Whole-dataset checks:', 'bold'), ...jointLines);
  const diffLines = diffText(report.diff, (text) => clipWidth(safe(text), 60));
  if (diffLines.length > 0) lines.push('', paint('Training-data diff:', 'bold'), ...diffLines);
  return `${lines.join('\n')}\n`;
}

/** The multivariate check and the image reconstruction (with the worst images), one line each. */
function jointText(report: Report, safe: (text: string) => string): string[] {
  const lines: string[] = [];
  const mark = (check: { status: string; outcome: string }) =>
    check.status === 'skipped'
      ? 'skipped'
      : check.outcome === 'fail'
        ? 'DRIFT'
        : check.outcome === 'warn'
          ? 'WARN'
          : 'ok';
  if (report.images) {
    const images = report.images;
    lines.push(`  images [${mark(images)}]: ${safe(images.explanation)}`);
    const unreadable = images.reference.unreadable + images.candidate.unreadable;
    if (unreadable > 0) {
      const names = [...images.reference.errors, ...images.candidate.errors]
        .slice(0, 5)
        .map((e) => safe(e.name));
      lines.push(
        `  unreadable images skipped: ${formatCount(unreadable)} (${names.join(', ')}${unreadable > 5 ? ', ...' : ''})`,
      );
    }
    if (images.constantProperties.length > 0)
      lines.push(`  ${safe(constantPropertiesText(images.constantProperties))}`);
    if (images.status === 'ok') {
      const ran = images.lenses.filter((lens) => lens.status === 'ok');
      lines.push(
        `  image lenses (Holm, alpha ${formatSetting(images.alpha)}): ${ran
          .map((lens) => `${lens.id} ${formatPValue(lens.adjustedPValue)}${lens.fired ? ' FIRED' : ''}`)
          .join(', ')}`,
      );
    }
    if (images.status === 'ok' && images.worst.length > 0) {
      lines.push(
        `  worst candidate images: ${images.worst
          .slice(0, 5)
          .map((w) => `${safe(w.name)} (${formatError(w.error)})`)
          .join(', ')}`,
      );
    }
  }
  if (report.multivariate)
    lines.push(`  multivariate [${mark(report.multivariate)}]: ${safe(report.multivariate.explanation)}`);
  return lines;
}

/** Changed columns and examples listed in the diff lines. */
const DIFF_LIST = 5;

/**
 * The training-data diff in a few lines (counts, changed columns, label flips, examples); none when
 * rows were compared whole and nothing was added or removed. `safe` sanitises and clips data strings.
 */
function diffText(diff: RowDiff | null | undefined, safe: (text: string) => string): string[] {
  if (!diff || (!diff.keyed && diff.added === 0 && diff.removed === 0)) return [];
  const lines: string[] = [];
  lines.push(
    diff.keyed
      ? `  by key ${diff.key.map(safe).join(', ')}: ${formatCount(diff.added)} added, ${formatCount(diff.removed)} removed, ${formatCount(diff.changed)} changed, ${formatCount(diff.unchanged)} unchanged`
      : `  whole rows (no key): ${formatCount(diff.added)} added, ${formatCount(diff.removed)} removed, ${formatCount(diff.unchanged)} unchanged`,
  );
  if (diff.changedColumns.length > 0) {
    const listed = diff.changedColumns
      .slice(0, DIFF_LIST)
      .map((c) => `${safe(c.column)} (${formatCount(c.rows)})`);
    if (diff.changedColumns.length > DIFF_LIST)
      listed.push(`… ${diff.changedColumns.length - DIFF_LIST} more`);
    lines.push(`  changed columns: ${listed.join(', ')}`);
  }
  if (diff.labelFlips.length > 0) {
    lines.push(`  label flips (${safe(diff.target ?? '')}):`);
    for (const flip of diff.labelFlips)
      lines.push(`    ${safe(flip.from)} -> ${safe(flip.to)}: ${formatCount(flip.count)}`);
  }
  const changedRows = diff.changedRows ?? [];
  for (const kind of ['added', 'removed', 'changed'] as const) {
    const rows = diff.examples[kind];
    if (rows.length === 0 || (kind === 'changed' && changedRows.length > 0)) continue;
    const shown = rows.slice(0, DIFF_LIST).map((values) => {
      const text = values.map(safe).join(', ');
      return values.length > 1 ? `(${text})` : text;
    });
    lines.push(`  e.g. ${kind}: ${shown.join(', ')}`);
  }
  if (changedRows.length > 0) lines.push('  changed rows (reference -> candidate):');
  for (const row of changedRows.slice(0, DIFF_LIST)) {
    const key = row.key.map(safe).join(', ');
    const values = row.cells.map((c) => `${safe(c.column)} ${safe(c.reference)} -> ${safe(c.candidate)}`);
    if (row.moreColumns > 0) values.push(`… ${formatCount(row.moreColumns)} more`);
    lines.push(`    ${row.key.length > 1 ? `(${key})` : key}: ${values.join('; ')}`);
  }
  if (diff.uncomparedColumns.length > 0) {
    lines.push(
      `  not compared row by row: ${diff.uncomparedColumns.slice(0, DIFF_LIST).map(safe).join(', ')}`,
    );
  }
  return lines;
}

/** Slices listed in the terminal output. */
const SLICE_LIST = 10;

/** Performance (reference -> candidate per metric) and the slices that drifted or lost most first. */
function labelsText(report: Report, safe: (text: string) => string): string[] {
  const lines: string[] = [];
  const performance = report.performance;
  if (performance) {
    lines.push(`  performance of ${safe(performance.prediction)} against ${safe(performance.target)}:`);
    for (const m of performance.comparison) {
      lines.push(
        `    ${METRIC_LABEL[m.metric] ?? m.metric}: ${formatMetric(m.reference)} -> ${formatMetric(m.candidate)}${m.dropped ? ' DROPPED' : ''}`,
      );
    }
  }
  const critical = report.critical;
  if (critical) {
    lines.push(
      `  critical rows: ${formatCount(critical.rows)}, ${formatCount(critical.removed)} removed${critical.keyed ? `, ${formatCount(critical.changed)} changed` : ' or changed'}`,
    );
    for (const e of critical.examples.slice(0, SLICE_LIST)) {
      lines.push(
        `    ${safe(e.row)}: ${e.status}${e.columns.length > 0 ? ` (${e.columns.map(safe).join(', ')})` : ''}`,
      );
    }
    if (critical.unmatched.length > 0) {
      lines.push(
        `    matched no reference row: ${critical.unmatched.slice(0, SLICE_LIST).map(safe).join(', ')}`,
      );
    }
  }
  const slices = report.slices ?? [];
  if (slices.length > 0) {
    const ranked = rankSlices(slices);
    const small = slices.filter((s) => s.status === 'too-small');
    lines.push(`  slices: ${formatCount(ranked.length)} tested, ${formatCount(small.length)} too small`);
    for (const s of ranked.slice(0, SLICE_LIST)) {
      const perf = s.performance?.find((m) => m.reference !== null || m.candidate !== null);
      const perfText = perf
        ? `, ${METRIC_LABEL[perf.metric] ?? perf.metric} ${formatMetric(perf.reference)} -> ${formatMetric(perf.candidate)}`
        : '';
      lines.push(
        `    ${safe(s.column)} = ${safe(s.value)}: ${formatCount(s.referenceRows)} -> ${formatCount(s.candidateRows)} rows, drift share ${formatPercent(s.driftShare)}${s.drift ? ' DRIFT' : ''}${perfText}${s.performanceDropped ? ' DROPPED' : ''}`,
      );
    }
    if (small.length > 0) {
      lines.push(
        `    too small: ${small
          .slice(0, SLICE_LIST)
          .map(
            (s) =>
              `${safe(s.column)} = ${safe(s.value)} (${formatCount(s.referenceRows)} -> ${formatCount(s.candidateRows)})`,
          )
          .join(', ')}${small.length > SLICE_LIST ? ', …' : ''}`,
      );
    }
  }
  return lines;
}
