/**
 * The pure core entry: two Tables and the Settings in, the Report out. No I/O. In three steps:
 * the plan (plan.ts: every setting checked against the tables once), the checks (each given its
 * part of the plan), and the Report assembled from their parts.
 */

import { applyAcceptance, carriedLabel, checkAcceptances } from '../checks/accept.js';
import { compareColumns, type PairEvaluation } from '../checks/columns/drift.js';
import { diagnosisHints, labelPlan, performanceReport } from '../checks/labels/labels.js';
import { sliceReports } from '../checks/labels/slices.js';
import type { ComparisonPlan } from '../checks/plan.js';
import { qualityFindings } from '../checks/quality/quality.js';
import { schemaFindings, unknownColumnFindings } from '../checks/quality/schema.js';
import { withConfiguredSeverity } from '../checks/quality/severity.js';
import { unreadableImages } from '../checks/quality/unreadable-images.js';
import { criticalRows } from '../checks/rows/critical.js';
import { decideVerdict, type JointVerdictInput, summarizeDataset } from '../checks/verdict.js';
import type { Table } from '../data/table.js';
import {
  type ColumnReport,
  type ImagesReport,
  type QualityFinding,
  type Report,
  SCHEMA_VERSION,
  type SideInfo,
} from '../report/model.js';
import { verdictReasonText } from '../report/wording.js';
import type { Settings } from '../settings/settings.js';
import { VERSION } from '../version.js';
import { type ColumnWork, columnQueue, evaluateQueue } from './column-shares.js';
import {
  type JointRequest,
  type JointResult,
  type JointRunner,
  jointChecks,
  type Settled,
  settle,
} from './joint-checks.js';
import { planComparison } from './plan.js';
import type { ReferenceWork } from './reference-work.js';

export { type JointRunner, MULTIVARIATE_MAX_COLUMNS } from './joint-checks.js';

export interface CompareMeta {
  /** Git revision the reference was read at, if any. */
  referenceRevision?: string | null;
  candidateRevision?: string | null;
  /** Timestamp for the report (injected so reports are reproducible in tests). */
  now?: Date;
  /** Row checks (duplicates, diff); off for tables of image properties. Default true. */
  rowChecks?: boolean;
  /** A whole-table check made outside (image reconstruction) that joins the verdict. */
  images?: ImagesReport;
  /** The pull request's labels (the action reads them from the event; `accept-label` among them accepts the run's failures). */
  labels?: readonly string[];
  /**
   * The reference has no real rows (a profile's pseudo-rows): the checks that pair or follow rows
   * (row checks, critical rows, slices, performance) are left out of the plan.
   */
  withoutRows?: boolean;
  /** The reference's side of the checks kept from comparisons with the same reference (compareTables only). */
  referenceWork?: ReferenceWork;
}

/** The plan without the checks that need the reference's real rows (see CompareMeta.withoutRows). */
function rowFreePlan(plan: ComparisonPlan, meta: CompareMeta): ComparisonPlan {
  if (!meta.withoutRows) return plan;
  return { ...plan, rows: null, critical: null, slices: null, labels: { ...plan.labels, prediction: null } };
}

function side(table: Table, revision: string | null | undefined): SideInfo {
  return {
    source: table.source,
    revision: revision ?? null,
    rows: table.rows,
    columns: table.columns.length,
    delimiter: table.delimiter,
  };
}

function unwrap<T>(settled: Settled<T>): T {
  if ('error' in settled) throw settled.error;
  return settled.value;
}

function jointRequest(plan: ComparisonPlan): JointRequest {
  return { rows: plan.rows, multivariate: plan.multivariate };
}

/** Compare two tables and decide. Cost: dominated by one sort per numeric column and side. */
export function compareTables(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta = {},
): Report {
  const plan = rowFreePlan(planComparison(reference, candidate, settings, meta), meta);
  checkAcceptances(settings.accept);
  const columns = columnTests(reference, candidate, plan, undefined, meta.referenceWork?.sorted);
  const separate = separateChecks(reference, candidate, meta, plan, columns);
  const joint = jointChecks(reference, candidate, jointRequest(plan), meta.referenceWork);
  return assembleReport(reference, candidate, settings, meta, plan, columns, separate, joint);
}

/**
 * compareTables with the joint checks handed to `runJoint` (e.g. a worker thread), started
 * before the column tests run here and awaited after them. Given `columnWork`, the column tests
 * are a queue (column-shares.ts): the joint checks' thread takes pairs from its back once done,
 * and other threads from its front beside this one when the cost model says it pays. Same
 * Report, same errors.
 */
export async function compareTablesWith(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta,
  runJoint: JointRunner,
  columnWork?: ColumnWork,
): Promise<Report> {
  const plan = rowFreePlan(planComparison(reference, candidate, settings, meta), meta);
  checkAcceptances(settings.accept);
  const queue = columnWork ? columnQueue(reference, candidate, plan, columnWork) : null;
  const pending = runJoint(reference, candidate, jointRequest(plan), queue?.request);
  let columns: ColumnReport[];
  let separate: SeparateChecks;
  try {
    // the pairs the joint checks' thread took, awaited only when it took any
    const takenByJoint = async () => {
      const taken = (await pending).columns;
      return taken ? unwrap(taken) : undefined;
    };
    const evaluated =
      columnWork && queue
        ? await evaluateQueue(reference, candidate, queue, columnWork, takenByJoint)
        : undefined;
    columns = columnTests(reference, candidate, plan, evaluated);
    separate = separateChecks(reference, candidate, meta, plan, columns);
  } catch (error) {
    await pending.catch(() => undefined);
    throw error;
  }
  const joint = await pending;
  return assembleReport(reference, candidate, settings, meta, plan, columns, separate, joint);
}

