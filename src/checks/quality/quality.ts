/**
 * Runs the data-quality checks that read the Tables (registry.ts: families `dataset` and
 * `column`): dataset-level findings first (DATASET_CHECK_ORDER), then per column in report order
 * (COLUMN_CHECK_ORDER). Pure: the two Tables and the ColumnReports the drift engine computed in,
 * findings at their default severities out. Cost: linear in rows per column (on the sorted present
 * values the drift check already has), linear in columns.
 *
 * Each check words its own message in its own file; numbers in messages are written by util.ts
 * (formatShare, formatValue, plural). Every finding has `values` with the numbers behind its
 * message; non-finite numbers never reach a finding (finding.ts). Column names are quoted as
 * given: escaping is the renderer's job.
 */
import type { Table } from '../../data/table.js';
import type { ColumnReport, QualityFinding } from '../../report/model.js';
import { coercedText, columnContext, type Emit } from './context.js';
import { qualityFinding } from './finding.js';
import { COLUMN_CHECK_ORDER, DATASET_CHECK_ORDER, QUALITY_CHECKS, type QualityCheckId } from './registry.js';

export function qualityFindings(
  reference: Table,
  candidate: Table,
  columns: readonly ColumnReport[],
): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const emitter =
    (check: QualityCheckId, column: string | null, found?: Set<string>): Emit =>
    (message, values, severity) => {
      findings.push(qualityFinding(check, column, message, values, severity));
      found?.add(check);
    };
  const dataset = { reference, candidate, columns };
  for (const id of DATASET_CHECK_ORDER) {
    const check = QUALITY_CHECKS[id];
    if (check.family === 'dataset') check.run(dataset, emitter(id, null));
  }
  const refByName = new Map(reference.columns.map((c) => [c.name, c]));
  const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
  const refText = coercedText(reference);
  const candText = coercedText(candidate);
  const candTruncated = (candidate.coercedToMissing?.length ?? 0) < (candidate.coercedToMissingCount ?? 0);
  for (const report of columns) {
    if (report.status === 'missing-in-candidate' || report.status === 'missing-in-reference') continue;
    const ref = refByName.get(report.name);
    const cand = candByName.get(report.name);
    if (!ref || !cand) continue;
    const found = new Set<string>();
    const coerced = {
      reference: refText.get(report.name),
      candidate: candText.get(report.name),
      candTruncated,
    };
    const ctx = columnContext(report, ref, cand, reference.rows, candidate.rows, coerced, found);
    for (const id of COLUMN_CHECK_ORDER[ctx.kind]) {
      const check = QUALITY_CHECKS[id];
      if (check.family === 'column') check.run(ctx, emitter(id, report.name, found));
    }
  }
  return findings;
}
