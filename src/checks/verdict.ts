/**
 * The dataset summary and the one function that decides pass or fail (DESIGN.md practice 9).
 */
import type {
  ColumnReport,
  CriticalReport,
  DatasetSummary,
  PerformanceReport,
  QualityFinding,
  Verdict,
} from '../report/model.js';
import { METRIC_LABEL } from '../report/summary.js';
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

/**
 * Pass or fail, with the reasons in words. `dataset-drift` fails when the drifted share reaches
 * drift-share, `column-drift` when any column drifts; both also fail on data-quality errors
 * (the data is broken); `never` always passes (the report still says what it found).
 */
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
  joint?: readonly { drift: boolean; explanation: string }[];
}

export function decideVerdict(
  dataset: DatasetSummary,
  quality: readonly QualityFinding[],
  failOn: FailOn,
  labels: LabelVerdictInput = {},
): { verdict: Verdict; reasons: string[] } {
  const reasons: string[] = [];
  const share = `${dataset.driftedColumns.length} of ${dataset.comparedColumns} compared columns drifted (${percent(dataset.driftShare)})`;
  const errors = quality.filter((q) => q.severity === 'error');
  let fail = false;
  if (failOn === 'dataset-drift') {
    fail = dataset.drift;
    reasons.push(
      dataset.drift
        ? `Dataset drift: ${share}, at or above drift-share ${percent(dataset.threshold)}`
        : `No dataset drift: ${share}, below drift-share ${percent(dataset.threshold)}`,
    );
  } else if (failOn === 'column-drift') {
    fail = dataset.driftedColumns.length > 0;
    reasons.push(fail ? `Column drift: ${share}` : `No column drift: ${share}`);
  } else {
    reasons.push(`${share}; fail-on is 'never', so the run passes`);
  }
  const target = labels.target;
  if (target?.drift) {
    const gating = failOn !== 'never' && labels.failOnTargetDrift !== false;
    if (gating) fail = true;
    reasons.push(
      `Target '${target.name}' drifted${gating ? '' : ` (not gating: ${failOn === 'never' ? "fail-on is 'never'" : 'fail-on-target-drift is false'})`}: ${target.explanation.replace(/^Drift: /, '')}`,
    );
  }
  const dropped = labels.performance?.comparison.filter((c) => c.dropped) ?? [];
  if (dropped.length > 0) {
    if (failOn !== 'never') fail = true;
    reasons.push(
      `Performance dropped: ${dropped
        .map((c) => {
          const by = c.higherIsBetter
            ? `a drop of ${round(Math.abs(c.change ?? 0))}, more than performance-margin ${c.margin}`
            : `a rise of ${percent(Math.abs(c.relativeChange ?? 1))}, more than ${percent(c.margin)}`;
          return `${METRIC_LABEL[c.metric]} ${round(c.reference)} → ${round(c.candidate)} (${by})`;
        })
        .join('; ')}`,
    );
  }
  const critical = labels.critical;
  if (critical && critical.removed + critical.changed > 0) {
    if (failOn !== 'never') fail = true;
    const listed = critical.examples
      .slice(0, 3)
      .map(
        (e) => `${e.row} (${e.status}${e.columns.length > 0 ? `: ${e.columns.slice(0, 3).join(', ')}` : ''})`,
      );
    const more = critical.removed + critical.changed > listed.length ? '; ...' : '';
    reasons.push(
      `Critical rows: ${critical.removed} of ${critical.rows} removed${critical.keyed ? `, ${critical.changed} changed` : ' or changed'}: ${listed.join('; ')}${more}`,
    );
  }
  for (const check of labels.joint ?? []) {
    if (!check.drift) continue;
    if (failOn !== 'never') fail = true;
    reasons.push(check.explanation);
  }
  if (errors.length > 0) {
    if (failOn !== 'never') fail = true;
    reasons.push(
      `${errors.length} data-quality error${errors.length === 1 ? '' : 's'}: ${errors
        .map((e) => e.message)
        .slice(0, 3)
        .join('; ')}${errors.length > 3 ? '; ...' : ''}`,
    );
  }
  return { verdict: fail ? 'fail' : 'pass', reasons };
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

function round(x: number | null): string {
  return x === null ? '—' : String(Number(x.toPrecision(3)));
}
