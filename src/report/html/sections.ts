/**
 * The HTML report's sections beside the columns: accepted drift, data quality, critical rows, model
 * performance, slices, the training-data diff, the multivariate check, the images (with
 * thumbnails) and the settings. Same facts and words as the markdown summary (report/markdown/),
 * escaped for HTML.
 * Why this file is long: nine small sections, each a few tables that mirror one markdown module;
 * split they would share the same helpers (keyText, table, badge) for no gain in reading.
 */

import { SETTINGS } from '../../settings/declarations.js';
import { settingValueText } from '../../settings/defaults-text.js';
import { ACCEPTED_LISTED, acceptedParts } from '../accepted.js';
import {
  formatChange,
  formatCount,
  formatError,
  formatMetric,
  formatNumber,
  formatPercent,
  formatPValue,
  formatRoundPercent,
  formatSetting,
  formatSignedPercent,
  plural,
} from '../format.js';
import { constantPropertiesText, imageLensFinding, imageLensName } from '../image-wording.js';
import type {
  ImageSideSummary,
  MetricComparison,
  PerformanceReport,
  QualityFinding,
  Report,
  RowDiff,
  SliceReport,
} from '../model.js';
import { rankSlices } from '../summary.js';
import { METRIC_LABEL } from '../wording.js';
import { badge, MAX_MESSAGE, severityBadge, table, text } from './dom.js';

/** Rows listed in one table before "and N more". */
const LISTED = 50;

/** A small picture of one image, as a PNG data URI, handed over beside the report (pixels are not in the JSON). */
export interface ImageThumbnail {
  /** The image's name as in the report (relative path). */
  readonly name: string;
  /** `data:image/png;base64,...` */
  readonly dataUri: string;
}

/** Thumbnails for the image section: the worst-reconstructed candidate images and some reference ones. */
export interface ImageThumbnails {
  readonly worst: readonly ImageThumbnail[];
  readonly reference: readonly ImageThumbnail[];
}

function more(total: number, shown: number, what: string): string {
  return total > shown
    ? `<p class="muted">… and ${plural(total - shown, what)} more (see the JSON report).</p>`
    : '';
}

export function acceptedSection(report: Report): string {
  const items = report.accepted ?? [];
  if (items.length === 0) return '';
  const rows = items.slice(0, ACCEPTED_LISTED).map((item) => {
    const parts = acceptedParts(item);
    const covered = parts.covered.map((c) => `<li>${text(c, MAX_MESSAGE)}</li>`).join('');
    return [
      badge(item.status === 'applied' ? 'pass' : item.status === 'unused' ? 'warn' : 'fail', item.status),
      `<strong>${text(parts.what)}</strong> ${text(parts.by)}`,
      `${text(parts.reason, MAX_MESSAGE)}${parts.detail === null ? '' : ` <em>${text(parts.detail, MAX_MESSAGE)}</em>`}${covered ? `<ul>${covered}</ul>` : ''}`,
    ];
  });
  return `${table(['', 'What', 'Why'], rows)}${more(items.length, ACCEPTED_LISTED, 'entry')}`;
}

/** The findings of some severities, as a table. */
export function qualityTable(findings: readonly QualityFinding[]): string {
  if (findings.length === 0) return '';
  const rows = findings
    .slice(0, LISTED)
    .map((f) => [severityBadge(f.severity), text(f.check), text(f.column), text(f.message, MAX_MESSAGE)]);
  return table(['Severity', 'Check', 'Column', 'Message'], rows) + more(findings.length, LISTED, 'finding');
}

export function criticalSection(report: Report): string {
  const critical = report.critical;
  if (!critical) return '';
  const lost = critical.removed + critical.changed;
  const out = [
    `<p>${badge(lost > 0 ? 'fail' : 'pass', lost > 0 ? 'lost' : 'kept')} ${plural(critical.rows, 'critical row')}: <strong>${formatCount(critical.removed)}</strong> removed${critical.keyed ? `, <strong>${formatCount(critical.changed)}</strong> changed` : ' or changed'}.</p>`,
  ];
  if (critical.examples.length > 0) {
    out.push(
      table(
        ['Row', 'Status', 'Changed columns'],
        critical.examples.map((e) => [text(e.row), text(e.status), text(e.columns.join(', '))]),
      ),
    );
  }
  if (critical.unmatched.length > 0)
    out.push(
      `<p>Matched no reference row: ${critical.unmatched
        .slice(0, LISTED)
        .map((e) => text(e))
        .join(', ')}.</p>`,
    );
  return out.join('\n');
}

function allowedText(m: MetricComparison): string {
  return m.higherIsBetter ? `drop ≤ ${formatSetting(m.margin)}` : `rise ≤ ${formatPercent(m.margin)}`;
}

