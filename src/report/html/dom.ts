/**
 * Small building blocks of the HTML report: escaped text, tables, sections, outcome badges. Every
 * data string goes through `text` (escapeHtml) here or in the caller; markup is ours only.
 */
import { escapeHtml } from '../escape.js';
import type { Outcome, Severity } from '../model.js';

/** Longest data string in a name (column, category, file). */
export const MAX_NAME = 200;
/** Longest data string in a message or explanation. */
export const MAX_MESSAGE = 1000;

/** Escapes (and clips) a data string for HTML; `—` for empty. */
export function text(value: string | null | undefined, max = MAX_NAME): string {
  if (value === null || value === undefined || value === '') return '—';
  return escapeHtml(value, max);
}

/** A table: `head` cells are markup already; `rows` are arrays of markup cells; `numeric` marks right-aligned columns. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const align = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const th = head.map((cell, i) => `<th${align(i)}>${cell}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${align(i)}>${cell}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A section with a heading; '' when the body is empty. */
export function section(id: string, title: string, body: string): string {
  if (body === '') return '';
  return `<section id="${id}"><h2>${title}</h2>\n${body}\n</section>\n`;
}

const OUTCOME_WORD: Record<Outcome, string> = { fail: 'drift', warn: 'slight', pass: 'no drift' };

/** A coloured badge for a column's or a check's outcome (`drift`, `slight`, `no drift`), or a custom word. */
export function badge(outcome: Outcome, word = OUTCOME_WORD[outcome]): string {
  return `<span class="badge ${outcome}">${word}</span>`;
}

const SEVERITY_OUTCOME: Record<Severity, Outcome | 'info'> = { error: 'fail', warning: 'warn', info: 'info' };

/** A badge for a quality finding's severity. */
export function severityBadge(severity: Severity): string {
  return `<span class="badge ${SEVERITY_OUTCOME[severity] ?? 'info'}">${severity}</span>`;
}
