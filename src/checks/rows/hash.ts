/**
 * Row hashing and exact row grouping for the row checks (rows.ts), on typed arrays only: no string
 * is built per row or per cell.
 *
 * A row's hash is two 32-bit lanes over its cells in column order (lane a: a murmur3 round per cell;
 * lane b: a cheaper multiply-rotate round; both finished with the murmur3 finaliser): a number by the two 32-bit words of its Float64 bits (-0 as 0), a category by a hash
 * of its level text computed once per level, a missing value by a fixed word. Rows with equal hashes
 * are then confirmed cell by cell, so grouping is exact whatever the collisions: a collision only
 * costs one more probe. For many candidates against one reference (periods) the reference's half
 * of the grouping is made once and kept (RowGroupingCache).
 * Why this file is long: hashing, grouping and the cell-by-cell confirmation read the same cell
 * sources and must agree on what "equal" means; apart they would be one algorithm in three files.
 */
import { type Column, dictionaryOf, type Table } from '../../data/table.js';
import { formatInstant } from '../../report/format.js';

/** The cells of one column on one side, in the form the hash and the comparison read. */
export type CellSource =
  | {
      readonly kind: 'number';
      readonly values: Float64Array;
      /** The same bytes as 32-bit words (two per value), read by the hash. */
      readonly words: Int32Array;
    }
  | {
      readonly kind: 'code';
      readonly codes: Int32Array;
      /** Per level of this side: the id of its text in the column's shared level list. */
      readonly unified: Int32Array;
      /** Per level of this side: the two lanes of the hash of its text. */
      readonly hashA: Int32Array;
      readonly hashB: Int32Array;
    };

/** A column present on both sides with values kept on both. */
export interface SharedColumn {
  readonly name: string;
  /** 'datetime' values are epoch milliseconds (shown as ISO text). */
  readonly type: Column['type'];
  readonly reference: CellSource;
  readonly candidate: CellSource;
  /** Categorical: the level texts of both sides, indexed by the unified ids. */
  readonly levels: readonly string[];
}

/** Whether a column has cells the row checks can read (numbers or codes). */
export function hasCells(column: Column): boolean {
  return 'values' in column || dictionaryOf(column) !== null;
}

const MISSING_A = 0x9e3779b9 | 0;
const MISSING_B = 0x7f4a7c15 | 0;

