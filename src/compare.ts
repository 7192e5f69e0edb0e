/**
 * The pure core entry: two Tables and the Settings in, the Report out. No I/O.
 */

import { criticalRows } from './checks/critical.js';
import { columnUnion, compareColumns } from './checks/drift.js';
import { diagnosisHints, labelPlan, performanceReport, validateLabelColumns } from './checks/labels.js';
import { qualityFindings } from './checks/quality.js';
import { rowChecks } from './checks/rows.js';
import { schemaFindings } from './checks/schema.js';
import { sliceReports } from './checks/slices.js';
import { decideVerdict, summarizeDataset } from './checks/verdict.js';
import type { Table } from './data/table.js';
import { UserInputError } from './errors.js';
import { DEFAULT_SEED, DEFAULT_TRAIN_SHARE } from './multivariate/reconstruction.js';
import { multivariateDrift } from './multivariate/tabular.js';
import {
  type ImagesReport,
  type MultivariateReport,
  type QualityFinding,
  type Report,
  SCHEMA_VERSION,
  type SideInfo,
} from './report/model.js';
import type { Settings } from './settings/settings.js';
import { VERSION } from './version.js';

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
  settings: Settings,
  features: readonly string[],
): MultivariateReport | null {
  if (!settings.multivariate) return null;
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
      varianceShare: settings.multivariateVarianceShare,
      trainShare: DEFAULT_TRAIN_SHARE,
      seed: DEFAULT_SEED,
    };
  }
  return multivariateDrift(reference, candidate, {
    columns,
    maxRows: MULTIVARIATE_MAX_ROWS,
    varianceShare: settings.multivariateVarianceShare,
    minIncrease: settings.multivariateMinIncrease,
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

/** Compare two tables and decide. Cost: dominated by one sort per numeric column and side. */
export function compareTables(
  reference: Table,
  candidate: Table,
  settings: Settings,
  meta: CompareMeta = {},
): Report {
  validateLabelColumns(reference, candidate, settings);
  const selected = selectColumns(reference, candidate, settings);
  // Target and prediction are always compared (their own rows), whatever `columns` says.
  for (const name of [settings.target, settings.prediction]) {
    if (name !== null && !selected.includes(name)) selected.push(name);
  }
  const columns = compareColumns(reference, candidate, settings, selected);
  for (const column of columns) {
    if (column.name === settings.target) column.role = 'target';
    else if (column.name === settings.prediction) column.role = 'prediction';
  }
  const rows =
    meta.rowChecks === false
      ? { findings: [], diff: null }
      : rowChecks(reference, candidate, { key: settings.key, target: settings.target });
  const findings = [
    ...imageFindings(meta.images),
    ...schemaFindings(columns),
    ...qualityFindings(reference, candidate, columns),
    ...rows.findings,
  ];
  const quality = withConfiguredSeverity(findings, settings);
  const dataset = summarizeDataset(columns, settings.driftShare);
  const plan = labelPlan(reference, candidate, settings);
  const performance = performanceReport(reference, candidate, plan, settings.performanceMargin);
  const target = columns.find((c) => c.role === 'target' && c.status === 'compared') ?? null;
  const critical = criticalRows(reference, candidate, settings);
  const features = selected.filter((name) => name !== settings.target && name !== settings.prediction);
  const multivariate = multivariateCheck(reference, candidate, settings, features);
  const joint = [];
  if (multivariate?.drift)
    joint.push({ drift: true, explanation: `Multivariate drift: ${multivariate.explanation}` });
  if (meta.images?.drift) joint.push({ drift: true, explanation: `Image drift: ${meta.images.explanation}` });
  const { verdict, reasons } = decideVerdict(dataset, quality, settings.failOn, {
    target,
    failOnTargetDrift: settings.failOnTargetDrift,
    performance,
    critical,
    joint,
  });
  const hints = diagnosisHints(columns, dataset, performance);
  const slices =
    settings.slices.length > 0 ? sliceReports(reference, candidate, settings, features, plan) : null;
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
