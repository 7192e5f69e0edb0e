/**
 * Row-level checks: duplicated rows, the training-data diff (rows added, removed and changed, by
 * key or as whole records), duplicate keys and label flips. Pure: the two Tables and the plan's
 * row part (key and target checked against the tables by src/engine/plan.ts) in, findings (at the
 * registry's default severities, src/checks/quality/registry.ts) and the diff out. Messages
 * worded here.
 *
 * Rows are compared over the columns present on both sides whose cells were kept (numbers, or
 * codes: categorical, boolean and identifier-like columns within the dictionary limit); an
 * entirely empty column is equal everywhere and left out. Rows are hashed from typed arrays
 * (rows-hash.ts) and every hash match is confirmed cell by cell, so counts are exact. Cost:
 * O((R + C) x columns) time; memory per grouping at its peak about 12 bytes per row plus a hash
 * table of at most about 32 MiB (hash.ts groupRows); no string per row.
 */
import type { Table } from '../../data/table.js';
import type { QualityFinding, RowDiff } from '../../report/model.js';
import type { RowChecksPlan } from '../plan.js';
import type { FindingValues } from '../quality/context.js';
import { qualityFinding } from '../quality/finding.js';
import { formatShare, plural } from '../quality/util.js';
import {
  cellEqual,
  cellText,
  firstCandidateRows,
  groupRows,
  type RowGroupingCache,
  type RowGroups,
  type SharedColumn,
  shareColumn,
} from './hash.js';

/** The checks of this module (registered in src/checks/quality/registry.ts, family `rows`). */
export type RowCheck = 'duplicate-rows' | 'duplicate-keys';

/** `duplicate-rows`: the candidate's share of duplicate rows exceeds the reference's by at least this (1 percentage point)... */
export const DUPLICATE_ROWS_MIN_SHARE_INCREASE = 0.01;
/** ...and it has at least this many more duplicates than the reference's share would give it. */
export const DUPLICATE_ROWS_MIN_EXTRA = 5;
/** Examples of added, removed and changed rows kept in the diff. */
export const MAX_DIFF_EXAMPLES = 5;
/** Key values in examples are clipped to this many characters. */
export const MAX_EXAMPLE_LENGTH = 40;
/** Changed columns whose old and new values are kept per changed row example. */
export const MAX_CHANGED_CELLS = 5;
/** Label flips kept (most frequent first). */
export const MAX_LABEL_FLIPS = 10;
/** How a missing value shows in examples and label flips. */
export const MISSING_TEXT = '(missing)';

export interface RowCheckResult {
  readonly findings: QualityFinding[];
  /** Null when the sides share no comparable column. */
  readonly diff: RowDiff | null;
}

type Side = 'reference' | 'candidate';

/**
 * Duplicate rows, duplicate keys and the diff. `key` (null or empty: rows are compared as whole
 * records) and `target` (label flips, with `key`) as the plan checked them. `kept`: the reference's
 * row groupings made by earlier calls on the same reference Table (hash.ts groupRows).
 */
