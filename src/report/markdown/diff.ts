/** The markdown summary's training-data diff section. */
import { formatCount } from '../format.js';
import type { RowDiff } from '../model.js';
import { cell } from './cells.js';

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
export function diffSection(diff: RowDiff | null | undefined): string {
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
  const changedRows = diff.changedRows ?? [];
  const examples = (['added', 'removed', 'changed'] as const)
    .filter((kind) => diff.examples[kind].length > 0 && !(kind === 'changed' && changedRows.length > 0))
    .map((kind) => `- ${kind}: ${diff.examples[kind].slice(0, DIFF_LIST).map(keyText).join(', ')}`);
  if (examples.length > 0) out.push(`Examples (key values):\n\n${examples.join('\n')}\n\n`);
  if (changedRows.length > 0) {
    out.push(
      `| changed row (${diff.key.map((k) => cell(k, 60)).join(', ')}) | reference → candidate |\n|---|---|\n`,
    );
    for (const row of changedRows.slice(0, DIFF_LIST)) {
      const values = row.cells.map(
        (c) => `${cell(c.column, 60)}: ${cell(c.reference, 40)} → ${cell(c.candidate, 40)}`,
      );
      if (row.moreColumns > 0) values.push(`… ${formatCount(row.moreColumns)} more`);
      out.push(`| ${keyText(row.key)} | ${values.join('; ')} |\n`);
    }
    out.push('\n');
  }
  if (diff.uncomparedColumns.length > 0) {
    const names = diff.uncomparedColumns.slice(0, DIFF_LIST).map((n) => cell(n, 60));
    if (diff.uncomparedColumns.length > DIFF_LIST)
      names.push(`… ${diff.uncomparedColumns.length - DIFF_LIST} more`);
    out.push(`Not compared row by row (values not kept): ${names.join(', ')}.\n\n`);
  }
  return out.join('');
}
