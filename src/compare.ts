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
import { type Report, SCHEMA_VERSION, type SideInfo } from './report/model.js';
import type { Settings } from './settings/settings.js';
import { VERSION } from './version.js';

export interface CompareMeta {
  /** Git revision the reference was read at, if any. */
  referenceRevision?: string | null;
  candidateRevision?: string | null;
  /** Timestamp for the report (injected so reports are reproducible in tests). */
  now?: Date;
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
  const rows = rowChecks(reference, candidate, { key: settings.key, target: settings.target });
  const quality = [
    ...schemaFindings(columns),
    ...qualityFindings(reference, candidate, columns),
    ...rows.findings,
  ];
  const dataset = summarizeDataset(columns, settings.driftShare);
  const plan = labelPlan(reference, candidate, settings);
  const performance = performanceReport(reference, candidate, plan, settings.performanceMargin);
  const target = columns.find((c) => c.role === 'target' && c.status === 'compared') ?? null;
  const critical = criticalRows(reference, candidate, settings);
  const { verdict, reasons } = decideVerdict(dataset, quality, settings.failOn, {
    target,
    failOnTargetDrift: settings.failOnTargetDrift,
    performance,
    critical,
  });
  const hints = diagnosisHints(columns, dataset, performance);
  const features = selected.filter((name) => name !== settings.target && name !== settings.prediction);
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
    verdict,
    reasons,
  };
}