export function rowChecks(
  reference: Table,
  candidate: Table,
  plan: RowChecksPlan = { key: null, target: null },
  kept?: RowGroupingCache,
): RowCheckResult {
  const candByName = new Map(candidate.columns.map((c) => [c.name, c]));
  const key = [...new Set(plan.key ?? [])];
  const target = plan.target;

  const compared: SharedColumn[] = [];
  const uncompared: string[] = [];
  for (const ref of reference.columns) {
    const cand = candByName.get(ref.name);
    if (!cand) continue;
    if (ref.type === 'empty' && cand.type === 'empty') continue;
    const shared = shareColumn(ref, cand);
    if (shared) compared.push(shared);
    else uncompared.push(ref.name);
  }
  const findings: QualityFinding[] = [];
  if (compared.length === 0) return { findings, diff: null };
  const add = (check: RowCheck, message: string, values: FindingValues) => {
    findings.push(qualityFinding(check, null, message, values));
  };

  const whole = wholeRecords(compared, reference, candidate, kept);
  let duplicateRows: RowDiff['duplicateRows'] = null;
  if (uncompared.length === 0) {
    duplicateRows = whole.duplicates;
    duplicateRowsFinding(duplicateRows, reference.rows, candidate.rows, add);
  }

  const base = {
    target,
    duplicateRows,
    comparedColumns: compared.length,
    uncomparedColumns: uncompared,
  };
  if (key.length === 0) {
    const diff: RowDiff = {
      keyed: false,
      key: [],
      added: whole.added,
      removed: whole.removed,
      changed: 0,
      unchanged: whole.unchanged,
      examples: { added: [], removed: [], changed: [] },
      changedRows: [],
      changedColumns: [],
      labelFlips: [],
      duplicateKeys: { reference: 0, candidate: 0 },
      ...base,
    };
    return { findings, diff };
  }
  const keyColumns = key.map((name) => compared.find((c) => c.name === name) as SharedColumn);
  const keyed = keyedDiff(compared, keyColumns, target, reference, candidate, kept);
  const dup = keyed.duplicateKeys;
  if (dup.reference > 0 || dup.candidate > 0) {
    const where = [
      dup.candidate > 0 ? `${plural(dup.candidate, 'candidate row')}` : '',
      dup.reference > 0 ? `${plural(dup.reference, 'reference row')}` : '',
    ].filter((s) => s !== '');
    add(
      'duplicate-keys',
      `the key (${key.map((k) => `'${k}'`).join(', ')}) repeats an earlier row's value on ${where.join(' and ')}; the diff matches each key by its first row`,
      { key: key.join(','), referenceDuplicates: dup.reference, candidateDuplicates: dup.candidate },
    );
  }
  return { findings, diff: { ...keyed, ...base } };
}

/**
 * What the checks need from the grouping of whole records: the duplicates on each side and the
 * rows added, removed and unchanged as multisets. The grouping (arrays as long as the rows) is
 * dropped on return, before a key's grouping is made. O(R + C + groups) after groupRows.
 */
function wholeRecords(
  compared: readonly SharedColumn[],
  reference: Table,
  candidate: Table,
  kept: RowGroupingCache | undefined,
): {
  duplicates: { reference: number; candidate: number };
  added: number;
  removed: number;
  unchanged: number;
} {
  const groups = groupRows(compared, reference, candidate, kept);
  // a candidate-only group adds all its rows
  let added = groups.candidateOnlyRows;
  let removed = 0;
  let unchanged = 0;
  for (let g = 0; g < groups.referenceGroups; g++) {
    const r = groups.referenceCount[g];
    const c = groups.candidateCount[g];
    if (c > r) added += c - r;
    else removed += r - c;
    unchanged += Math.min(r, c);
  }
  return { duplicates: duplicatesOf(groups, reference.rows, candidate.rows), added, removed, unchanged };
}

/** Rows beyond the first of their group, on each side. O(reference groups). */
function duplicatesOf(
  groups: RowGroups,
  referenceRows: number,
  candidateRows: number,
): { reference: number; candidate: number } {
  let candidateGroups = groups.groups - groups.referenceGroups;
  for (let g = 0; g < groups.referenceGroups; g++) {
    if (groups.candidateCount[g] > 0) candidateGroups++;
  }
  return { reference: referenceRows - groups.referenceGroups, candidate: candidateRows - candidateGroups };
}

function duplicateRowsFinding(
  duplicates: { reference: number; candidate: number },
  referenceRows: number,
  candidateRows: number,
  add: (check: RowCheck, message: string, values: FindingValues) => void,
): void {
  if (candidateRows === 0) return;
  const referenceShare = referenceRows === 0 ? 0 : duplicates.reference / referenceRows;
  const candidateShare = duplicates.candidate / candidateRows;
  const extra = duplicates.candidate - referenceShare * candidateRows;
  if (candidateShare - referenceShare < DUPLICATE_ROWS_MIN_SHARE_INCREASE) return;
  if (extra < DUPLICATE_ROWS_MIN_EXTRA) return;
  add(
    'duplicate-rows',
    `duplicate rows rose from ${formatShare(referenceShare)} of the reference (${duplicates.reference} of ${referenceRows}) to ${formatShare(candidateShare)} of the candidate (${duplicates.candidate} of ${candidateRows})`,
    {
      referenceDuplicates: duplicates.reference,
      referenceRows,
      referenceShare,
      candidateDuplicates: duplicates.candidate,
      candidateRows,
      candidateShare,
      minShareIncrease: DUPLICATE_ROWS_MIN_SHARE_INCREASE,
      minExtra: DUPLICATE_ROWS_MIN_EXTRA,
    },
  );
}

