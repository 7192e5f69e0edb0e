/**
 * The markdown summary's table cells and rows: every data string escaped (escapeMarkdown) and
 * clipped; numbers through report/format.ts (via summary.ts).
 */
import { clip, escapeMarkdown } from '../escape.js';
import type { ColumnReport, QualityFinding, Severity } from '../model.js';
import {
  columnChange,
  compactSketch,
  effectText,
  missingChanged,
  missingText,
  significanceText,
  skipReason,
} from '../summary.js';
import { changeCellText } from '../wording.js';

/** Longest data string in a name cell. */
export const MAX_NAME = 200;
/** Longest data string in a message cell or line. */
export const MAX_MESSAGE = 500;

const SEVERITY_ICON: Record<Severity, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️' };

/** Escapes and clips one data string for a cell. */
export function cell(value: string | null | undefined, max = MAX_NAME): string {
  if (value === null || value === undefined || value === '') return '—';
  return escapeMarkdown(clip(value, max));
}

export function columnName(column: ColumnReport): string {
  const name = cell(column.name);
  const role = column.role !== 'feature' ? `\u00a0*(${column.role})*` : '';
  return (column.drift ? `**${name}**` : name) + role;
}

/** Keeps a cell of our own making on one line (non-breaking spaces). */
export function nowrap(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** A column's drift mark: `🔴 yes`, `⚠️ slight`, `✅ no`. */
function driftCell(column: ColumnReport): string {
  if (column.drift) return nowrap('🔴 yes');
  return column.outcome === 'warn' ? nowrap('⚠️ slight') : nowrap('✅ no');
}

/**
 * One row of the column table: name, type, drift, before → after in real units (or why the values
 * were not tested), adjusted p, effect, missing share and the sketch. Settings (alpha, min-effect,
 * the tests) are said once above the table, not per row.
 */
export function comparedRow(column: ColumnReport): string {
  const sketch = compactSketch(column);
  const untested = column.scores.length === 0 && column.reason;
  const change = untested
    ? `not tested: ${cell(column.reason, MAX_MESSAGE)}`
    : cell(changeCellText(columnChange(column)), MAX_MESSAGE);
  const cells = [
    columnName(column),
    cell(column.type),
    driftCell(column),
    change,
    nowrap(significanceText(column)),
    nowrap(effectText(column)),
    nowrap(`${missingText(column)}${missingChanged(column) ? ' ⚠️' : ''}`),
    sketch ? `\`${nowrap(sketch)}\`` : '—',
  ];
  return `| ${cells.join(' | ')} |\n`;
}

export function findingRow(finding: QualityFinding): string {
  const cells = [
    `${SEVERITY_ICON[finding.severity] ?? ''} ${finding.severity}`,
    cell(finding.check),
    cell(finding.column),
    cell(finding.message, MAX_MESSAGE),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

export function skippedRow(column: ColumnReport): string {
  return `| ${cell(column.name)} | ${cell(column.type)} | ${cell(skipReason(column), MAX_MESSAGE)} |\n`;
}

export const COMPARED_HEADER =
  '| Column | Type | Drift | Before → after (ref → cand) | p (adj.) | Effect | Missing | Sketch ref → cand |\n' +
  '|---|---|:-:|---|--:|--:|--:|---|\n';
export const FINDING_HEADER = '| Severity | Check | Column | Message |\n|---|---|---|---|\n';
export const SKIPPED_HEADER = '| Column | Type | Why not compared |\n|---|---|---|\n';

export function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}
