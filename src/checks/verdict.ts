/**
 * The dataset summary and the one function that decides pass or fail (DESIGN.md practice 9).
 * Decisions only: the reasons come back as data for src/report/wording.ts.
 */
import type { VerdictReason } from '../report/decisions.js';
import type {
  ColumnReport,
  CriticalReport,
  DatasetSummary,
  PerformanceReport,
  QualityFinding,
  Verdict,
} from '../report/model.js';
import type { FailOn } from '../settings/settings.js';

/**
 * Share of compared feature columns that drifted; the dataset drifts when it reaches `threshold`.
 * Target and prediction columns are left out: they have their own rows and their own verdict rule.
 */
export function summarizeDataset(columns: readonly ColumnReport[], threshold: number): DatasetSummary {
  const compared = columns.filter((c) => c.status === 'compared' && c.role === 'feature');
  const drifted = compared.filter((c) => c.drift).map((c) => c.name);
  const driftShare = compared.length === 0 ? 0 : drifted.length / compared.length;
  return {
    drift: compared.length > 0 && driftShare >= threshold,
    driftShare,
    driftedColumns: drifted,
    comparedColumns: compared.length,
    threshold,
  };
}

/** What the labels add to the verdict: the target column, whether its drift fails, and performance. */
export interface LabelVerdictInput {
  /** The target's column report, when a target is set and compared. */
  target?: ColumnReport | null;
  /** Whether a drifting target fails the run (setting fail-on-target-drift). */
  failOnTargetDrift?: boolean;
  performance?: PerformanceReport | null;
  /** Critical rows: any removed or changed fails the run (unless fail-on is `never`). */
  critical?: CriticalReport | null;
  /** Whole-table checks (multivariate reconstruction, images): drift fails the run unless fail-on is `never`. */
  joint?: readonly { check: 'multivariate' | 'images'; drift: boolean; explanation: string }[];
}

/**
 * Pass or fail, with the reasons as data (report/wording.ts words them). `dataset-drift` fails when
 * the drifted share reaches drift-share, `column-drift` when any column drifts; both also fail on
 * data-quality errors (the data is broken), a gating target drift, a performance drop, lost critical
 * rows and whole-table drift; `never` always passes (the reasons still say what was found).
 */
export function decideVerdict(
  dataset: DatasetSummary,
  quality: readonly QualityFinding[],
  failOn: FailOn,
  labels: LabelVerdictInput = {},
): { verdict: Verdict; reasons: VerdictReason[] } {
  const reasons: VerdictReason[] = [];
  const count = {
    drifted: dataset.driftedColumns.length,
    compared: dataset.comparedColumns,
    share: dataset.driftShare,
  };
  const errors = quality.filter((q) => q.severity === 'error');
  let fail = false;
  if (failOn === 'dataset-drift') {
    fail = dataset.drift;
    reasons.push({ kind: 'dataset-drift', count, drift: dataset.drift, threshold: dataset.threshold });
  } else if (failOn === 'column-drift') {
    fail = dataset.driftedColumns.length > 0;
    reasons.push({ kind: 'column-drift', count, drift: fail });
  } else {
    reasons.push({ kind: 'never-fails', count });
  }
  const target = labels.target;
  if (target?.drift) {
    const notGatingBecause =
      failOn === 'never'
        ? 'fail-on-never'
        : labels.failOnTargetDrift === false
          ? 'fail-on-target-drift'
          : null;
    if (notGatingBecause === null) fail = true;
    reasons.push({
      kind: 'target-drift',
      target: target.name,
      notGatingBecause,
      explanation: target.explanation,
    });
  }
  const dropped = labels.performance?.comparison.filter((c) => c.dropped) ?? [];
  if (dropped.length > 0) {
    if (failOn !== 'never') fail = true;
    reasons.push({ kind: 'performance-dropped', metrics: dropped });
  }
  const critical = labels.critical;
  if (critical && critical.removed + critical.changed > 0) {
    if (failOn !== 'never') fail = true;
    reasons.push({
      kind: 'critical-rows',
      rows: critical.rows,
      removed: critical.removed,
      changed: critical.changed,
      keyed: critical.keyed,
      examples: critical.examples,
    });
  }
  for (const check of labels.joint ?? []) {
    if (!check.drift) continue;
    if (failOn !== 'never') fail = true;
    reasons.push({ kind: 'joint-drift', check: check.check, explanation: check.explanation });
  }
  if (errors.length > 0) {
    if (failOn !== 'never') fail = true;
    reasons.push({ kind: 'quality-errors', messages: errors.map((e) => e.message) });
  }
  return { verdict: fail ? 'fail' : 'pass', reasons };
}
