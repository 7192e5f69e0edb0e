/**
 * The dataset summary and the one function that decides the verdict: pass, warn or fail (DESIGN.md
 * practice 9). Decisions only: the reasons come back as data for src/report/wording.ts.
 */
import type { VerdictReason } from '../report/decisions.js';
import type {
  ColumnReport,
  CriticalReport,
  DatasetSummary,
  Outcome,
  PerformanceReport,
  QualityFinding,
  Verdict,
} from '../report/model.js';
import type { FailOn } from '../settings/settings.js';

/**
 * Share of compared feature columns that drifted; the dataset drifts when it reaches `threshold`.
 * Target and prediction columns are left out: they have their own rows and their own verdict rule.
 * Also lists the feature columns whose outcome is `warn` (significant but below the minimum effect).
 */
export function summarizeDataset(columns: readonly ColumnReport[], threshold: number): DatasetSummary {
  const compared = columns.filter((c) => c.status === 'compared' && c.role === 'feature');
  const drifted = compared.filter((c) => c.drift).map((c) => c.name);
  const warning = compared.filter((c) => c.outcome === 'warn').map((c) => c.name);
  const driftShare = compared.length === 0 ? 0 : drifted.length / compared.length;
  return {
    drift: compared.length > 0 && driftShare >= threshold,
    driftShare,
    driftedColumns: drifted,
    warningColumns: warning,
    comparedColumns: compared.length,
    threshold,
  };
}

/** A whole-table check (multivariate reconstruction, images) as the verdict reads it. */
export interface JointVerdictInput {
  readonly check: 'multivariate' | 'images';
  readonly outcome: Outcome;
  readonly explanation: string;
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
  /** Whole-table checks (multivariate reconstruction, images): drift fails the run unless fail-on is `never`; a warning warns. */
  joint?: readonly JointVerdictInput[];
}

/** The order of importance the reasons (and the headline) follow within one level. */
const RANK: Readonly<Record<VerdictReason['kind'], number>> = {
  'quality-errors': 0,
  'target-drift': 1,
  'performance-dropped': 2,
  'critical-rows': 3,
  'joint-drift': 4,
  'dataset-drift': 6,
  'column-drift': 6,
  'never-fails': 6,
  'column-warnings': 7,
  'quality-warnings': 8,
  'fail-on-warning': 9,
};

interface Ranked {
  level: Outcome;
  reason: VerdictReason;
}

/** Sort key: failing reasons first, then by RANK (images before multivariate); stable otherwise. */
function order(a: Ranked, b: Ranked): number {
  const fails = Number(b.level === 'fail') - Number(a.level === 'fail');
  if (fails !== 0) return fails;
  const rank = (r: VerdictReason) =>
    RANK[r.kind] + (r.kind === 'joint-drift' && r.check === 'multivariate' ? 1 : 0);
  return rank(a.reason) - rank(b.reason);
}

/**
 * Pass, warn or fail, with the reasons as data (report/wording.ts words them), failing reasons
 * first, each level in the order of importance: data-quality errors, target, performance, critical
 * rows, image drift, multivariate drift, column drift, then the warnings.
 *
 * Fails: `dataset-drift` when the drifted share reaches drift-share, `column-drift` when any column
 * drifts; both also on data-quality errors, a gating target drift, a performance drop, lost critical
 * rows and whole-table drift. Warns (the run passes): drifted columns below the drift share, columns
 * or whole-table checks significant but below their minimum effect, data-quality warnings, a target
 * drift that does not gate. `warning` fails on everything `column-drift` fails on and on every
 * warning. `never` never fails: what would have failed warns.
 */
export function decideVerdict(
  dataset: DatasetSummary,
  quality: readonly QualityFinding[],
  failOn: FailOn,
  labels: LabelVerdictInput = {},
): { verdict: Verdict; reasons: VerdictReason[] } {
  const found: Ranked[] = [];
  const gate: Outcome = failOn === 'never' ? 'warn' : 'fail';
  const add = (level: Outcome, reason: VerdictReason) => found.push({ level, reason });
  const count = {
    drifted: dataset.driftedColumns.length,
    compared: dataset.comparedColumns,
    share: dataset.driftShare,
  };
  const anyDrifted = dataset.driftedColumns.length > 0;
  if (failOn === 'dataset-drift') {
    const level = dataset.drift ? 'fail' : anyDrifted ? 'warn' : 'pass';
    add(level, { kind: 'dataset-drift', count, drift: dataset.drift, threshold: dataset.threshold });
  } else if (failOn === 'column-drift' || failOn === 'warning') {
    add(anyDrifted ? 'fail' : 'pass', { kind: 'column-drift', count, drift: anyDrifted });
  } else {
    add(anyDrifted ? 'warn' : 'pass', { kind: 'never-fails', count });
  }
  const target = labels.target;
  if (target?.drift) {
    const notGatingBecause =
      failOn === 'never'
        ? 'fail-on-never'
        : labels.failOnTargetDrift === false
          ? 'fail-on-target-drift'
          : null;
    add(notGatingBecause === null ? 'fail' : 'warn', {
      kind: 'target-drift',
      target: target.name,
      notGatingBecause,
      explanation: target.explanation,
    });
  }
  const dropped = labels.performance?.comparison.filter((c) => c.dropped) ?? [];
  if (dropped.length > 0) add(gate, { kind: 'performance-dropped', metrics: dropped });
  const critical = labels.critical;
  if (critical && critical.removed + critical.changed > 0) {
    add(gate, {
      kind: 'critical-rows',
      rows: critical.rows,
      removed: critical.removed,
      changed: critical.changed,
      keyed: critical.keyed,
      examples: critical.examples,
    });
  }
  for (const check of labels.joint ?? []) {
    if (check.outcome === 'pass') continue;
    add(check.outcome === 'fail' ? gate : 'warn', {
      kind: 'joint-drift',
      check: check.check,
      outcome: check.outcome,
      explanation: check.explanation,
    });
  }
  if (dataset.warningColumns.length > 0)
    add('warn', { kind: 'column-warnings', columns: dataset.warningColumns });
  const errors = quality.filter((q) => q.severity === 'error');
  if (errors.length > 0) add(gate, { kind: 'quality-errors', messages: errors.map((e) => e.message) });
  const warnings = quality.filter((q) => q.severity === 'warning');
  if (warnings.length > 0)
    add('warn', { kind: 'quality-warnings', messages: warnings.map((w) => w.message) });

  if (failOn === 'warning' && found.some((f) => f.level === 'warn')) {
    for (const f of found) if (f.level === 'warn') f.level = 'fail';
    add('fail', { kind: 'fail-on-warning' });
  }
  found.sort(order);
  const verdict: Verdict = found.some((f) => f.level === 'fail')
    ? 'fail'
    : found.some((f) => f.level === 'warn')
      ? 'warn'
      : 'pass';
  return { verdict, reasons: found.map((f) => f.reason) };
}
