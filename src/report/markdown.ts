/**
 * The GitHub job summary (GFM + the limited HTML GitHub allows) and the sticky PR comment, as pure
 * functions of a Report. Every data string goes through `escapeMarkdown` (or `escapeMermaidLabel`
 * inside the chart). Output never exceeds the size cap: rows are dropped from the least important end
 * first (skipped columns, then the folded table, ...; drifted columns last) and a note says so.
 * The sections are written in markdown/ (cells, chart, diff, joint, labels); this file assembles
 * them and fits the result under the size cap.
 */

import { escapeMarkdown } from './escape.js';
import { formatCount, plural } from './format.js';
import { acceptedSection } from './markdown/accepted.js';
import {
  COMPARED_HEADER,
  cell,
  columnName,
  comparedRow,
  FINDING_HEADER,
  findingRow,
  folded,
  MAX_MESSAGE,
  SKIPPED_HEADER,
  skippedRow,
} from './markdown/cells.js';
import { chart } from './markdown/chart.js';
import { diffSection } from './markdown/diff.js';
import { jointSection } from './markdown/joint.js';
import { labelsSection } from './markdown/labels.js';
import { periodsSection } from './markdown/periods.js';
import type { Report } from './model.js';
import { columnChange, missingChanged, nextStep, orderColumns, sideText, tableSettings } from './summary.js';
import { changeCauseText, headline, nextStepText, tableSettingsText } from './wording.js';

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
  /** Link to the uploaded reports (the action's workflow artifact): shown under the sides line. */
  reportUrl?: string | null;
}

export interface CommentOptions {
  /** Maximum size in UTF-16 code units, i.e. JavaScript string length (default COMMENT_MAX_CHARS). */
  maxChars?: number;
  title?: string;
  reportUrl?: string | null;
}