/** The planned column tests, each report carrying its column's role; pairs in `evaluated` are taken as they are. */
function columnTests(
  reference: Table,
  candidate: Table,
  plan: ComparisonPlan,
  evaluated?: ReadonlyMap<string, PairEvaluation>,
  sorted?: ReferenceWork['sorted'],
): ColumnReport[] {
  const columns = compareColumns(reference, candidate, plan.columns, plan.drift, evaluated, sorted);
  const roles = new Map(plan.columns.map((c) => [c.name, c.role]));
  for (const column of columns) column.role = roles.get(column.name) ?? column.role;
  return columns;
}

/** What the column-wise checks after the column tests give; each part settled, so errors keep their order. */
interface SeparateChecks {
  readonly checks: Settled<{
    readonly findings: QualityFinding[];
    readonly dataset: ReturnType<typeof summarizeDataset>;
    readonly performance: ReturnType<typeof performanceReport>;
    readonly target: ColumnReport | null;
    readonly critical: ReturnType<typeof criticalRows>;
    readonly hints: string[];
    readonly labels: ReturnType<typeof labelPlan>;
  }>;
  readonly slices: Settled<ReturnType<typeof sliceReports> | null>;
}

/** The checks that need neither the row checks nor the multivariate check (run while those run elsewhere). */
function separateChecks(
  reference: Table,
  candidate: Table,
  meta: CompareMeta,
  plan: ComparisonPlan,
  columns: ColumnReport[],
): SeparateChecks {
  const checks = settle(() => {
    const findings = [
      ...unreadableImages(meta.images),
      ...schemaFindings(columns),
      ...unknownColumnFindings(plan.unknownColumns),
      ...qualityFindings(reference, candidate, columns),
    ];
    const dataset = summarizeDataset(columns, plan.driftShare);
    const labels = labelPlan(reference, candidate, plan.labels);
    const performance = performanceReport(reference, candidate, labels, plan.labels.performanceMargin);
    const target = columns.find((c) => c.role === 'target' && c.status === 'compared') ?? null;
    const critical = criticalRows(reference, candidate, plan.critical, meta.referenceWork?.rows);
    const hints = diagnosisHints(columns, dataset, performance);
    return { findings, dataset, performance, target, critical, hints, labels };
  });
  const slices = settle(() =>
    checks.ok && plan.slices !== null ? sliceReports(reference, candidate, plan, checks.value.labels) : null,
  );
  return { checks, slices };
}

/**
 * The effective settings as the report shows them. The period settings (`period`,
 * `fail-on-period`, `history`) are left out while all three are at their defaults, so a
 * single-file report reads as before periods existed; the periods pipeline shows them all.
 */
function reportedSettings(settings: Settings): Record<string, unknown> {
  const { period, failOnPeriod, history, ...rest } = settings;
  if (period === null && failOnPeriod === 'latest' && history === null) return rest;
  return { ...settings };
}

/** The Report from all parts; a part's error is thrown in the order the checks used to run in. */
function assembleReport(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta,
  plan: ComparisonPlan,
  columns: ColumnReport[],
  separate: SeparateChecks,
  joint: JointResult,
): Report {
  const rows = unwrap(joint.rows);
  const { findings, dataset, performance, target, critical, hints } = unwrap(separate.checks);
  const multivariate = unwrap(joint.multivariate);
  const slices = unwrap(separate.slices);
  const quality = withConfiguredSeverity([...findings, ...rows.findings], plan.quality);
  const jointReasons: JointVerdictInput[] = [];
  if (multivariate)
    jointReasons.push({
      check: 'multivariate',
      outcome: multivariate.outcome,
      explanation: multivariate.explanation,
    });
  if (meta.images)
    jointReasons.push({
      check: 'images',
      outcome: meta.images.outcome,
      explanation: meta.images.explanation,
    });
  const decided = decideVerdict(dataset, quality, plan.failOn, {
    target,
    failOnTargetDrift: plan.labels.failOnTargetDrift,
    performance,
    critical,
    joint: jointReasons,
  });
  const reasons = decided.reasons.map(verdictReasonText);
  const now = meta.now ?? new Date();
  const acceptance = applyAcceptance({
    ...decided,
    reasonTexts: reasons,
    failOn: plan.failOn,
    dataset,
    columns,
    quality,
    accept: settings.accept,
    label: carriedLabel(settings.acceptLabel, meta.labels),
    today: now.toISOString().slice(0, 10),
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'drift-gate', version: VERSION },
    generatedAt: now.toISOString(),
    reference: side(reference, meta.referenceRevision),
    candidate: side(candidate, meta.candidateRevision),
    settings: reportedSettings(settings),
    dataset,
    columns,
    quality,
    diff: rows.diff,
    ...(performance ? { performance } : {}),
    ...(hints.length > 0 ? { hints } : {}),
    ...(slices ? { slices } : {}),
    ...(critical ? { critical } : {}),
    ...(multivariate ? { multivariate } : {}),
    ...(meta.images ? { images: meta.images } : {}),
    verdict: acceptance.verdict,
    reasons: [...reasons, ...acceptance.reasons],
    ...(acceptance.accepted.length > 0 ? { accepted: acceptance.accepted } : {}),
  };
}
