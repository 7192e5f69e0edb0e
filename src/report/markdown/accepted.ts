/** The markdown summary's "Accepted" section: what was accepted, by which means and why (report.accepted). */
import { ACCEPTED_LISTED, acceptedParts, acceptedTitle } from '../accepted.js';
import { plural } from '../format.js';
import type { AcceptedItem, Report } from '../model.js';
import { cell, MAX_MESSAGE } from './cells.js';

const STATUS_ICON: Record<AcceptedItem['status'], string> = { applied: '✅', unused: '⚠️', expired: '⛔' };

/** The section, escaped; '' when the report has no accepted items. */
export function acceptedSection(report: Report): string {
  const items = report.accepted ?? [];
  if (items.length === 0) return '';
  const out = [`### ${acceptedTitle(items)}\n\n`];
  for (const item of items.slice(0, ACCEPTED_LISTED)) {
    const parts = acceptedParts(item);
    let line = `- ${STATUS_ICON[item.status]} **${cell(parts.what)}** ${parts.by}: ${cell(parts.reason, MAX_MESSAGE)}`;
    if (parts.detail !== null) line += ` — *${cell(parts.detail, MAX_MESSAGE)}*`;
    out.push(`${line}\n`);
    for (const covered of parts.covered) out.push(`  - ${cell(covered, MAX_MESSAGE)}\n`);
    if (parts.more > 0) out.push(`  - … and ${plural(parts.more, 'more')}\n`);
  }
  if (items.length > ACCEPTED_LISTED)
    out.push(
      `- … and ${plural(items.length - ACCEPTED_LISTED, 'more entry', 'more entries')} (see the JSON report)\n`,
    );
  out.push('\n');
  return out.join('');
}
