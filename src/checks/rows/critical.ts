/**
 * Critical examples (setting `critical`): reference rows that must stay present and unchanged in the
 * candidate. An entry `column=value` selects the reference rows whose cell reads `value`; any other
 * entry is a value of the one-column `key`. With `key`, a critical row is removed when its key is
 * gone and changed when some shared cell differs; without `key`, it is removed when no equal row is
 * left in the candidate (a changed row counts as removed). Pure; O((R + C) x columns).
 */
import { type Column, dictionaryOf, isNumericColumn, type Table } from '../../data/table.js';
import type { CriticalReport } from '../../report/model.js';
import type { CriticalPlan } from '../plan.js';
import {
  cellEqual,
  cellText,
  firstCandidateRows,
  groupRows,
  type RowGroupingCache,
  type SharedColumn,
  shareColumn,
} from './hash.js';

/** Removed or changed rows listed in the report. */
export const MAX_CRITICAL_EXAMPLES = 20;

function textAt(column: Column, row: number): string | null {
  if (isNumericColumn(column)) {
    const v = column.values[row];
    if (Number.isNaN(v)) return null;
    return column.type === 'datetime' ? new Date(v).toISOString() : String(v);
  }
  const coded = dictionaryOf(column);
  if (coded) {
    const code = coded.codes[row];
    return code < 0 ? null : coded.levels[code];
  }
  return null;
}

/**
 * The critical rows report, or null when no `critical` rows are planned (entries checked by
 * src/engine/plan.ts). `kept`: the reference's row groupings made before (hash.ts groupRows).
 */
export function criticalRows(
  reference: Table,
  candidate: Table,
  plan: CriticalPlan | null,
  kept?: RowGroupingCache,
): CriticalReport | null {
  if (plan === null) return null;
  const refByName = new Map(reference.columns.map((c) => [c.name, c]));
  const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
  const key = plan.key;
  const selected = new Uint8Array(reference.rows);
  const unmatched: string[] = [];
  for (const { entry, column: name, value } of plan.entries) {
    const column = refByName.get(name) as Column;
    let matched = false;
    for (let i = 0; i < reference.rows; i++) {
      if (textAt(column, i) === value) {
        selected[i] = 1;
        matched = true;
      }
    }
    if (!matched) unmatched.push(entry);
  }

  const shared: SharedColumn[] = [];
  for (const ref of reference.columns) {
    const cand = candByName.get(ref.name);
    if (!cand || (ref.type === 'empty' && cand.type === 'empty')) continue;
    const pair = shareColumn(ref, cand);
    if (pair) shared.push(pair);
  }
  const keyColumns = key.map((name) => shared.find((c) => c.name === name));
  const keyed = key.length > 0 && keyColumns.every((c) => c !== undefined);
  const report: CriticalReport = {
    entries: plan.entries.map((e) => e.entry),
    unmatched,
    keyed,
    rows: 0,
    removed: 0,
    changed: 0,
    examples: [],
  };
  const label = (row: number): string =>
    keyed
      ? (keyColumns as SharedColumn[]).map((c) => cellText(c, 'reference', row) ?? '(missing)').join(', ')
      : `line ${reference.rowLines?.[row] ?? row + 2}`;
  const note = (row: number, status: 'removed' | 'changed', columns: string[]) => {
    if (report.examples.length < MAX_CRITICAL_EXAMPLES)
      report.examples.push({ row: label(row), status, columns });
  };
  if (shared.length === 0) {
    for (let i = 0; i < reference.rows; i++) {
      if (!selected[i]) continue;
      report.rows++;
      report.removed++;
      note(i, 'removed', []);
    }
    return report;
  }
  const groups = groupRows(keyed ? (keyColumns as SharedColumn[]) : shared, reference, candidate, kept);
  // Not keyed: equal candidate rows are used up one per critical row (a multiset match).
  // reference rows are in reference groups: candidateCount and firstCandidate cover them
  const left = keyed ? null : Int32Array.from(groups.candidateCount);
  const firstCandidate = keyed ? firstCandidateRows(groups, reference.rows) : null;
  for (let i = 0; i < reference.rows; i++) {
    if (!selected[i]) continue;
    report.rows++;
    const g = groups.groupOf[i];
    if (left) {
      if (left[g] > 0) left[g]--;
      else {
        report.removed++;
        note(i, 'removed', []);
      }
      continue;
    }
    const match = (firstCandidate as Int32Array)[g];
    if (match < 0) {
      report.removed++;
      note(i, 'removed', []);
      continue;
    }
    const changed = shared.filter((c) => !cellEqual(c.reference, i, c.candidate, match)).map((c) => c.name);
    if (changed.length > 0) {
      report.changed++;
      note(i, 'changed', changed);
    }
  }
  return report;
}