/** Two 32-bit FNV-1a lanes (different offsets, the second finished with a murmur3 finaliser) of a text. */
function textHash(text: string): [number, number] {
  let a = 0x811c9dc5 | 0;
  let b = 0x050c5d1f | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
    b ^= b >>> 15;
  }
  return [a ^ text.length, fmix(b + text.length) | 0];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixA(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function mixB(h: number, k: number): number {
  k = Math.imul(k, 0x85ebca6b);
  k = (k << 13) | (k >>> 19);
  k = Math.imul(k, 0xc2b2ae35);
  h ^= k;
  h = (h << 17) | (h >>> 15);
  return (Math.imul(h, 9) + 0x7f4a7c15) | 0;
}

function numberSource(values: Float64Array): CellSource {
  return {
    kind: 'number',
    values,
    words: new Int32Array(values.buffer, values.byteOffset, values.length * 2),
  };
}

/**
 * The shared form of a column on both sides, or null when the sides cannot be compared cell by cell
 * (a side without kept values, or numbers on one side and codes on the other).
 */
export function shareColumn(reference: Column, candidate: Column): SharedColumn | null {
  if ('values' in reference && 'values' in candidate) {
    return {
      name: reference.name,
      type: reference.type,
      reference: numberSource(reference.values),
      candidate: numberSource(candidate.values),
      levels: [],
    };
  }
  const ref = dictionaryOf(reference);
  const cand = dictionaryOf(candidate);
  if (ref === null || cand === null) return null;
  const levels: string[] = [];
  const index = new Map<string, number>();
  const source = (side: { codes: Int32Array; levels: readonly string[] }): CellSource => {
    const unified = new Int32Array(side.levels.length);
    const hashA = new Int32Array(side.levels.length);
    const hashB = new Int32Array(side.levels.length);
    side.levels.forEach((level, i) => {
      let id = index.get(level);
      if (id === undefined) {
        id = levels.length;
        levels.push(level);
        index.set(level, id);
      }
      unified[i] = id;
      [hashA[i], hashB[i]] = textHash(level);
    });
    return { kind: 'code', codes: side.codes, unified, hashA, hashB };
  };
  return {
    name: reference.name,
    type: reference.type,
    reference: source(ref),
    candidate: source(cand),
    levels,
  };
}

/**
 * The two hash lanes of every row of one side over `columns` (finalised, as int32), interleaved:
 * lane a of row r at 2r, lane b at 2r + 1 (a match compares both: one cache line). One mixing
 * round per lane and cell: a number's two words are folded differently into each lane.
 * O(rows x columns), column by column over typed arrays; 8 bytes per row.
 */
export function hashRows(
  columns: readonly SharedColumn[],
  side: 'reference' | 'candidate',
  rows: number,
): Int32Array {
  const lanes = new Int32Array(2 * rows);
  for (let row = 0; row < rows; row++) lanes[2 * row + 1] = 0x2545f491;
  for (const column of columns) {
    const source = column[side];
    if (source.kind === 'number') hashNumbers(source.values, source.words, lanes, rows);
    else hashCodes(source.codes, source.hashA, source.hashB, lanes, rows);
  }
  for (let row = 0; row < rows; row++) {
    lanes[2 * row] = fmix(lanes[2 * row] ^ columns.length) | 0;
    lanes[2 * row + 1] = fmix(lanes[2 * row + 1] ^ 0x5bd1e995) | 0;
  }
  return lanes;
}

function hashNumbers(values: Float64Array, words: Int32Array, lanes: Int32Array, rows: number): void {
  for (let row = 0; row < rows; row++) {
    const value = values[row];
    let lo = MISSING_A;
    let hi = MISSING_B;
    if (value === 0) {
      lo = 0;
      hi = 0;
    } else if (!Number.isNaN(value)) {
      lo = words[2 * row];
      hi = words[2 * row + 1];
    }
    let k = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    let h = lanes[2 * row] ^ k;
    h = (h << 13) | (h >>> 19);
    lanes[2 * row] = Math.imul(h, 5) + 0xe6546b64;
    h = Math.imul(lanes[2 * row + 1] ^ hi, 0x01000193);
    lanes[2 * row + 1] = Math.imul(((h << 15) | (h >>> 17)) ^ lo, 0x2c1b3c6d);
  }
}

function hashCodes(
  codes: Int32Array,
  hashA: Int32Array,
  hashB: Int32Array,
  lanes: Int32Array,
  rows: number,
): void {
  for (let row = 0; row < rows; row++) {
    const code = codes[row];
    lanes[2 * row] = mixA(lanes[2 * row], code < 0 ? MISSING_A : hashA[code]);
    lanes[2 * row + 1] = mixB(lanes[2 * row + 1], code < 0 ? MISSING_B : hashB[code]);
  }
}

/** Whether cell `rowA` of `sourceA` equals cell `rowB` of `sourceB` (missing equals missing; -0 equals 0). */
export function cellEqual(sourceA: CellSource, rowA: number, sourceB: CellSource, rowB: number): boolean {
  if (sourceA.kind === 'number' && sourceB.kind === 'number') {
    const x = sourceA.values[rowA];
    const y = sourceB.values[rowB];
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  }
  if (sourceA.kind === 'code' && sourceB.kind === 'code') {
    const x = sourceA.codes[rowA];
    const y = sourceB.codes[rowB];
    if (x < 0 || y < 0) return x < 0 && y < 0;
    return sourceA.unified[x] === sourceB.unified[y];
  }
  return false;
}

/**
 * The text of a cell (null when missing): numbers as JavaScript prints them, datetimes as the
 * report writes them (`2016-01-01`, `2016-01-01 12:30`: report/format.ts `formatInstant`, with
 * the milliseconds when there are any), categories as their level.
 */
export function cellText(column: SharedColumn, side: 'reference' | 'candidate', row: number): string | null {
  const source = column[side];
  if (source.kind === 'number') {
    const value = source.values[row];
    if (Number.isNaN(value)) return null;
    if (column.type !== 'datetime') return String(value);
    return value % 1000 === 0
      ? formatInstant(value)
      : new Date(value).toISOString().slice(0, 23).replace('T', ' ');
  }
  const code = source.codes[row];
  return code < 0 ? null : column.levels[source.unified[code]];
}

/**
 * Rows of both sides grouped by equality over `columns`. Global row ids: reference rows 0..R-1, then
 * candidate rows R..R+C-1. Groups are numbered in order of first appearance (reference first), so
 * the groups with reference rows are 0 .. referenceGroups - 1, each group's first row is its
 * representative (a reference group's first reference row), and representatives increase with
 * the group number. Per-group arrays cover the reference groups only: a candidate-only group has
 * no reference rows and its candidate rows are counted in `candidateOnlyRows` (at 5M + 5M distinct
 * rows this keeps 40 MB of counts instead of 160 MB of per-group counts and first rows).
 */
export interface RowGroups {
  /** Group of each global row. */
  readonly groupOf: Int32Array;
  readonly groups: number;
  /** How many groups have reference rows: groups 0 .. referenceGroups - 1. */
  readonly referenceGroups: number;
  /** Per group: its first global row (for a reference group, its first reference row). */
  readonly representative: Int32Array;
  /** Per reference group: its rows on each side. */
  readonly referenceCount: Int32Array;
  readonly candidateCount: Int32Array;
  /** Candidate rows in groups without reference rows. */
  readonly candidateOnlyRows: number;
}

/**
 * Per reference group: its first candidate row (a candidate row number), -1 when it has none.
 * (A candidate-only group's first candidate row is its representative - R.) O(C + reference groups).
 */
export function firstCandidateRows(groups: RowGroups, R: number): Int32Array {
  const { groupOf, referenceGroups } = groups;
  const first = new Int32Array(referenceGroups).fill(-1);
  for (let global = R; global < groupOf.length; global++) {
    const g = groupOf[global];
    if (g < referenceGroups && first[g] < 0) first[g] = global - R;
  }
  return first;
}

/**
 * Exact grouping of the rows of both tables by their cells in `columns`. Rows are first grouped by
 * their 64-bit hash (open addressing), then every row is checked against its group's first row
 * column by column; only if some check fails (two different rows with the same 64-bit hash, about
 * n^2 / 2^65 for n rows) is the grouping redone confirming each hash match cell by cell.
 * O((R + C) x columns) expected time. Memory at its peak, per row of both sides: 8 bytes of
 * hash lanes, 4 of group number and 6 to 12 of hash table (5M + 5M rows: 178 MiB); the table's
 * and the reference lanes' memory then hold the representatives and the counts. With `kept`, the
 * reference half (its hashes, its grouping, its check) is made once per reference Table and set
 * of columns and kept there; each call then costs O(C x columns + R) (the same groups: see
 * groupAgainst).
 */
export function groupRows(
  columns: readonly SharedColumn[],
  reference: Table,
  candidate: Table,
  kept?: RowGroupingCache,
): RowGroups {
  if (kept) return groupAgainst(referenceGrouping(kept, columns, reference), columns, reference, candidate);
  const R = reference.rows;
  const C = candidate.rows;
  return groupHashed(columns, R, C, hashRows(columns, 'reference', R), hashRows(columns, 'candidate', C));
}

/**
 * groupRows on hash lanes already made (hashRows' form), which it owns: the reference lanes'
 * memory holds the counts afterwards. Exported for tests, which give it colliding lanes.
 */
export function groupHashed(
  columns: readonly SharedColumn[],
  R: number,
  C: number,
  ref: Int32Array,
  cand: Int32Array,
): RowGroups {
  const byHash = group(columns, R, C, ref, cand, false);
  const grouping = confirmed(columns, R, C, byHash) ? byHash : group(columns, R, C, ref, cand, true);
  return counted(grouping, R, C, { room: ref });
}

/**
 * The reference half of groupRows for one set of columns: the reference rows' hashes, the groups
 * they form alone (numbered as in every groupRows on this reference, reference rows coming first)
 * in a hash table with one entry per group, and whether every reference row equals its group's
 * first. About 26 to 32 bytes per reference row.
 */
interface ReferenceGrouping {
  readonly hashes: Int32Array;
  /** Replaced by one with a larger table when a candidate needs more room (tableWithRoom). */
  grouping: Grouping;
  readonly confirmed: boolean;
  /** Per reference group: its reference rows. */
  readonly referenceCount: Int32Array;
}

/**
 * The reference halves of groupRows kept for more candidates against the same reference Table
 * (the periods of one run: engine/periods.ts makes one per run and passes it down explicitly), by
 * reference Table (weakly) and set of columns.
 */
export interface RowGroupingCache {
  readonly byReference: WeakMap<Table, Map<string, ReferenceGrouping>>;
  /** How many reference halves were made (one per reference Table and set of columns; tests read it). */
  made: number;
}

/** An empty RowGroupingCache, for one run. */
export function rowGroupingCache(): RowGroupingCache {
  return { byReference: new WeakMap(), made: 0 };
}

/** The reference half for `columns`, from `kept` or made now (and kept). O(R x columns) when made. */
function referenceGrouping(
  kept: RowGroupingCache,
  columns: readonly SharedColumn[],
  reference: Table,
): ReferenceGrouping {
  let byColumns = kept.byReference.get(reference);
  if (!byColumns) {
    byColumns = new Map();
    kept.byReference.set(reference, byColumns);
  }
  const key = JSON.stringify(columns.map((column) => [column.name, column.reference.kind]));
  const known = byColumns.get(key);
  if (known) return known;
  const R = reference.rows;
  const hashes = hashRows(columns, 'reference', R);
  const grouping = group(columns, R, 0, hashes, NO_LANES, false, true);
  const made = {
    hashes,
    grouping,
    confirmed: confirmed(columns, R, 0, grouping),
    referenceCount: counted(grouping, R, 0).referenceCount,
  };
  byColumns.set(key, made);
  kept.made++;
  return made;
}

/**
 * groupRows with the reference half made before: the candidate rows go into the reference's hash
 * table (rows R .. R + C - 1 of the same insertion loop, so the same groups with the same numbers),
 * are checked against their groups' first rows, and are taken out of the table again. When the
 * reference's own check or the candidate's failed, the whole grouping is redone confirming each
 * match, as groupRows does. O(C x columns + R + table size).
 */
function groupAgainst(
  kept: ReferenceGrouping,
  columns: readonly SharedColumn[],
  reference: Table,
  candidate: Table,
): RowGroups {
  const R = reference.rows;
  const C = candidate.rows;
  const cand = hashRows(columns, 'candidate', C);
  if (!kept.confirmed) return counted(group(columns, R, C, kept.hashes, cand, true), R, C);
  const referenceGroups = kept.grouping.groups;
  const table = tableWithRoom(kept, R + C);
  const groupOf = new Int32Array(R + C);
  groupOf.set(kept.grouping.groupOf);
  let groups = referenceGroups;
  try {
    groups = insertRows(columns, R, kept.hashes, cand, false, table, groupOf, R, R + C, groups);
  } finally {
    // the candidate's entries (first rows from R on) out again: the table holds the reference's groups only
    const mask = table.length - 1;
    for (let slot = 0; slot < table.length; slot++) {
      if ((table[slot] & mask) > R) table[slot] = 0;
    }
  }
  const representative = new Int32Array(groups);
  representative.set(kept.grouping.representative);
  representativesOf(groupOf, R, R + C, representative, referenceGroups);
  const grouping: Grouping = { groupOf, groups, referenceGroups, representative, table: NO_TABLE };
  if (!confirmed(columns, R, C, grouping, R))
    return counted(group(columns, R, C, kept.hashes, cand, true), R, C);
  return counted(grouping, R, C, { referenceCount: kept.referenceCount });
}

/**
 * The reference's hash table, with room for `total` rows (at most two thirds of the slots in
 * use): the kept one, or a larger one made from the reference's groups and kept instead.
 * O(reference groups) when made.
 */
function tableWithRoom(kept: ReferenceGrouping, total: number): Int32Array {
  const capacity = capacityFor(total);
  const { grouping, hashes } = kept;
  if (grouping.table.length >= capacity) return grouping.table;
  const table = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let id = 0; id < grouping.groups; id++) {
    const first = grouping.representative[id];
    const a = hashes[2 * first];
    let slot = a & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = (a & ~mask) | (first + 1);
  }
  kept.grouping = { ...grouping, table };
  return table;
}