function clipText(text: string): string {
  if (text.length <= MAX_EXAMPLE_LENGTH) return text;
  const points = Array.from(text);
  return points.length <= MAX_EXAMPLE_LENGTH ? text : `${points.slice(0, MAX_EXAMPLE_LENGTH - 1).join('')}…`;
}

function keyValues(keyColumns: readonly SharedColumn[], side: Side, row: number): string[] {
  return keyColumns.map((column) => clipText(cellText(column, side, row) ?? MISSING_TEXT));
}

type KeyedPart = Omit<RowDiff, 'target' | 'duplicateRows' | 'comparedColumns' | 'uncomparedColumns'>;

function keyedDiff(
  compared: readonly SharedColumn[],
  keyColumns: readonly SharedColumn[],
  target: string | null,
  reference: Table,
  candidate: Table,
  kept: RowGroupingCache | undefined,
): KeyedPart {
  const R = reference.rows;
  const C = candidate.rows;
  const groups = groupRows(keyColumns, reference, candidate, kept);
  const { groupOf, referenceGroups, representative } = groups;
  // a reference group's first reference row is its representative
  const firstCandidate = firstCandidateRows(groups, R);
  const examples = { added: [] as string[][], removed: [] as string[][], changed: [] as string[][] };
  let added = 0;
  let removed = 0;
  // Matched pairs in candidate order.
  const pairReference = new Int32Array(Math.min(R, C));
  const pairCandidate = new Int32Array(Math.min(R, C));
  let pairs = 0;
  for (let row = 0; row < C; row++) {
    const g = groupOf[R + row];
    if (g >= referenceGroups) {
      // a key only the candidate has, at its first row
      if (representative[g] !== R + row) continue;
      added++;
      if (examples.added.length < MAX_DIFF_EXAMPLES)
        examples.added.push(keyValues(keyColumns, 'candidate', row));
    } else if (firstCandidate[g] === row) {
      pairReference[pairs] = representative[g];
      pairCandidate[pairs] = row;
      pairs++;
    }
  }
  // reference groups in order of their first rows, as the reference has them
  for (let g = 0; g < referenceGroups; g++) {
    if (firstCandidate[g] >= 0) continue;
    removed++;
    if (examples.removed.length < MAX_DIFF_EXAMPLES)
      examples.removed.push(keyValues(keyColumns, 'reference', representative[g]));
  }

  const keyNames = new Set(keyColumns.map((c) => c.name));
  const changedFlag = new Uint8Array(pairs);
  const changedColumns: { column: string; rows: number }[] = [];
  let targetColumn: SharedColumn | null = null;
  for (const column of compared) {
    if (keyNames.has(column.name)) continue;
    if (column.name === target) targetColumn = column;
    const count = markChanged(column, pairReference, pairCandidate, pairs, changedFlag);
    if (count > 0) changedColumns.push({ column: column.name, rows: count });
  }
  changedColumns.sort((x, y) => y.rows - x.rows);
  let changed = 0;
  const changedRows: RowDiff['changedRows'] = [];
  const valueColumns = compared.filter((column) => !keyNames.has(column.name));
  for (let p = 0; p < pairs; p++) {
    if (changedFlag[p] === 0) continue;
    changed++;
    if (examples.changed.length < MAX_DIFF_EXAMPLES) {
      const key = keyValues(keyColumns, 'candidate', pairCandidate[p]);
      examples.changed.push(key);
      changedRows.push({ key, ...changedCells(valueColumns, pairReference[p], pairCandidate[p]) });
    }
  }
  return {
    keyed: true,
    key: keyColumns.map((c) => c.name),
    added,
    removed,
    changed,
    unchanged: pairs - changed,
    examples,
    changedRows,
    changedColumns,
    labelFlips: targetColumn ? labelFlips(targetColumn, pairReference, pairCandidate, pairs) : [],
    duplicateKeys: duplicatesOf(groups, R, C),
  };
}

