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
 * O(rows x columns), column by column over typed arrays, one block of HASH_BLOCK_ROWS rows at a
 * time (its lanes stay in the cache while every column folds in; the same lanes as whole columns
 * at a time); 8 bytes per row (in `lanes` when given).
 */
export function hashRows(
  columns: readonly SharedColumn[],
  side: 'reference' | 'candidate',
  rows: number,
  lanes = new Int32Array(2 * rows),
): Int32Array {
  for (let from = 0; from < rows; from += HASH_BLOCK_ROWS) {
    const to = Math.min(rows, from + HASH_BLOCK_ROWS);
    for (let row = from; row < to; row++) lanes[2 * row + 1] = 0x2545f491;
    for (const column of columns) {
      const source = column[side];
      if (source.kind === 'number') hashNumbers(source.values, source.words, lanes, from, to);
      else hashCodes(source.codes, source.hashA, source.hashB, lanes, from, to);
    }
    for (let row = from; row < to; row++) {
      lanes[2 * row] = fmix(lanes[2 * row] ^ columns.length) | 0;
      lanes[2 * row + 1] = fmix(lanes[2 * row + 1] ^ 0x5bd1e995) | 0;
    }
  }
  return lanes;
}

/** Rows per block of hashRows: 64 KiB of lanes. */
const HASH_BLOCK_ROWS = 8192;