export function performanceSection(performance: PerformanceReport | null | undefined): string {
  if (!performance) return '';
  const how =
    performance.predictionKind === 'scores'
      ? `scores of class ${text(performance.positiveClass ?? '')} (labels at score ≥ 0.5)`
      : performance.predictionKind === 'values'
        ? 'predicted values'
        : 'predicted labels';
  const out = [
    `<p>${text(performance.task ?? 'classification')}: target <strong>${text(performance.target)}</strong> against <strong>${text(performance.prediction)}</strong> (${how}).</p>`,
  ];
  if (performance.comparison.length > 0) {
    out.push(
      table(
        ['Metric', 'Reference', 'Candidate', 'Change', 'Allowed', ''],
        performance.comparison.map((m) => [
          METRIC_LABEL[m.metric] ?? text(m.metric),
          formatMetric(m.reference),
          formatMetric(m.candidate),
          formatChange(m.change),
          allowedText(m),
          m.dropped ? badge('fail', 'dropped') : m.change === null ? '—' : badge('pass', 'ok'),
        ]),
        [1, 2, 3],
      ),
    );
  }
  const refClasses = performance.reference.classification?.classes ?? [];
  const candClasses = performance.candidate.classification?.classes ?? [];
  const names = [...new Set([...refClasses, ...candClasses].map((c) => c.class))].slice(0, LISTED);
  if (names.length > 0) {
    const pair = (a: number | undefined, b: number | undefined) => `${formatMetric(a)} → ${formatMetric(b)}`;
    const support = (n: number | undefined) => (n === undefined ? '—' : formatCount(n));
    const rows = names.map((name) => {
      const r = refClasses.find((c) => c.class === name);
      const c = candClasses.find((x) => x.class === name);
      return [
        text(name),
        pair(r?.precision, c?.precision),
        pair(r?.recall, c?.recall),
        pair(r?.f1, c?.f1),
        `${support(r?.support)} → ${support(c?.support)}`,
      ];
    });
    out.push(
      `<details><summary>Per class: precision, recall, F1, support (reference → candidate)</summary>${table(['Class', 'Precision', 'Recall', 'F1', 'Support'], rows, [1, 2, 3, 4])}</details>`,
    );
  }
  return out.join('\n');
}

function slicePerformance(slice: SliceReport): string {
  const m = slice.performance?.find((x) => x.reference !== null || x.candidate !== null);
  if (!m) return '—';
  return `${METRIC_LABEL[m.metric] ?? text(m.metric)} ${formatMetric(m.reference)} → ${formatMetric(m.candidate)}`;
}

export function slicesSection(slices: readonly SliceReport[] | undefined, minSize: unknown): string {
  if (!slices || slices.length === 0) return '';
  const ranked = rankSlices(slices);
  const small = slices.filter((s) => s.status === 'too-small');
  const flagged = ranked.filter((s) => s.drift || s.performanceDropped).length;
  const out = [
    `<p>${plural(ranked.length, 'slice')} tested, ${formatCount(flagged)} drifted or lost performance; ${formatCount(small.length)} too small.</p>`,
  ];
  if (ranked.length > 0) {
    const rows = ranked
      .slice(0, LISTED)
      .map((s) => [
        `${text(s.column)} = ${text(s.value)}`,
        `${formatCount(s.referenceRows)} → ${formatCount(s.candidateRows)}`,
        `${formatPercent(s.driftShare)} (${formatCount(s.driftedColumns.length)}/${formatCount(s.comparedColumns)})`,
        text(s.driftedColumns.join(', ')),
        slicePerformance(s),
        s.drift || s.performanceDropped
          ? badge('fail', s.performanceDropped ? 'worse' : 'drift')
          : badge('pass', 'ok'),
      ]);
    out.push(
      table(['Slice', 'Rows ref → cand', 'Drift share', 'Drifted features', 'Performance', ''], rows, [1, 2]),
      more(ranked.length, LISTED, 'slice'),
    );
  }
  if (small.length > 0) {
    const size = typeof minSize === 'number' ? ` (fewer than ${formatCount(minSize)} rows on a side)` : '';
    const listed = small
      .slice(0, LISTED)
      .map(
        (s) =>
          `${text(s.column)} = ${text(s.value)} (${formatCount(s.referenceRows)} → ${formatCount(s.candidateRows)})`,
      );
    out.push(`<p>Too small to test${size}: ${listed.join(', ')}${small.length > LISTED ? ', …' : ''}.</p>`);
  }
  return out.join('\n');
}

function keyText(values: readonly string[]): string {
  const joined = values.map((v) => text(v)).join(', ');
  return values.length > 1 ? `(${joined})` : joined;
}

