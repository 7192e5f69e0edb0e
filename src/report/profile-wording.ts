/**
 * Sentences about comparisons against a reference profile (beside wording.ts, as accept-wording.ts
 * is): how exact each column is and the summary's note. Numbers come from format.ts.
 */
import { formatBound, formatCount, plural } from './format.js';

/** One column's precision against a reference profile (engine/profile/compare.ts decides; this words it). */
export function precisionText(
  kind: 'exact' | 'sketch' | 'merged',
  detail: {
    ksBound: number | null;
    wassersteinBound: number | null;
    rankError: number;
    scaledRows: number | null;
    topK?: number;
  },
): string {
  if (kind === 'merged') {
    return `categories beyond the profile's top ${formatCount(detail.topK ?? 0)} merged into one on both sides (approximate)`;
  }
  const scaled =
    detail.scaledRows === null ? '' : `; counts scaled to ${formatCount(detail.scaledRows)} rows`;
  if (kind === 'exact') return `exact (the profile keeps this column's values and counts exactly)${scaled}`;
  const bounds: string[] = [];
  if (detail.ksBound !== null) bounds.push(`KS statistic within ${formatBound(detail.ksBound)}`);
  if (detail.wassersteinBound !== null)
    bounds.push(`normed Wasserstein within ${formatBound(detail.wassersteinBound)}`);
  const statistic = bounds.length > 0 ? bounds.join(', ') : 'statistics from the sketch';
  return `${statistic} (quantile sketch, rank error ${formatBound(detail.rankError)})${scaled}`;
}

/** The summary's sentence when the reference was a profile. */
export function profileNoteText(use: {
  version: string;
  engine: string;
  rows: number;
  pseudoRows: number;
  sketchColumns: readonly string[];
  largestBound: number | null;
  skipped: readonly { check: string }[];
}): string {
  const parts = [
    `Reference is a profile (format ${use.version}, ${use.engine}, ${plural(use.rows, 'row')}): no raw rows.`,
  ];
  if (use.pseudoRows < use.rows) {
    parts.push(
      `Its counts were scaled to ${formatCount(use.pseudoRows)} rows, so p-values are conservative.`,
    );
  }
  if (use.sketchColumns.length === 0) parts.push('Every compared column is exact.');
  else {
    const bound = use.largestBound === null ? '' : ` (KS statistics within ${formatBound(use.largestBound)})`;
    parts.push(
      `${plural(use.sketchColumns.length, 'column')} from the quantile sketch${bound}; the rest exact.`,
    );
  }
  if (use.skipped.length > 0) {
    parts.push(`Skipped, as they need rows: ${use.skipped.map((s) => s.check).join(', ')}.`);
  }
  return parts.join(' ');
}
