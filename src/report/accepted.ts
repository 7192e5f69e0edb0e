/**
 * What both renderers say about accepted drift (report.accepted): the headline part and the lines
 * of the "Accepted" section, as plain strings (data strings escaped by the caller's `safe`).
 */
import { acceptedWhatText } from './accept-wording.js';
import { plural } from './format.js';
import type { AcceptedItem, Report } from './model.js';

/** Entries listed in the section before "and N more". */
export const ACCEPTED_LISTED = 20;
/** Covered findings named per entry before "and N more". */
export const COVERED_LISTED = 3;

/** The headline's acceptance part: `passes with accepted drift`, `1 expired acceptance`, or null. */
export function acceptedHeadline(report: Report): string | null {
  const accepted = report.accepted ?? [];
  const expired = accepted.filter((item) => item.status === 'expired').length;
  if (expired > 0) return plural(expired, 'expired acceptance');
  if (report.verdict !== 'fail' && accepted.some((item) => item.status === 'applied'))
    return 'passes with accepted drift';
  return null;
}

/** The section's title: `Accepted: 8 applied, 1 unused`. */
export function acceptedTitle(items: readonly AcceptedItem[]): string {
  const counts = (['applied', 'unused', 'expired'] as const)
    .map((status) => [status, items.filter((item) => item.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  return `Accepted: ${counts.join(', ')}`;
}

/** One entry's parts, unescaped: what, by which means (and until), why, and its status detail. */
export function acceptedParts(item: AcceptedItem): {
  what: string;
  by: string;
  reason: string;
  detail: string | null;
  covered: readonly string[];
  more: number;
} {
  const by = item.by === 'label' ? 'by the pull-request label' : 'by config';
  return {
    what: acceptedWhatText(item),
    by: item.until === null ? by : `${by}, until ${item.until}`,
    reason: item.reason,
    detail: item.status === 'applied' ? null : `${item.status}: ${item.note ?? ''}`,
    covered: item.covered.slice(0, COVERED_LISTED),
    more: Math.max(0, item.covered.length - COVERED_LISTED),
  };
}

/** The terminal's Accepted section (title first), or [] when the report has no accepted items. */
export function acceptedTextLines(report: Report, safe: (text: string) => string): string[] {
  const items = report.accepted ?? [];
  if (items.length === 0) return [];
  const lines = [`${acceptedTitle(items)}:`];
  for (const item of items.slice(0, ACCEPTED_LISTED)) {
    const parts = acceptedParts(item);
    const mark = item.status === 'applied' ? 'accepted' : item.status.toUpperCase();
    lines.push(`  [${mark}] ${safe(parts.what)} ${parts.by}: ${safe(parts.reason)}`);
    if (parts.detail !== null) lines.push(`    ${safe(parts.detail)}`);
    for (const covered of parts.covered) lines.push(`    covers: ${safe(covered)}`);
    if (parts.more > 0) lines.push(`    … and ${plural(parts.more, 'more')}`);
  }
  if (items.length > ACCEPTED_LISTED)
    lines.push(
      `  … and ${plural(items.length - ACCEPTED_LISTED, 'more entry', 'more entries')} (see the JSON report)`,
    );
  return lines;
}
