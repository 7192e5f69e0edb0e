/**
 * The pure core entry: two Tables and the Settings in, the Report out. No I/O.
 */

import { columnUnion, compareColumns } from '../checks/columns/drift.js';
import {
  diagnosisHints,
  labelPlan,
  performanceReport,
  validateLabelColumns,
} from '../checks/labels/labels.js';
import { sliceReports } from '../checks/labels/slices.js';
import { qualityFindings } from '../checks/quality/quality.js';
import { schemaFindings } from '../checks/quality/schema.js';
import { criticalRows } from '../checks/rows/critical.js';
import { type RowCheckResult, rowChecks } from '../checks/rows/rows.js';
import { decideVerdict, summarizeDataset } from '../checks/verdict.js';
import type { Table } from '../data/table.js';
import { UserInputError } from '../errors.js';
import { DEFAULT_SEED, DEFAULT_TRAIN_SHARE } from '../multivariate/reconstruction.js';
import { multivariateDrift } from '../multivariate/tabular.js';
import {
  type ColumnReport,
  type ImagesReport,
  type MultivariateReport,
  type QualityFinding,
  type Report,
  SCHEMA_VERSION,
  type SideInfo,
} from '../report/model.js';
import { verdictReasonText } from '../report/wording.js';
import type { Settings } from '../settings/settings.js';
import { VERSION } from '../version.js';

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
}

/** The multivariate check's PCA costs O(d^3) in the encoded dimensions: above this many columns it is skipped. */
export const MULTIVARIATE_MAX_COLUMNS = 300;
/**
 * Rows per side the multivariate check samples (seeded): 20,000 held-out and candidate rows put
 * the band within about 2% of the baseline error, well inside the 10% minimum increase.
 */
export const MULTIVARIATE_MAX_ROWS = 20_000;

/** The multivariate check on the features present on both sides, or null when switched off. */
function multivariateCheck(
  reference: Table,
  candidate: Table,
  settings: JointRequest['multivariate'],
  features: readonly string[],
): MultivariateReport | null {
  if (!settings.enabled) return null;
  const inCandidate = new Set(candidate.columns.map((c) => c.name));
  const inReference = new Set(reference.columns.map((c) => c.name));
  const columns = features.filter((name) => inReference.has(name) && inCandidate.has(name));
  if (columns.length > MULTIVARIATE_MAX_COLUMNS) {
    const reason = `${columns.length} columns are more than the ${MULTIVARIATE_MAX_COLUMNS} the multivariate check takes; choose fewer with 'columns' or set multivariate: false`;
    return {
      status: 'skipped',
      drift: false,
      reason,
      explanation: `Multivariate check skipped: ${reason}.`,
      columns: [],
      excludedColumns: [],
      rows: {
        referenceRows: reference.rows,
        candidateRows: candidate.rows,
        referenceUsed: 0,
        candidateUsed: 0,
        subsampled: false,
        note: null,
      },
      varianceShare: settings.varianceShare,
      trainShare: DEFAULT_TRAIN_SHARE,
      seed: DEFAULT_SEED,
    };
  }
  return multivariateDrift(reference, candidate, {
    columns,
    maxRows: MULTIVARIATE_MAX_ROWS,
    varianceShare: settings.varianceShare,
    minIncrease: settings.minIncrease,
  });
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

/** The columns to compare: `columns` (each must exist on a side) minus `ignore-columns` and ignored column settings. */
export function selectColumns(reference: Table, candidate: Table, settings: Settings): string[] {
  const all = columnUnion(reference, candidate);
  let selected = all;
  if (settings.columns) {
    const known = new Set(all);
    const unknown = settings.columns.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new UserInputError(
        `'columns' names ${unknown.map((n) => `'${n}'`).join(', ')}, not found in ${reference.source} or ${candidate.source}`,
      );
    }
    selected = settings.columns.slice();
  }
  const ignored = new Set(settings.ignoreColumns);
  for (const [name, own] of Object.entries(settings.columnSettings)) if (own.ignore) ignored.add(name);
  return selected.filter((name) => !ignored.has(name));
}

