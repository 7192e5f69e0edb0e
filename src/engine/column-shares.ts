/**
 * The column tests split across threads: each column pair's evaluation is independent (the
 * multiple-testing correction and the decision come after, over all of them), so a share of the
 * pairs can be evaluated in a worker thread while this one evaluates the rest. Which thread
 * evaluates a pair never changes its report: the same code runs on the same shared arrays.
 *
 * A share's numeric columns are sorted in the thread that tests them, which records each
 * column's present-value summary (checks/columns/prepare.ts) for the quality checks; the summaries
 * come back with the share's results and are recorded here, so no column is sorted twice.
 */
import { evaluatePairs, type PairEvaluation } from '../checks/columns/drift.js';
import { type NumericSummary, recordedSummary, recordSummary } from '../checks/columns/prepare.js';
import type { ColumnSpec, DriftOptions } from '../checks/plan.js';
import { type Column, isCategoricalColumn, isNumericColumn, type Table } from '../data/table.js';

/** What a thread is asked to evaluate: some tested pairs (see testedPairs) and the drift settings. */
export interface ColumnShareRequest {
  readonly specs: readonly ColumnSpec[];
  readonly settings: DriftOptions;
}

/** The summaries a share's sorts recorded for one column (absent: that side was not sorted there). */
export interface ShareSummaries {
  readonly name: string;
  readonly reference?: NumericSummary | null;
  readonly candidate?: NumericSummary | null;
}

/** A share's evaluations (in the request's order) and the summaries its sorts recorded. Plain data. */
export interface ColumnShareResult {
  readonly evaluations: PairEvaluation[];
  readonly summaries: ShareSummaries[];
}

/** Evaluates another thread's share of the column pairs here (runs in any thread). */
export type ColumnShareRunner = (
  reference: Table,
  candidate: Table,
  request: ColumnShareRequest,
) => Promise<ColumnShareResult>;

/**
 * How the column tests may be spread: up to `workers` other threads, each running `run`, when
 * the tested values reach `minValues` (default COLUMN_SHARE_MIN_VALUES).
 */
export interface ColumnWork {
  readonly workers: number;
  readonly run: ColumnShareRunner;
  readonly minValues?: number;
}

/**
 * Values (both sides, all tested columns) below which the column tests stay in one thread: a
 * worker's start (its bundle compiled, about 0.2 s on the project's machine) costs more than it saves.
 */
export const COLUMN_SHARE_MIN_VALUES = 4_000_000;

function byName(table: Table): Map<string, Column> {
  return new Map(table.columns.map((column) => [column.name, column]));
}

/**
 * The relative cost of testing one pair: a numeric column is sorted (radix, about three passes'
 * worth per value) and walked by the tests; a categorical one is counted once. O(1).
 */
function pairCost(reference: Column | undefined, candidate: Column | undefined, rows: number): number {
  if (reference && isNumericColumn(reference)) {
    const present = reference.values.length - reference.missing;
    const other = candidate && isNumericColumn(candidate) ? candidate.values.length - candidate.missing : 0;
    return 3 * (present + other);
  }
  if (reference && isCategoricalColumn(reference)) return rows;
  return 1;
}

/**
 * The tested pairs split into `1 + workers` shares of about equal cost (longest first, each to the
 * least loaded share; each share keeps the plan's order): the first is this thread's. One share
 * (everything here) when the tested values are fewer than `minValues` or there is a single pair.
 * O(pairs log pairs).
 */
export function splitColumnWork(
  reference: Table,
  candidate: Table,
  specs: readonly ColumnSpec[],
  workers: number,
  minValues = COLUMN_SHARE_MIN_VALUES,
): ColumnSpec[][] {
  const referenceColumns = byName(reference);
  const candidateColumns = byName(candidate);
  const rows = reference.rows + candidate.rows;
  const values = specs.length * rows;
  const parts = Math.max(1, Math.min(1 + Math.floor(workers), specs.length));
  if (parts === 1 || values < minValues) return [[...specs]];
  const costs = specs.map((spec) =>
    pairCost(referenceColumns.get(spec.name), candidateColumns.get(spec.name), rows),
  );
  const order = specs.map((_, i) => i).sort((a, b) => costs[b] - costs[a] || a - b);
  const load = new Array<number>(parts).fill(0);
  const owner = new Array<number>(specs.length);
  for (const i of order) {
    let least = 0;
    for (let part = 1; part < parts; part++) if (load[part] < load[least]) least = part;
    owner[i] = least;
    load[least] += costs[i];
  }
  return load.map((_, part) => specs.filter((_, i) => owner[i] === part));
}

/** The table with only the named columns (what a share's thread is sent). */
export function withColumns(table: Table, names: ReadonlySet<string>): Table {
  return { ...table, columns: table.columns.filter((column) => names.has(column.name)) };
}

/** Evaluates a share of the tested pairs and collects the summaries its sorts recorded. */
export function evaluateShare(
  reference: Table,
  candidate: Table,
  request: ColumnShareRequest,
): ColumnShareResult {
  const evaluations = evaluatePairs(reference, candidate, request.specs, request.settings);
  const referenceColumns = byName(reference);
  const candidateColumns = byName(candidate);
  const summaries = request.specs.map((spec): ShareSummaries => {
    const summary = (column: Column | undefined) =>
      column && isNumericColumn(column) ? recordedSummary(column) : undefined;
    const referenceSummary = summary(referenceColumns.get(spec.name));
    const candidateSummary = summary(candidateColumns.get(spec.name));
    return {
      name: spec.name,
      ...(referenceSummary !== undefined ? { reference: referenceSummary } : {}),
      ...(candidateSummary !== undefined ? { candidate: candidateSummary } : {}),
    };
  });
  return { evaluations, summaries };
}

/** Records the summaries another thread's share sent back, against this thread's columns. */
export function recordShareSummaries(
  reference: Table,
  candidate: Table,
  summaries: readonly ShareSummaries[],
): void {
  const referenceColumns = byName(reference);
  const candidateColumns = byName(candidate);
  for (const entry of summaries) {
    const referenceColumn = referenceColumns.get(entry.name);
    const candidateColumn = candidateColumns.get(entry.name);
    if (entry.reference !== undefined && referenceColumn && isNumericColumn(referenceColumn))
      recordSummary(referenceColumn, entry.reference);
    if (entry.candidate !== undefined && candidateColumn && isNumericColumn(candidateColumn))
      recordSummary(candidateColumn, entry.candidate);
  }
}
