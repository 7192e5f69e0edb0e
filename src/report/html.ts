/**
 * The HTML report: one self-contained page rendered from a Report (and, for image folders, thumbnails
 * handed over beside it): inline CSS and SVG charts, no script, no external resource (a
 * Content-Security-Policy forbids any), every data string escaped (escapeHtml). The headline and the
 * sentences are the same as in the job summary and the terminal (report/wording.ts), numbers from
 * report/format.ts. Sections are written in html/; this file orders them. Pure.
 */

import { acceptedTitle } from './accepted.js';
import { escapeHtml } from './escape.js';
import { plural } from './format.js';
import { columnCard, overviewTable, skippedTable } from './html/columns.js';
import { MAX_MESSAGE, section, text } from './html/dom.js';
import { periodsHtml } from './html/periods.js';
import {
  acceptedSection,
  criticalSection,
  diffSection,
  type ImageThumbnails,
  imagesSection,
  multivariateSection,
  performanceSection,
  qualityTable,
  settingsTable,
  slicesSection,
} from './html/sections.js';
import { STYLE } from './html/style.js';
import type { Report } from './model.js';
import { nextStep, orderColumns, sideText, tableSettings } from './summary.js';
import { headline, nextStepText, tableSettingsText } from './wording.js';

export type { ImageThumbnail, ImageThumbnails } from './html/sections.js';

export interface HtmlOptions {
  /** Product name in the title (default `drift-gate`). */
  readonly title?: string;
  /** Pictures of the image section (image folders only): pixels are not in the report. */
  readonly thumbnails?: ImageThumbnails;
}

const VERDICT_WORD = { fail: 'fail', warn: 'passes with warnings', pass: 'pass' } as const;

/** Nothing may be loaded: only inline styles and data: images. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function header(report: Report, title: string): string {
  const top = headline(report);
  const reasons = report.reasons.map((r) => `<li>${text(r, MAX_MESSAGE)}</li>`).join('');
  const hints = (report.hints ?? []).map((h) => `<p class="hint">💡 ${text(h, MAX_MESSAGE)}</p>`).join('');
  const next = nextStepText(nextStep(report));
  const nextLine = next
    ? `<p class="hint"><strong>What to do next:</strong> ${text(next, MAX_MESSAGE)}</p>`
    : '';
  const ref = sideText(report.reference);
  const cand = sideText(report.candidate);
  return `<header class="verdict ${top.verdict}">
<h1><span class="badge big ${top.verdict}">${VERDICT_WORD[top.verdict]}</span> ${text(title)}: ${escapeHtml(top.text)}</h1>
${reasons ? `<ul>${reasons}</ul>` : ''}${hints}${nextLine}
<p class="sides"><strong>Reference</strong> ${text(ref.source)} (${text(ref.details)}) → <strong>Candidate</strong> ${text(cand.source)} (${text(cand.details)})</p>
</header>`;
}

function columnsSection(report: Report, compared: readonly Report['columns'][number][]): string {
  if (compared.length === 0) return '';
  const settings = tableSettings(report, compared);
  const auto = settings ? `<p class="muted">${text(tableSettingsText(settings), MAX_MESSAGE)}</p>` : '';
  const legend =
    '<div class="legend"><span><span class="swatch ref"></span>reference</span><span><span class="swatch cand"></span>candidate</span><span class="muted">shares of each side\'s present values; drifted columns first</span></div>';
  const cards = compared.map((c, i) => columnCard(c, i)).join('\n');
  return `${auto}${overviewTable(compared)}${legend}<div class="cards">\n${cards}\n</div>`;
}

/** The whole page. O(size of the report). */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const title = options.title ?? 'drift-gate';
  const ordered = orderColumns(report.columns);
  const labelColumns = ordered.compared.filter((c) => c.role !== 'feature');
  const features = ordered.compared.filter((c) => c.role === 'feature');
  const errors = report.quality.filter((q) => q.severity === 'error');
  const others = report.quality.filter((q) => q.severity !== 'error');
  // cards are numbered in page order: target and prediction first, then the features
  const labelCards = labelColumns.map((c, i) => columnCard(c, features.length + i)).join('\n');
  const body = [
    header(report, title),
    section('accepted', text(acceptedTitle(report.accepted ?? [])), acceptedSection(report)),
    section('periods', 'Trend over periods', periodsHtml(report)),
    section('quality-errors', `Data quality: ${plural(errors.length, 'error')}`, qualityTable(errors)),
    section('labels', 'Target and prediction', labelCards ? `<div class="cards">${labelCards}</div>` : ''),
    section('critical', 'Critical rows', criticalSection(report)),
    section('performance', 'Model performance', performanceSection(report.performance)),
    section('slices', 'Slices', slicesSection(report.slices, report.settings.minSliceSize)),
    section('images', 'Images', imagesSection(report, options.thumbnails)),
    section('columns', report.images ? 'Image properties' : 'Columns', columnsSection(report, features)),
    section(
      'not-compared',
      `Not compared: ${plural(ordered.skipped.length, 'column')}`,
      skippedTable(ordered.skipped),
    ),
    section('multivariate', 'Multivariate check', multivariateSection(report)),
    section(
      'quality',
      `Data quality: ${plural(others.length, 'warning or note', 'warnings and notes')}`,
      qualityTable(others),
    ),
    section('diff', 'Training-data diff', diffSection(report.diff)),
    section('settings', 'Settings', settingsTable(report.settings)),
  ].join('\n');
  const footer = `<footer>${text(report.tool.name)} ${text(report.tool.version, 50)} · report schema ${text(report.schemaVersion, 20)} · generated ${text(report.generatedAt, 40)}</footer>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}: ${VERDICT_WORD[report.verdict] ?? 'report'}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
${footer}
</main></body>
</html>
`;
}