export function diffSection(diff: RowDiff | null | undefined): string {
  if (!diff || (!diff.keyed && diff.added === 0 && diff.removed === 0)) return '';
  const how = diff.keyed
    ? `Rows matched by key ${diff.key.map((k) => `<strong>${text(k)}</strong>`).join(', ')}`
    : 'Whole rows compared (no key set)';
  const changed = diff.keyed ? ` · <strong>${formatCount(diff.changed)}</strong> changed` : '';
  const out = [
    `<p>${how}: <strong>${formatCount(diff.added)}</strong> added · <strong>${formatCount(diff.removed)}</strong> removed${changed} · ${formatCount(diff.unchanged)} unchanged.</p>`,
  ];
  if (diff.changedColumns.length > 0)
    out.push(
      table(
        ['Changed column', 'Rows'],
        diff.changedColumns.slice(0, LISTED).map((c) => [text(c.column), formatCount(c.rows)]),
        [1],
      ),
    );
  if (diff.labelFlips.length > 0)
    out.push(
      table(
        [`Label flip (${text(diff.target)})`, 'Rows'],
        diff.labelFlips.map((f) => [`${text(f.from)} → ${text(f.to)}`, formatCount(f.count)]),
        [1],
      ),
    );
  const changedRows = diff.changedRows ?? [];
  const examples = (['added', 'removed', 'changed'] as const)
    .filter((kind) => diff.examples[kind].length > 0 && !(kind === 'changed' && changedRows.length > 0))
    .map((kind) => `<li>${kind}: ${diff.examples[kind].map(keyText).join(', ')}</li>`);
  if (examples.length > 0) out.push(`<p>Examples (key values):</p><ul>${examples.join('')}</ul>`);
  if (changedRows.length > 0)
    out.push(
      table(
        [`Changed row (${diff.key.map((k) => text(k)).join(', ')})`, 'Column', 'Reference', 'Candidate'],
        changedRows.flatMap((row) => [
          ...row.cells.map((c, i) => [
            i === 0 ? keyText(row.key) : '',
            text(c.column),
            text(c.reference),
            text(c.candidate),
          ]),
          ...(row.moreColumns > 0 ? [['', `… ${formatCount(row.moreColumns)} more`, '', '']] : []),
        ]),
      ),
    );
  if (diff.duplicateRows)
    out.push(
      `<p>Duplicate rows: ${formatCount(diff.duplicateRows.reference)} in the reference, ${formatCount(diff.duplicateRows.candidate)} in the candidate.</p>`,
    );
  if (diff.uncomparedColumns.length > 0)
    out.push(
      `<p>Not compared row by row (values not kept): ${diff.uncomparedColumns.map((n) => text(n)).join(', ')}.</p>`,
    );
  return out.join('\n');
}

export function multivariateSection(report: Report): string {
  const m = report.multivariate;
  if (!m) return '';
  const out = [
    `<p>${badge(m.outcome, m.status === 'skipped' ? 'skipped' : undefined)} ${text(m.explanation, MAX_MESSAGE)}</p>`,
  ];
  if (m.status === 'ok') {
    out.push(
      table(
        ['', 'held-out reference', 'candidate'],
        [
          ['rows', formatCount(m.heldOutRows), formatCount(m.candidateRows)],
          [
            'mean reconstruction error',
            formatError(m.baselineMeanError),
            `${formatError(m.candidateMeanError)}${m.relativeIncreasePercent === null ? '' : ` (${formatSignedPercent(m.relativeIncreasePercent)})`}`,
          ],
          ['band upper end', formatError(m.bandUpper), ''],
        ],
        [1, 2],
      ),
    );
    const shares = m.contributions.filter((c) => c.share > 0).slice(0, 10);
    if (shares.length > 0) {
      out.push(
        `<p>Largest shares of the increase:</p>${table(
          ['Column', 'Share'],
          shares.map((c) => [
            text(c.column),
            `<span class="swatch cand" style="width:${Math.round(c.share * 120)}px"></span>${formatRoundPercent(c.share)}`,
          ]),
          [1],
        )}`,
      );
    }
  }
  if (m.excludedColumns.length > 0)
    out.push(
      `<details><summary>${plural(m.excludedColumns.length, 'column')} left out</summary>${table(
        ['Column', 'Why'],
        m.excludedColumns.map((c) => [text(c.name), text(c.reason, MAX_MESSAGE)]),
      )}</details>`,
    );
  if (m.rows.note) out.push(`<p class="muted">${text(m.rows.note, MAX_MESSAGE)}</p>`);
  return out.join('\n');
}

/** Only PNG data URIs of base64 characters are embedded (the page loads nothing else). */
const PNG_DATA_URI = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