/**
 * Hash table slots for `total` rows: a power of two, at most two thirds in use (linear probing
 * stays short), and more slots than rows (an entry holds a row number + 1 in the bits of the mask).
 */
function capacityFor(total: number): number {
  let capacity = 16;
  while (capacity < 1.5 * total) capacity *= 2;
  return capacity;
}

/** The table of a Grouping that does not keep it. */
const NO_TABLE = new Int32Array(0);
/** The lanes of a side without rows. */
const NO_LANES = new Int32Array(0);

interface Grouping {
  readonly groupOf: Int32Array;
  readonly groups: number;
  readonly referenceGroups: number;
  /** Per group: its first global row. */
  readonly representative: Int32Array;
  /**
   * The hash table: one 4-byte entry per slot, `(a & ~mask) | (first row + 1)` where `a` is lane
   * a of the group's first row and `mask` the slot mask (a row number fits in the mask's bits: the
   * table has more slots than rows). The bits above the mask screen a probe (the bits below it
   * choose the slot); the full lanes are then read through the first row: half the memory of an
   * 8-byte entry. Its length is a power of two; empty unless asked to be kept (group's `keepTable`).
   */
  readonly table: Int32Array;
}

/**
 * The rows of both sides grouped by equal hash lanes (and equal cells when `confirm`). Without
 * `keepTable`, the table's memory holds the representatives afterwards (it has more slots than
 * rows), so nothing is allocated beside the table and the group numbers.
 */
