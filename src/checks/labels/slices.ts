/**
 * Slices: for each value of each slice column (or the rows matching a named filter, slice-filter.ts),
 * the rows of that value on both sides are compared as
 * their own pair of tables (the same per-column comparison, compareColumns) and, with labels, their
 * own performance. Pure: Tables and the plan in, SliceReports out.
 *
 * Cost: one pass per slice column to group rows, then per tested slice a copy of the selected
 * columns' rows (O(rows of the slice x columns)) and the per-column tests.
 */
import {
  type CategoricalColumn,
  type Column,
  isCategoricalColumn,
  isNumericColumn,
  type NumericColumn,
  type Table,
} from '../../data/table.js';
import type { SliceReport } from '../../report/model.js';
import { compareColumns } from '../columns/drift.js';
import type { ComparisonPlan } from '../plan.js';
import { summarizeDataset } from '../verdict.js';
import { type LabelPlan, performanceReport } from './labels.js';
import { filterExpression, filterRows } from './slice-filter.js';

/** At most this many values of a slice column are tested (the most frequent over both sides). */
export const MAX_SLICE_VALUES = 20;

const MISSING_VALUE = '(missing)';

/** The rows of a table at the given indices, as a new Table (categorical levels re-coded to those present). */
export function subsetTable(table: Table, rows: Uint32Array): Table {
  const columns: Column[] = table.columns.map((column) => {
    if (isNumericColumn(column)) {
      const values = new Float64Array(rows.length);
      let missing = 0;
      for (let i = 0; i < rows.length; i++) {
        const v = column.values[rows[i]];
        values[i] = v;
        if (Number.isNaN(v)) missing++;
      }
      return { name: column.name, type: column.type, values, missing } satisfies NumericColumn;
    }
    if (isCategoricalColumn(column)) {
      const remap = new Int32Array(column.levels.length).fill(-1);
      const levels: string[] = [];
      const codes = new Int32Array(rows.length);
      let missing = 0;
      for (let i = 0; i < rows.length; i++) {
        const code = column.codes[rows[i]];
        if (code < 0) {
          codes[i] = -1;
          missing++;
          continue;
        }
        if (remap[code] < 0) {
          remap[code] = levels.length;
          levels.push(column.levels[code]);
        }
        codes[i] = remap[code];
      }
      return { name: column.name, type: column.type, codes, levels, missing } satisfies CategoricalColumn;
    }
    return column;
  });
  return { source: table.source, rows: rows.length, delimiter: table.delimiter, columns };
}

/** Row indices per value of a column (text of the value; `(missing)` for missing). */
function groupRows(table: Table, name: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const column = table.columns.find((c) => c.name === name);
  if (!column) return groups;
  const add = (value: string, row: number) => {
    let list = groups.get(value);
    if (!list) {
      list = [];
      groups.set(value, list);
    }
    list.push(row);
  };
  if (isCategoricalColumn(column)) {
    for (let i = 0; i < table.rows; i++) {
      const code = column.codes[i];
      add(code < 0 ? MISSING_VALUE : column.levels[code], i);
    }
  } else if (isNumericColumn(column)) {
    for (let i = 0; i < table.rows; i++) {
      const v = column.values[i];
      add(Number.isNaN(v) ? MISSING_VALUE : String(v), i);
    }
  }
  return groups;
}

const NO_ROWS: readonly number[] = [];

/**
 * One report per tested value of each planned slice: at most MAX_SLICE_VALUES values per column, the
 * most frequent over both sides first. The plan's features are the columns compared within each slice.
 */
export function sliceReports(
  reference: Table,
  candidate: Table,
  comparison: ComparisonPlan,
  plan: LabelPlan | null,
): SliceReport[] {
  const out: SliceReport[] = [];
  const features = comparison.columns.filter((c) => c.role === 'feature');
  const minSliceSize = comparison.slices?.minSize ?? 0;
  for (const spec of comparison.slices?.specs ?? []) {
    let sliceColumn: string;
    let slices: { value: string; refRows: readonly number[]; candRows: readonly number[] }[];
    if (spec.kind === 'filter') {
      sliceColumn = spec.name;
      slices = [
        {
          value: filterExpression(spec),
          refRows: filterRows(reference, spec),
          candRows: filterRows(candidate, spec),
        },
      ];
    } else {
      sliceColumn = spec.column;
      const refGroups = groupRows(reference, sliceColumn);
      const candGroups = groupRows(candidate, sliceColumn);
      const values = [...new Set([...refGroups.keys(), ...candGroups.keys()])];
      const total = (v: string) => (refGroups.get(v)?.length ?? 0) + (candGroups.get(v)?.length ?? 0);
      values.sort((a, b) => total(b) - total(a) || (a < b ? -1 : a > b ? 1 : 0));
      slices = values.slice(0, MAX_SLICE_VALUES).map((value) => ({
        value,
        refRows: refGroups.get(value) ?? NO_ROWS,
        candRows: candGroups.get(value) ?? NO_ROWS,
      }));
    }
    const inSlice = features.filter((c) => c.name !== spec.column);
    for (const { value, refRows, candRows } of slices) {
      const report: SliceReport = {
        column: sliceColumn,
        value,
        referenceRows: refRows.length,
        candidateRows: candRows.length,
        status: 'too-small',
        comparedColumns: 0,
        driftedColumns: [],
        driftShare: 0,
        drift: false,
        performance: null,
        performanceDropped: false,
      };
      out.push(report);
      if (refRows.length < minSliceSize || candRows.length < minSliceSize) continue;
      report.status = 'compared';
      const refSlice = subsetTable(reference, Uint32Array.from(refRows));
      const candSlice = subsetTable(candidate, Uint32Array.from(candRows));
      const summary = summarizeDataset(
        compareColumns(refSlice, candSlice, inSlice, comparison.drift),
        comparison.driftShare,
      );
      report.comparedColumns = summary.comparedColumns;
      report.driftedColumns = summary.driftedColumns;
      report.driftShare = summary.driftShare;
      report.drift = summary.drift;
      const performance = performanceReport(refSlice, candSlice, plan, comparison.labels.performanceMargin);
      if (performance) {
        report.performance = performance.comparison;
        report.performanceDropped = performance.dropped === true;
      }
    }
  }
  return out;
}