/** What the joint (whole-row) checks need besides the two Tables: plain data, cloneable to a worker. */
export interface JointRequest {
  /** Row checks (duplicates, diff) with these options, or null when off. */
  readonly rows: { readonly key: readonly string[] | null; readonly target: string | null } | null;
  readonly multivariate: {
    readonly enabled: boolean;
    readonly features: readonly string[];
    readonly varianceShare: number;
    readonly minIncrease: number;
  };
}

/** One joint check's outcome: its value, or the error it threw (rethrown where the check used to run). */
export type Settled<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: unknown };

export interface JointResult {
  readonly rows: Settled<RowCheckResult>;
  readonly multivariate: Settled<MultivariateReport | null>;
}

function settle<T>(run: () => T): Settled<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function unwrap<T>(settled: Settled<T>): T {
  if ('error' in settled) throw settled.error;
  return settled.value;
}

/**
 * The checks on whole rows (row checks, multivariate): the part of a comparison that can run in
 * another thread (compare-worker.ts) while this one runs the column tests. Never throws: each
 * check's error is returned in its place.
 */
export function jointChecks(reference: Table, candidate: Table, request: JointRequest): JointResult {
  const options = request.rows;
  return {
    rows: settle(() =>
      options === null
        ? { findings: [], diff: null }
        : rowChecks(reference, candidate, { key: options.key, target: options.target }),
    ),
    multivariate: settle(() =>
      multivariateCheck(reference, candidate, request.multivariate, request.multivariate.features),
    ),
  };
}

/** Runs the joint checks (in this thread, or elsewhere) while the caller runs the column tests. */
export type JointRunner = (reference: Table, candidate: Table, request: JointRequest) => Promise<JointResult>;

/** Compare two tables and decide. Cost: dominated by one sort per numeric column and side. */
export function compareTables(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta = {},
): Report {
  const plan = planComparison(reference, candidate, settings, meta);
  const columns = columnTests(reference, candidate, settings, plan);
  const separate = separateChecks(reference, candidate, settings, meta, plan, columns);
  const joint = jointChecks(reference, candidate, plan.joint);
  return assembleReport(reference, candidate, settings, meta, columns, separate, joint);
}

/**
 * compareTables with the joint checks handed to `runJoint` (e.g. a worker thread), started
 * before the column tests run here and awaited after them. Same Report, same errors.
 */
export async function compareTablesWith(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta,
  runJoint: JointRunner,
): Promise<Report> {
  const plan = planComparison(reference, candidate, settings, meta);
  const pending = runJoint(reference, candidate, plan.joint);
  let columns: ColumnReport[];
  let separate: SeparateChecks;
  try {
    columns = columnTests(reference, candidate, settings, plan);
    separate = separateChecks(reference, candidate, settings, meta, plan, columns);
  } catch (error) {
    await pending.catch(() => undefined);
    throw error;
  }
  const joint = await pending;
  return assembleReport(reference, candidate, settings, meta, columns, separate, joint);
}

interface ComparisonPlan {
  readonly selected: string[];
  readonly features: string[];
  readonly joint: JointRequest;
}

function planComparison(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta,
): ComparisonPlan {
  validateLabelColumns(reference, candidate, settings);
  const selected = selectColumns(reference, candidate, settings);
  // Target and prediction are always compared (their own rows), whatever `columns` says.
  for (const name of [settings.target, settings.prediction]) {
    if (name !== null && !selected.includes(name)) selected.push(name);
  }
  const features = selected.filter((name) => name !== settings.target && name !== settings.prediction);
  return {
    selected,
    features,
    joint: {
      rows: meta.rowChecks === false ? null : { key: settings.key, target: settings.target },
      multivariate: {
        enabled: settings.multivariate,
        features,
        varianceShare: settings.multivariateVarianceShare,
        minIncrease: settings.multivariateMinIncrease,
      },
    },
  };
}