/** Only plain http(s) links of our own making are written (the artifact page). */
const SAFE_URL = /^https?:\/\/[^\s()<>"'`\\[\]]+$/;

/** `📊 Full report: [charts of every column (HTML) and the JSON report](url) (workflow artifact)`, or ''. */
export function reportLinkLine(url: string | null | undefined): string {
  if (!url || !SAFE_URL.test(url)) return '';
  return `📊 **Full report:** [charts of every column (HTML) and the JSON report](${url}) (workflow artifact)`;
}

/** Stable columns are folded into a <details> when the table has more rows than this. */
const FOLD_WHEN_MORE_THAN = 3;
/** Quality warnings / skipped columns shown unfolded up to this many. */
const SMALL_LIST = 10;
const MAX_REASONS = 10;

const VERDICT_ICON = { fail: '❌', warn: '⚠️', pass: '✅' } as const;

type GroupName = 'compared' | 'errors' | 'warnings' | 'info' | 'skipped';
type Counts = Record<GroupName, number>;
const GROUPS: readonly GroupName[] = ['compared', 'errors', 'warnings', 'info', 'skipped'];

interface Parts {
  head: string;
  /** The Accepted section (report.accepted), escaped; '' when nothing was accepted. */
  accepted: string;
  /** "Why they drifted": each drifted column's explanation (at most SMALL_LIST), escaped; '' when none. */
  why: string;
  /** The settings said once above the column table (auto mode), escaped; '' when no column ran in auto mode. */
  settingsLine: string;
  /** "What to do next", escaped; '' when nothing is to be done. */
  next: string;
  chart: string;
  /** The training-data diff section, escaped; '' when there is nothing to show. */
  diff: string;
  /** The multivariate check and the image reconstruction, escaped; '' when neither ran. */
  joint: string;
  /** Scheduled monitoring: trends, chart and column x period grid, escaped; '' without periods. */
  periods: string;
  /** Whether the datasets are image folders (the joint section then comes before the property table). */
  images: boolean;
  /** Target and prediction rows, performance and slices, escaped; '' when none apply. */
  labels: string;
  footer: string;
  driftedCount: number;
  /** Rows in the compared table before the fold (drifted and warned columns). */
  unfolded: number;
  totalColumns: number;
  totalFindings: number;
  rows: Record<GroupName, string[]>;
}

function buildParts(report: Report, title: string, reportUrl?: string | null): Parts {
  const ordered = orderColumns(report.columns);
  const labelColumns = ordered.compared.filter((c) => c.role !== 'feature');
  const features = ordered.compared.filter((c) => c.role === 'feature');
  // drifted, then warned, then stable (folded): each group keeps the strength order
  const stable = features.filter((c) => !c.drift && c.outcome !== 'warn');
  const compared = [
    ...features.filter((c) => c.drift),
    ...features.filter((c) => !c.drift && c.outcome === 'warn'),
    ...stable,
  ];
  const { skipped } = ordered;
  const top = headline(report);
  const head: string[] = [];
  head.push(`## ${VERDICT_ICON[top.verdict]} ${cell(title, 100)}: ${escapeMarkdown(top.text)}`, '');
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
  const link = reportLinkLine(reportUrl);
  if (link) head.push(link, '');
  if (report.referenceProfile) head.push(`> ${cell(report.referenceProfile.note, MAX_MESSAGE)}`, '');

  const findings = { error: [] as string[], warning: [] as string[], info: [] as string[] };
  for (const finding of report.quality)
    (findings[finding.severity] ?? findings.info).push(findingRow(finding));

  const driftedCount = compared.filter((c) => c.drift).length;
  const unfolded = compared.length > FOLD_WHEN_MORE_THAN ? compared.length - stable.length : compared.length;
  const footer = `<sub>${cell(report.tool.name)} ${cell(report.tool.version, 50)} · report schema ${cell(report.schemaVersion, 20)} · generated ${cell(report.generatedAt, 40)}</sub>\n`;

  const settings = tableSettings(report, compared);
  const driftedColumns = compared.filter((c) => c.drift);
  const why = driftedColumns.slice(0, SMALL_LIST).map((c) => {
    const cause = changeCauseText(columnChange(c), {
      reference: c.reference.missingShare,
      candidate: c.candidate.missingShare,
      changed: missingChanged(c),
    });
    const statistics = cell(c.explanation.replace(/^Drift: /, ''), MAX_MESSAGE);
    return `- ${columnName(c)}: ${cause ? `${cell(cause, MAX_MESSAGE)}. <sub>${statistics}</sub>` : statistics}`;
  });
  if (driftedColumns.length > SMALL_LIST) {
    why.push(
      `- … and ${plural(driftedColumns.length - SMALL_LIST, 'more drifted column')} (see the JSON report)`,
    );
  }
  return {
    head: head.join('\n'),
    accepted: acceptedSection(report),
    why: why.length > 0 ? `**Why they drifted**\n\n${why.join('\n')}\n\n` : '',
    settingsLine: settings ? cell(tableSettingsText(settings), MAX_MESSAGE * 2) : '',
    next: nextLine(report),
    chart: chart(compared),
    diff: diffSection(report.diff),
    joint: jointSection(report),
    periods: periodsSection(report),
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

/** `**What to do next:** ...` for the outcome, or '' when nothing is to be done. */
function nextLine(report: Report): string {
  const text = nextStepText(nextStep(report));
  return text ? `**What to do next:** ${cell(text, MAX_MESSAGE * 2)}\n\n` : '';
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

function assemble(parts: Parts, counts: Counts, truncated: boolean): string {
  const out: string[] = [parts.head, '\n'];
  const { rows } = parts;
  if (truncated) out.push(truncationNote(parts, counts));
  out.push(parts.next, parts.accepted, parts.periods);

  if (counts.errors > 0) {
    out.push(`### ⛔ Data quality: ${plural(rows.errors.length, 'error')}\n\n`, FINDING_HEADER);
    out.push(...rows.errors.slice(0, counts.errors), '\n');
  }

  out.push(parts.labels);
  if (parts.images) out.push(parts.joint);
  if (rows.compared.length > 0) {
    out.push('### Columns\n\n');
    if (parts.settingsLine) out.push(`<sub>${parts.settingsLine}</sub>\n\n`);
    const shown = counts.compared;
    const main = Math.min(shown, parts.unfolded);
    if (main > 0) out.push(COMPARED_HEADER, ...rows.compared.slice(0, main), '\n', parts.why);
    if (shown > parts.unfolded) {
      const rest = rows.compared.length - parts.unfolded;
      const inFold = shown - parts.unfolded;
      const cut = inFold < rest ? ` (${formatCount(inFold)} shown, the rest truncated)` : '';
      const summary = `${plural(rest, main > 0 ? 'more column' : 'column')} without drift${cut}`;
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
  return render(buildParts(report, options.title ?? 'drift-gate', options.reportUrl), max, utf8Bytes);
}

/** The sticky PR comment: COMMENT_MARKER on the first line, then the summary, below 65,536 characters. */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const max = options.maxChars ?? COMMENT_MAX_CHARS;
  const prefix = `${COMMENT_MARKER}\n`;
  const body = render(
    buildParts(report, options.title ?? 'drift-gate', options.reportUrl),
    max - prefix.length,
    utf16Length,
  );
  return prefix + body;
}