function hashNumbers(
  values: Float64Array,
  words: Int32Array,
  lanes: Int32Array,
  from: number,
  to: number,
): void {
  for (let row = from; row < to; row++) {
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
  from: number,
  to: number,
): void {
  for (let row = from; row < to; row++) {
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
 * the group number. The counts cover the reference groups only: a candidate-only group has no
 * reference rows and its candidate rows are counted in `candidateOnlyRows` (at 5M + 5M distinct
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
 * their 64-bit hash (open addressing, one partition of the rows at a time: see group), then every
 * row is checked against its group's first row column by column; only if some check fails (two
 * different rows with the same 64-bit hash, about n^2 / 2^65 for n rows) is the grouping redone
 * confirming each hash match cell by cell. O((R + C) x columns) expected time. Memory at its peak,
 * per row of both sides: 8 bytes of hash lanes and 4 of group (5M + 5M rows: 114 MiB) and one
 * partition's hash table (at most 32 MiB); the lanes' memory then holds the first rows and the counts.
 * With `kept`, the reference half (its hashes, its grouping, its check) is made once per
 * reference Table and set of columns and kept there; each call then costs O(C x columns + R)
 * (the same groups: see groupAgainst).
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
  const lanes = new Int32Array(2 * (R + C));
  hashRows(columns, 'reference', R, lanes.subarray(0, 2 * R));
  hashRows(columns, 'candidate', C, lanes.subarray(2 * R));
  return groupHashed(columns, R, C, lanes);
}

/**
 * groupRows on hash lanes already made: `lanes` holds the reference's (hashRows' form), then the
 * candidate's. It owns them: their memory holds the first rows and the counts afterwards.
 * `partitionRows`: rows per partition of the hash table (see group). Exported for tests, which
 * give it colliding lanes and small partitions.
 */
export function groupHashed(
  columns: readonly SharedColumn[],
  R: number,
  C: number,
  lanes: Int32Array,
  partitionRows = partitionRowsFor(R + C),
): RowGroups {
  const ref = lanes.subarray(0, 2 * R);
  const cand = lanes.subarray(2 * R, 2 * (R + C));
  let firstOf = group(columns, R, C, ref, cand, false, partitionRows).firstOf;
  if (!confirmed(columns, R, C, firstOf))
    firstOf = group(columns, R, C, ref, cand, true, partitionRows).firstOf;
  return numbered(firstOf, R, C, lanes);
}

/**
 * The reference half of groupRows for one set of columns: the reference rows' hashes, the groups
 * they form alone (numbered as in every groupRows on this reference, reference rows coming first)
 * in a hash table with one entry per group, and whether every reference row equals its group's
 * first. About 20 to 32 bytes per reference row.
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
  // one partition: the table is kept for the candidates to join
  const { firstOf: groupOf, table } = group(columns, R, 0, hashes, NO_LANES, false, Number.POSITIVE_INFINITY);
  const isConfirmed = confirmed(columns, R, 0, groupOf);
  const representative = new Int32Array(firstRows(groupOf, 0, R));
  const groups = numberGroups(groupOf, 0, R, 0, representative);
  const grouping = { groupOf, groups, representative, table };
  const made = {
    hashes,
    grouping,
    confirmed: isConfirmed,
    referenceCount: counted(groupOf, R, 0, groups, representative).referenceCount,
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
  // the kept lanes are read again by later candidates: not the room for the counts
  const confirmedAgain = (): RowGroups =>
    numbered(group(columns, R, C, kept.hashes, cand, true, partitionRowsFor(R + C)).firstOf, R, C, null);
  if (!kept.confirmed) return confirmedAgain();
  const referenceGroups = kept.grouping.groups;
  const table = tableWithRoom(kept, R + C);
  const groupOf = new Int32Array(R + C);
  groupOf.set(kept.grouping.groupOf);
  try {
    insertRows(columns, R, kept.hashes, cand, false, table, groupOf, R, R + C, 0, 0);
  } finally {
    // the candidate's entries (first rows from R on) out again: the table holds the reference's groups only
    for (let at = 0; at < table.length; at += 2) {
      if (table[at] > R) {
        table[at] = 0;
        table[at + 1] = 0;
      }
    }
  }
  if (!confirmed(columns, R, C, groupOf, R)) return confirmedAgain();
  const representative = new Int32Array(referenceGroups + firstRows(groupOf, R, R + C));
  representative.set(kept.grouping.representative);
  numberGroups(groupOf, R, R + C, referenceGroups, representative);
  return counted(groupOf, R, C, referenceGroups, representative, { referenceCount: kept.referenceCount });
}

/**
 * The reference's hash table, with room for `total` rows (at most two thirds of the slots in
 * use): the kept one, or a larger one made from the reference's groups and kept instead.
 * O(reference groups) when made.
 */
function tableWithRoom(kept: ReferenceGrouping, total: number): Int32Array {
  const capacity = capacityFor(total);
  const { grouping, hashes } = kept;
  if (grouping.table.length >= capacity * 2) return grouping.table;
  const table = new Int32Array(capacity * 2);
  const mask = capacity - 1;
  for (let id = 0; id < grouping.groups; id++) {
    const first = grouping.representative[id];
    const a = hashes[2 * first];
    let slot = a & mask;
    while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = first + 1;
    table[slot * 2 + 1] = a;
  }
  kept.grouping = { ...grouping, table };
  return table;
}

/** Hash table slots for `total` rows: a power of two, at most two thirds in use (linear probing stays short). */
function capacityFor(total: number): number {
  let capacity = 16;
  while (capacity < 1.5 * total) capacity *= 2;
  return capacity;
}

/**
 * Rows per partition of group's hash table for `total` rows: at least 2^19 rows (a table of 2^20
 * slots, 8 MiB, which the cache keeps), else as many as MAX_PARTITIONS partitions need: every
 * partition reads all the lanes once more, and past 8 partitions that costs more than the cache
 * saves. Measured grouping 1M + 1M random lanes (warm): 141-153 ms in one partition, 114-127 ms in
 * four; 5M + 5M: 1.50 s in eight, 1.85 s in thirty-two. At 1M x 20 per side the table is 8 instead
 * of 32 MiB: peak RSS 473-499 against 503-515 MiB (3 alternated runs). O(1).
 */
export function partitionRowsFor(total: number): number {
  return Math.max(CACHED_PARTITION_ROWS, Math.ceil(total / MAX_PARTITIONS));
}

const CACHED_PARTITION_ROWS = 1 << 19;
const MAX_PARTITIONS = 8;

/** The lanes of a side without rows. */
const NO_LANES = new Int32Array(0);

/** The reference half's grouping, kept (its table for more candidates). */
interface Grouping {
  readonly groupOf: Int32Array;
  readonly groups: number;
  readonly representative: Int32Array;
  /**
   * The hash table: one 8-byte entry per slot (first row of the group + 1, its hash lane a);
   * lane b is read through the first row when lane a matches. Its length is twice a power of two.
   */
  readonly table: Int32Array;
}

/**
 * The first row of each global row's group: rows with equal hash lanes (and equal cells when
 * `confirm`) are one group. The rows go into the hash table one partition at a time (by bits 16
 * and up of lane b, independent of the slot, which lane a chooses; about `partitionRows` rows
 * each, read from the lanes once per partition), each partition into the same emptied table,
 * which is returned (with one partition, for more rows to join: groupAgainst).
 * O((R + C) x partitions) cheap reads of lane b, O(R + C) expected probes.
 */
function group(
  columns: readonly SharedColumn[],
  R: number,
  C: number,
  ref: Int32Array,
  cand: Int32Array,
  confirm: boolean,
  partitionRows: number,
): { firstOf: Int32Array; table: Int32Array } {
  const total = R + C;
  let partitions = 1;
  while (total > partitions * partitionRows && partitions < 1 << 16) partitions *= 2;
  const partMask = partitions - 1;
  let largest = total;
  if (partitions > 1) {
    const rowsIn = new Int32Array(partitions);
    for (let row = 0; row < R; row++) rowsIn[(ref[2 * row + 1] >>> 16) & partMask]++;
    for (let row = 0; row < C; row++) rowsIn[(cand[2 * row + 1] >>> 16) & partMask]++;
    largest = Math.max(...rowsIn);
  }
  const table = new Int32Array(capacityFor(largest) * 2);
  const firstOf = new Int32Array(total);
  for (let part = 0; part < partitions; part++) {
    if (part > 0) table.fill(0);
    insertRows(columns, R, ref, cand, confirm, table, firstOf, 0, total, part, partMask);
  }
  return { firstOf, table };
}

/**
 * Puts global rows `from` .. `to` - 1 of partition `part` (lane b's bits 16 and up, under
 * `partMask`) into their groups: a group with equal hash lanes, and equal cells when `confirm`,
 * else a new group of their own. Writes each row's group as the group's first global row.
 */
function insertRows(
  columns: readonly SharedColumn[],
  R: number,
  ref: Int32Array,
  cand: Int32Array,
  confirm: boolean,
  table: Int32Array,
  firstOf: Int32Array,
  from: number,
  to: number,
  part: number,
  partMask: number,
): void {
  const mask = table.length / 2 - 1;
  for (let global = from; global < to; global++) {
    const lanes = global < R ? ref : cand;
    const at = global < R ? 2 * global : 2 * (global - R);
    const b = lanes[at + 1];
    if (((b >>> 16) & partMask) !== part) continue;
    const a = lanes[at];
    let slot = a & mask;
    for (;;) {
      const entry = slot * 2;
      const first = table[entry] - 1;
      if (first < 0) {
        table[entry] = global + 1;
        table[entry + 1] = a;
        firstOf[global] = global;
        break;
      }
      if (
        table[entry + 1] === a &&
        (first < R ? ref[2 * first + 1] : cand[2 * (first - R) + 1]) === b &&
        (!confirm || rowsEqual(columns, R, first, global))
      ) {
        firstOf[global] = first;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/** How many of global rows `from` .. `to` - 1 start a group (firstOf form). O(to - from). */
function firstRows(firstOf: Int32Array, from: number, to: number): number {
  let count = 0;
  for (let global = from; global < to; global++) if (firstOf[global] === global) count++;
  return count;
}

/**
 * Numbers the groups of global rows `from` .. `to` - 1 in place: each entry, the first row of its
 * group, becomes the group's number (rows before `from` numbered already), new groups numbered on
 * from `groups` in order of first appearance, and each new group's first row is written at its
 * number in `representative`. Returns the number of groups. O(to - from).
 */
function numberGroups(
  groupOf: Int32Array,
  from: number,
  to: number,
  groups: number,
  representative: Int32Array,
): number {
  let next = groups;
  for (let global = from; global < to; global++) {
    const first = groupOf[global];
    if (first === global) {
      representative[next] = global;
      groupOf[global] = next++;
    } else groupOf[global] = groupOf[first];
  }
  return next;
}

/**
 * RowGroups from the first row of each global row's group (made in place). `room`: the lanes,
 * no longer read, whose memory then holds the first rows and, where there is room, the counts;
 * null to allocate them. O(R + C).
 */
function numbered(firstOf: Int32Array, R: number, C: number, room: Int32Array | null): RowGroups {
  const representative = room ?? new Int32Array(firstRows(firstOf, 0, R + C));
  const referenceGroups = numberGroups(firstOf, 0, R, 0, representative);
  const groups = numberGroups(firstOf, R, R + C, referenceGroups, representative);
  return counted(firstOf, R, C, referenceGroups, representative.subarray(0, groups), {
    room: room?.subarray(groups),
  });
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

/** Whether every row from global row `from` on equals its group's first row (checked column by column). */
function confirmed(
  columns: readonly SharedColumn[],
  R: number,
  C: number,
  firstOf: Int32Array,
  from = 0,
): boolean {
  // only rows grouped with an earlier row are checked, listed once (none when all rows differ)
  let joined = 0;
  for (let global = from; global < R + C; global++) if (firstOf[global] !== global) joined++;
  if (joined === 0) return true;
  const rows = new Int32Array(joined);
  joined = 0;
  for (let global = from; global < R + C; global++) if (firstOf[global] !== global) rows[joined++] = global;
  for (const column of columns) {
    const ref = column.reference;
    const cand = column.candidate;
    if (ref.kind === 'number' && cand.kind === 'number') {
      if (!numbersConfirmed(ref.values, cand.values, R, firstOf, rows)) return false;
    } else if (ref.kind === 'code' && cand.kind === 'code') {
      if (!codesConfirmed(ref, cand, R, firstOf, rows)) return false;
    } else {
      return false;
    }
  }
  return true;
}

/** Whether each of `rows` (global) has its group's first row's number (missing equals missing). */
function numbersConfirmed(
  ref: Float64Array,
  cand: Float64Array,
  R: number,
  firstOf: Int32Array,
  rows: Int32Array,
): boolean {
  for (let k = 0; k < rows.length; k++) {
    const global = rows[k];
    const first = firstOf[global];
    const x = global < R ? ref[global] : cand[global - R];
    const y = first < R ? ref[first] : cand[first - R];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/** Whether each of `rows` (global) has its group's first row's category (by unified id; missing equals missing). */
function codesConfirmed(
  ref: { codes: Int32Array; unified: Int32Array },
  cand: { codes: Int32Array; unified: Int32Array },
  R: number,
  firstOf: Int32Array,
  rows: Int32Array,
): boolean {
  const rc = ref.codes;
  const ru = ref.unified;
  const cc = cand.codes;
  const cu = cand.unified;
  for (let k = 0; k < rows.length; k++) {
    const global = rows[k];
    const first = firstOf[global];
    let x = global < R ? rc[global] : cc[global - R];
    if (x >= 0) x = global < R ? ru[x] : cu[x];
    let y = first < R ? rc[first] : cc[first - R];
    if (y >= 0) y = first < R ? ru[y] : cu[y];
    if (x !== y) return false;
  }
  return true;
}

/**
 * Each reference group's rows on each side, and the candidate rows in candidate-only groups.
 * `room`: memory no longer needed, holding the counts when it has 2 x reference groups entries
 * (else they are allocated); `referenceCount`: the reference's counts made before
 * (groupAgainst), shared, not copied. O(R + C + reference groups).
 */
function counted(
  groupOf: Int32Array,
  R: number,
  C: number,
  referenceGroups: number,
  representative: Int32Array,
  given: { room?: Int32Array; referenceCount?: Int32Array } = {},
): RowGroups {
  const { referenceCount: known } = given;
  const room = given.room && given.room.length >= 2 * referenceGroups ? given.room : null;
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
    groups: representative.length,
    referenceGroups,
    representative,
    referenceCount,
    candidateCount,
    candidateOnlyRows,
  };
}