function thumbs(list: readonly ImageThumbnail[], caption: (t: ImageThumbnail) => string): string {
  const figures = list
    .filter((t) => PNG_DATA_URI.test(t.dataUri))
    .map(
      (t) =>
        `<figure><img src="${t.dataUri}" alt="${text(t.name)}"><figcaption>${caption(t)}</figcaption></figure>`,
    );
  return figures.length > 0 ? `<div class="thumbs">${figures.join('')}</div>` : '';
}

export function imagesSection(report: Report, thumbnails: ImageThumbnails | undefined): string {
  const images = report.images;
  if (!images) return '';
  const unreadable = (side: ImageSideSummary) =>
    side.unreadable === 0
      ? '0'
      : `${formatCount(side.unreadable)}: ${side.errors
          .slice(0, 3)
          .map((e) => text(e.name))
          .join(', ')}${side.unreadable > 3 ? ', …' : ''}`;
  const rows = [
    [
      `images read (${formatCount(images.size)}×${formatCount(images.size)} gray)`,
      formatCount(images.reference.images),
      formatCount(images.candidate.images),
    ],
    ['unreadable (skipped)', unreadable(images.reference), unreadable(images.candidate)],
  ];
  if (images.status === 'ok') {
    const r = images.reconstruction;
    rows.push([
      'mean reconstruction error',
      `${formatError(r.baselineMeanError)} (held out)`,
      `${formatError(r.candidateMeanError)}${r.relativeIncreasePercent === null ? '' : ` (${formatSignedPercent(r.relativeIncreasePercent)})`}`,
    ]);
  }
  const out = [
    `<p>${badge(images.outcome, images.status === 'skipped' ? 'skipped' : undefined)} ${text(images.explanation, MAX_MESSAGE)}</p>`,
    table(['', 'reference', 'candidate'], rows, [1, 2]),
  ];
  if (images.constantProperties.length > 0) {
    out.push(`<p class="muted">${text(constantPropertiesText(images.constantProperties), MAX_MESSAGE)}</p>`);
  }
  if (images.status === 'ok' && images.lenses.length > 0) {
    out.push(
      `<h3>Lenses (Holm-corrected across lenses; the check drifts when any fires at alpha ${formatSetting(images.alpha)})</h3>`,
      table(
        ['Lens', 'Tests', 'Adjusted p', 'Fired', 'What it saw'],
        images.lenses.map((lens) => [
          text(imageLensName(lens.id)),
          formatCount(lens.tests),
          formatPValue(lens.adjustedPValue),
          lens.status === 'skipped' ? 'skipped' : lens.fired ? '🔴 yes' : '✅ no',
          text(
            lens.status === 'skipped' ? `skipped: ${lens.reason ?? ''}` : imageLensFinding(lens),
            MAX_MESSAGE,
          ),
        ]),
        [1, 2],
      ),
    );
  }
  if (images.status === 'ok' && images.worst.length > 0) {
    const byName = new Map(images.worst.map((w) => [w.name, w]));
    const worstThumbs = thumbs(thumbnails?.worst ?? [], (t) => {
      const w = byName.get(t.name);
      const ratio = w?.ratioToBaseline;
      return `${text(t.name, 60)}<br>${ratio === null || ratio === undefined ? '' : `×${formatNumber(ratio)} baseline`}`;
    });
    if (worstThumbs) {
      out.push('<h3>Worst-reconstructed candidate images</h3>', worstThumbs);
      const referenceThumbs = thumbs(thumbnails?.reference ?? [], (t) => text(t.name, 60));
      if (referenceThumbs)
        out.push('<h3>Reference images for comparison (evenly spaced sample)</h3>', referenceThumbs);
    } else {
      out.push(
        table(
          ['Worst-reconstructed candidate image', 'Error', '× baseline'],
          images.worst.map((w) => [
            text(w.name),
            formatError(w.error),
            w.ratioToBaseline === null ? '—' : formatNumber(w.ratioToBaseline),
          ]),
          [1, 2],
        ),
      );
    }
  }
  if (images.note) out.push(`<p class="muted">${text(images.note, MAX_MESSAGE)}</p>`);
  return out.join('\n');
}

/** A setting's value as text: strings as given, everything else as JSON. */
/** The kebab-case key users write (`missing-values`) for a Settings field (`missingValues`). */
const KEY_OF_FIELD: ReadonlyMap<string, string> = new Map(
  SETTINGS.map((setting) => [setting.field, setting.key]),
);

/** The effective settings by the keys users write, each value as --help and the README show it. */
export function settingsTable(settings: Report['settings']): string {
  const rows = Object.entries(settings).map(([field, value]) => [
    `<code>${text(KEY_OF_FIELD.get(field) ?? field)}</code>`,
    text(settingValueText(value) ?? '(none)', 400),
  ]);
  return rows.length > 0
    ? `<details><summary>Effective settings</summary>${table(['Setting', 'Value'], rows)}</details>`
    : '';
}