function group(
  columns: readonly SharedColumn[],
  R: number,
  C: number,
  ref: Int32Array,
  cand: Int32Array,
  confirm: boolean,
  keepTable = false,
): Grouping {
  const total = R + C;
  // 5M + 5M rows: 2^24 slots, 64 MiB.
  const table = new Int32Array(capacityFor(total));
  const groupOf = new Int32Array(total);
  const referenceGroups = insertRows(columns, R, ref, cand, confirm, table, groupOf, 0, R, 0);
  const groups = insertRows(columns, R, ref, cand, confirm, table, groupOf, R, total, referenceGroups);
  const representative = keepTable ? new Int32Array(groups) : table.subarray(0, groups);
  representativesOf(groupOf, 0, total, representative, 0);
  return { groupOf, groups, referenceGroups, representative, table: keepTable ? table : NO_TABLE };
}

/**
 * Writes the first row of each group numbered from `firstGroup` on, reading global rows `from` ..
 * `to` - 1 (groups are numbered in order of first appearance, so a row starts the next group
 * exactly when its group is that number). O(to - from).
 */
function representativesOf(
  groupOf: Int32Array,
  from: number,
  to: number,
  representative: Int32Array,
  firstGroup: number,
): void {
  let next = firstGroup;
  for (let global = from; global < to; global++) {
    if (groupOf[global] === next) representative[next++] = global;
  }
}