function columnTests(
  reference: Table,
  candidate: Table,
  settings: Settings,
  plan: ComparisonPlan,
): ColumnReport[] {
  const columns = compareColumns(reference, candidate, settings, plan.selected);
  for (const column of columns) {
    if (column.name === settings.target) column.role = 'target';
    else if (column.name === settings.prediction) column.role = 'prediction';
  }
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
  settings: Settings,
  meta: CompareMeta,
  plan: ComparisonPlan,
  columns: ColumnReport[],
): SeparateChecks {
  const checks = settle(() => {
    const findings = [
      ...imageFindings(meta.images),
      ...schemaFindings(columns),
      ...qualityFindings(reference, candidate, columns),
    ];
    const dataset = summarizeDataset(columns, settings.driftShare);
    const labels = labelPlan(reference, candidate, settings);
    const performance = performanceReport(reference, candidate, labels, settings.performanceMargin);
    const target = columns.find((c) => c.role === 'target' && c.status === 'compared') ?? null;
    const critical = criticalRows(reference, candidate, settings);
    const hints = diagnosisHints(columns, dataset, performance);
    return { findings, dataset, performance, target, critical, hints, labels };
  });
  const slices = settle(() =>
    checks.ok && settings.slices.length > 0
      ? sliceReports(reference, candidate, settings, plan.features, checks.value.labels)
      : null,
  );
  return { checks, slices };
}

/** The Report from all parts; a part's error is thrown in the order the checks used to run in. */
function assembleReport(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta,
  columns: ColumnReport[],
  separate: SeparateChecks,
  joint: JointResult,
): Report {
  const rows = unwrap(joint.rows);
  const { findings, dataset, performance, target, critical, hints } = unwrap(separate.checks);
  const multivariate = unwrap(joint.multivariate);
  const slices = unwrap(separate.slices);
  const quality = withConfiguredSeverity([...findings, ...rows.findings], settings);
  const jointReasons: { check: 'multivariate' | 'images'; drift: boolean; explanation: string }[] = [];
  if (multivariate?.drift)
    jointReasons.push({ check: 'multivariate', drift: true, explanation: multivariate.explanation });
  if (meta.images?.drift)
    jointReasons.push({ check: 'images', drift: true, explanation: meta.images.explanation });
  const decided = decideVerdict(dataset, quality, settings.failOn, {
    target,
    failOnTargetDrift: settings.failOnTargetDrift,
    performance,
    critical,
    joint: jointReasons,
  });
  const { verdict } = decided;
  const reasons = decided.reasons.map(verdictReasonText);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'drift-gate', version: VERSION },
    generatedAt: (meta.now ?? new Date()).toISOString(),
    reference: side(reference, meta.referenceRevision),
    candidate: side(candidate, meta.candidateRevision),
    settings: { ...settings },
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
    verdict,
    reasons,
  };
}

/** Unreadable images are skipped, and reported as one warning per side. */
function imageFindings(images: ImagesReport | undefined): QualityFinding[] {
  if (!images) return [];
  return [images.reference, images.candidate]
    .filter((side) => side.unreadable > 0)
    .map((side) => ({
      check: 'unreadable-images',
      column: null,
      severity: 'warning' as const,
      message: `${side.unreadable} image${side.unreadable === 1 ? '' : 's'} in ${side.source} could not be read and ${side.unreadable === 1 ? 'was' : 'were'} skipped: ${side.errors
        .slice(0, 3)
        .map((e) => `${e.name} (${e.message})`)
        .join('; ')}${side.unreadable > 3 ? '; ...' : ''}`,
      values: { unreadable: side.unreadable, read: side.images },
    }));
}

/**
 * Applies `quality-severity` (per check) and each column's own `quality-severity` (which wins);
 * `off` drops the finding.
 */
function withConfiguredSeverity(findings: readonly QualityFinding[], settings: Settings): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const finding of findings) {
    const own =
      finding.column === null ? undefined : settings.columnSettings[finding.column]?.qualitySeverity;
    const choice = own?.[finding.check] ?? settings.qualitySeverity[finding.check];
    if (choice === 'off') continue;
    out.push(choice ? { ...finding, severity: choice } : finding);
  }
  return out;
}