/**
 * The old and new values of one matched pair of rows, per column that differs (column order, at
 * most MAX_CHANGED_CELLS; the rest counted in `moreColumns`). O(columns).
 */
function changedCells(
  columns: readonly SharedColumn[],
  referenceRow: number,
  candidateRow: number,
): Omit<RowDiff['changedRows'][number], 'key'> {
  const cells: RowDiff['changedRows'][number]['cells'] = [];
  let moreColumns = 0;
  for (const column of columns) {
    if (cellEqual(column.reference, referenceRow, column.candidate, candidateRow)) continue;
    if (cells.length === MAX_CHANGED_CELLS) {
      moreColumns++;
      continue;
    }
    cells.push({
      column: column.name,
      reference: clipText(cellText(column, 'reference', referenceRow) ?? MISSING_TEXT),
      candidate: clipText(cellText(column, 'candidate', candidateRow) ?? MISSING_TEXT),
    });
  }
  return { cells, moreColumns };
}

/** Sets changedFlag[p] for each pair whose cells differ in `column`; returns how many differ. Monomorphic loops per kind. */
function markChanged(
  column: SharedColumn,
  pairReference: Int32Array,
  pairCandidate: Int32Array,
  pairs: number,
  changedFlag: Uint8Array,
): number {
  const { reference: a, candidate: b } = column;
  let count = 0;
  if (a.kind === 'number' && b.kind === 'number') {
    const x = a.values;
    const y = b.values;
    for (let p = 0; p < pairs; p++) {
      const u = x[pairReference[p]];
      const v = y[pairCandidate[p]];
      if (u !== v && !(Number.isNaN(u) && Number.isNaN(v))) {
        changedFlag[p] = 1;
        count++;
      }
    }
  } else if (a.kind === 'code' && b.kind === 'code') {
    const { codes: xc, unified: xu } = a;
    const { codes: yc, unified: yu } = b;
    for (let p = 0; p < pairs; p++) {
      let u = xc[pairReference[p]];
      if (u >= 0) u = xu[u];
      let v = yc[pairCandidate[p]];
      if (v >= 0) v = yu[v];
      if (u !== v) {
        changedFlag[p] = 1;
        count++;
      }
    }
  } else {
    for (let p = 0; p < pairs; p++) {
      if (!cellEqual(a, pairReference[p], b, pairCandidate[p])) {
        changedFlag[p] = 1;
        count++;
      }
    }
  }
  return count;
}

/** The most frequent (from, to) changes of the target over matched pairs, counted on numbers or unified codes. */
function labelFlips(
  column: SharedColumn,
  pairReference: Int32Array,
  pairCandidate: Int32Array,
  pairs: number,
): { from: string; to: string; count: number }[] {
  const { reference: a, candidate: b } = column;
  // Per pair a comparable value: the number itself, or the unified level id (-1 missing).
  const comparable = (source: SharedColumn['reference'], row: number): number => {
    if (source.kind === 'number') return source.values[row];
    const code = source.codes[row];
    return code < 0 ? -1 : source.unified[code];
  };
  const counts = new Map<number, Map<number, { count: number; p: number }>>();
  for (let p = 0; p < pairs; p++) {
    const r = pairReference[p];
    const c = pairCandidate[p];
    if (cellEqual(a, r, b, c)) continue;
    const from = comparable(a, r);
    const to = comparable(b, c);
    let inner = counts.get(from);
    if (!inner) {
      inner = new Map();
      counts.set(from, inner);
    }
    const entry = inner.get(to);
    if (entry) entry.count++;
    else inner.set(to, { count: 1, p });
  }
  const all: { count: number; p: number }[] = [];
  for (const inner of counts.values()) for (const entry of inner.values()) all.push(entry);
  all.sort((x, y) => y.count - x.count || x.p - y.p);
  return all.slice(0, MAX_LABEL_FLIPS).map(({ count, p }) => ({
    from: clipText(cellText(column, 'reference', pairReference[p]) ?? MISSING_TEXT),
    to: clipText(cellText(column, 'candidate', pairCandidate[p]) ?? MISSING_TEXT),
    count,
  }));
}