/**
 * Puts global rows `from` .. `to` - 1 into their groups (a group with equal hash lanes, and equal
 * cells when `confirm`), making a new group (numbered on from `groups`) for a row that has none;
 * returns the number of groups.
 */
function insertRows(
  columns: readonly SharedColumn[],
  R: number,
  ref: Int32Array,
  cand: Int32Array,
  confirm: boolean,
  table: Int32Array,
  groupOf: Int32Array,
  from: number,
  to: number,
  groups: number,
): number {
  const mask = table.length - 1;
  const high = ~mask;
  for (let global = from; global < to; global++) {
    const lanes = global < R ? ref : cand;
    const at = global < R ? 2 * global : 2 * (global - R);
    const a = lanes[at];
    const b = lanes[at + 1];
    const screen = a & high;
    let slot = a & mask;
    for (;;) {
      const entry = table[slot];
      if (entry === 0) {
        table[slot] = screen | (global + 1);
        groupOf[global] = groups++;
        break;
      }
      if ((entry & high) === screen) {
        const first = (entry & mask) - 1;
        const firstLanes = first < R ? ref : cand;
        const firstAt = first < R ? 2 * first : 2 * (first - R);
        if (
          firstLanes[firstAt] === a &&
          firstLanes[firstAt + 1] === b &&
          (!confirm || rowsEqual(columns, R, first, global))
        ) {
          groupOf[global] = groupOf[first];
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
  return groups;
}

/** Whether global rows g1 and g2 are equal in every column. */
function rowsEqual(columns: readonly SharedColumn[], R: number, g1: number, g2: number): boolean {
  const s1 = g1 < R ? 'reference' : 'candidate';
  const s2 = g2 < R ? 'reference' : 'candidate';
  const r1 = g1 < R ? g1 : g1 - R;
  const r2 = g2 < R ? g2 : g2 - R;
  for (const column of columns) {
    if (!cellEqual(column[s1], r1, column[s2], r2)) return false;
  }
  return true;
}

/** Whether every row from global row `from` on equals its group's representative (checked column by column). */
function confirmed(
  columns: readonly SharedColumn[],
  R: number,
  C: number,
  grouping: Grouping,
  from = 0,
): boolean {
  const { groupOf, representative } = grouping;
  for (const column of columns) {
    const ref = column.reference;
    const cand = column.candidate;
    if (ref.kind === 'number' && cand.kind === 'number') {
      if (!numbersConfirmed(ref.values, cand.values, R, C, groupOf, representative, from)) return false;
    } else if (ref.kind === 'code' && cand.kind === 'code') {
      if (!codesConfirmed(ref, cand, R, C, groupOf, representative, from)) return false;
    } else {
      return false;
    }
  }
  return true;
}

function numbersConfirmed(
  ref: Float64Array,
  cand: Float64Array,
  R: number,
  C: number,
  groupOf: Int32Array,
  representative: Int32Array,
  from: number,
): boolean {
  for (let global = from; global < R + C; global++) {
    const rep = representative[groupOf[global]];
    if (rep === global) continue;
    const x = global < R ? ref[global] : cand[global - R];
    const y = rep < R ? ref[rep] : cand[rep - R];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

function codesConfirmed(
  ref: { codes: Int32Array; unified: Int32Array },
  cand: { codes: Int32Array; unified: Int32Array },
  R: number,
  C: number,
  groupOf: Int32Array,
  representative: Int32Array,
  from: number,
): boolean {
  const rc = ref.codes;
  const ru = ref.unified;
  const cc = cand.codes;
  const cu = cand.unified;
  for (let global = from; global < R + C; global++) {
    const rep = representative[groupOf[global]];
    if (rep === global) continue;
    let x = global < R ? rc[global] : cc[global - R];
    if (x >= 0) x = global < R ? ru[x] : cu[x];
    let y = rep < R ? rc[rep] : cc[rep - R];
    if (y >= 0) y = rep < R ? ru[y] : cu[y];
    if (x !== y) return false;
  }
  return true;
}

/**
 * Each reference group's rows on each side, and the candidate rows in candidate-only groups.
 * `room`: an array no longer needed with at least 2 x reference groups entries, whose memory then
 * holds the counts (no allocation); `referenceCount`: the reference's counts made before
 * (groupAgainst), shared, not copied. O(R + C + reference groups).
 */
function counted(
  grouping: Grouping,
  R: number,
  C: number,
  given: { room?: Int32Array; referenceCount?: Int32Array } = {},
): RowGroups {
  const { groupOf, groups, referenceGroups, representative } = grouping;
  const { room, referenceCount: known } = given;
  const candidateCount = room
    ? room.subarray(referenceGroups, 2 * referenceGroups).fill(0)
    : new Int32Array(referenceGroups);
  let referenceCount: Int32Array;
  if (known) referenceCount = known;
  else {
    referenceCount = room ? room.subarray(0, referenceGroups).fill(0) : new Int32Array(referenceGroups);
    for (let row = 0; row < R; row++) referenceCount[groupOf[row]]++;
  }
  let candidateOnlyRows = 0;
  for (let global = R; global < R + C; global++) {
    const g = groupOf[global];
    if (g < referenceGroups) candidateCount[g]++;
    else candidateOnlyRows++;
  }
  return {
    groupOf,
    groups,
    referenceGroups,
    representative,
    referenceCount,
    candidateCount,
    candidateOnlyRows,
  };
}
