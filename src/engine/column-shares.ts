/**
 * The column tests spread across threads: each column pair's evaluation is independent (the
 * multiple-testing correction and the decision come after, over all of them), so worker threads
 * can evaluate pairs while this one does too. They take pairs from one queue, longest first: a
 * counter on shared memory (Atomics.add) hands out the next pair, so no thread waits while
 * another still has a long list. The joint checks' worker, once done, takes pairs from the other
 * end, shortest first, until the two meet: each pair has a flag on shared memory, and the thread
 * that sets it (Atomics.compareExchange) evaluates the pair. Which thread evaluates a pair never
 * changes its report: the same code runs on the same shared arrays.
 *
 * A numeric column is sorted in the thread that tests it, which records the column's
 * present-value summary (checks/columns/prepare.ts) for the quality checks; a worker sends its
 * summaries back with its evaluations and they are recorded here, so no column is sorted twice.
 */
import { evaluateColumn, type PairEvaluation, testedPairs } from '../checks/columns/drift.js';
import {
  type NumericSummary,
  type OutsideRange,
  recordedLevelCounts,
  recordedOutsideRange,
  recordedSummary,
  recordLevelCounts,
  recordOutsideRange,
  recordSummary,
} from '../checks/columns/prepare.js';
import type { ColumnSpec, ComparisonPlan, DriftOptions } from '../checks/plan.js';
import { sharedInt32 } from '../data/shared.js';
import {
  type CategoricalColumn,
  type Column,
  isCategoricalColumn,
  isNumericColumn,
  type Table,
} from '../data/table.js';

/**
 * The queue on shared memory: `next`, the index of the next pair for the threads taking from the
 * front; `claimed`, one flag per pair, set by the thread that evaluates it.
 */
export interface ColumnQueue {
  readonly next: Int32Array;
  readonly claimed: Int32Array;
}

/**
 * What the threads evaluate: the tested pairs (see testedPairs) in the order they are handed out
 * from the front, the drift settings, and the queue.
 */
export interface ColumnShareRequest extends ColumnQueue {
  readonly specs: readonly ColumnSpec[];
  /** Each pair's estimated cost (see the cost model), in the order of `specs`. */
  readonly costs: readonly number[];
  readonly settings: DriftOptions;
}

/**
 * The summaries a share's sorts recorded for one column (absent: that side was not sorted there),
 * the candidate's counts outside the reference's range, and a categorical pair's level counts
 * (checks/columns/prepare.ts levelCounts), for the quality checks in the thread that asked.
 */
export interface ShareSummaries {
  readonly name: string;
  readonly reference?: NumericSummary | null;
  readonly candidate?: NumericSummary | null;
  readonly outside?: OutsideRange;
  readonly levels?: { readonly reference: number[]; readonly candidate: number[] };
}

/** The evaluations of the pairs one thread took, and the summaries its sorts recorded. Plain data. */
export interface ColumnShareResult {
  readonly evaluations: PairEvaluation[];
  readonly summaries: ShareSummaries[];
}

/** Takes and evaluates pairs of the queue in another thread (or here, when it cannot run) until none is left. */
export type ColumnShareRunner = (
  reference: Table,
  candidate: Table,
  request: ColumnShareRequest,
) => Promise<ColumnShareResult>;

/**
 * How the column tests may be spread: up to `workers` other threads, each running `run`, when
 * that saves at least `minSaving` estimated nanoseconds (default SHARE_MIN_SAVING_NS; a test
 * passes -Infinity to share even small tables).
 */
export interface ColumnWork {
  readonly workers: number;
  readonly run: ColumnShareRunner;
  readonly minSaving?: number;
}

/**
 * The cost model that decides whether sharing pays, in estimated nanoseconds of one core,
 * calibrated on the bench (`npm run bench`, 2 cores): 1M x 20 per side, column tests 2.2 s and
 * joint checks 2.3 s; 100k x 1,000 per side, column tests 8 s and joint checks 2 s.
 * - a numeric pair costs NS_PER_SORTED_VALUE per present value (radix sort, KS, Wasserstein),
 *   a categorical pair NS_PER_CODED_VALUE per row;
 * - the joint checks (row hashing and grouping, the multivariate sample) cost
 *   JOINT_NS_PER_ROW + JOINT_NS_PER_CELL x columns per row of both sides.
 */
const NS_PER_SORTED_VALUE = 69;
const NS_PER_CODED_VALUE = 23;
const JOINT_NS_PER_ROW = 970;
const JOINT_NS_PER_CELL = 9;
/** A worker's start (its bundle compiled, its heap and sort buffers) costs about this much. */
export const SHARE_MIN_SAVING_NS = 600_000_000;

function byName(table: Table): Map<string, Column> {
  return new Map(table.columns.map((column) => [column.name, column]));
}

/** Estimated nanoseconds of testing one pair of columns of tables with `rows` rows between them (see the cost model). O(1). */
function pairCost(reference: Column | undefined, candidate: Column | undefined, rows: number): number {
  if (reference && isNumericColumn(reference)) {
    const missing = reference.missing + (candidate && isNumericColumn(candidate) ? candidate.missing : 0);
    return NS_PER_SORTED_VALUE * (rows - missing);
  }
  if (reference && isCategoricalColumn(reference)) return NS_PER_CODED_VALUE * rows;
  return 1;
}

/** Estimated nanoseconds of the joint checks (see the cost model); 0 when neither runs. O(1). */
export function jointCost(reference: Table, candidate: Table, runs: boolean): number {
  if (!runs) return 0;
  const rows = reference.rows + candidate.rows;
  const columns = Math.max(reference.columns.length, candidate.columns.length);
  return rows * (JOINT_NS_PER_ROW + JOINT_NS_PER_CELL * columns);
}

/**
 * How many worker threads (up to `workers`) should take pairs from the front of the queue beside
 * this one, and the pairs in the order to hand them out (longest first; the joint checks' thread
 * takes the shortest from the back) with their estimated costs; zero workers when sharing does not
 * pay.
 * The joint checks run in a thread of their own beside these, on the same cores, so sharing only
 * pays when the column tests outlast them: with tests T and joint checks J (estimated), this
 * thread alone takes about max(T, J), and k threads on k cores max((T + J) / k, J). Below
 * `minSaving` of gain (or with one pair) this thread tests everything. O(pairs log pairs).
 */
export function planColumnWork(
  reference: Table,
  candidate: Table,
  specs: readonly ColumnSpec[],
  workers: number,
  joint: number,
  minSaving = SHARE_MIN_SAVING_NS,
): { workers: number; order: ColumnSpec[]; costs: number[] } {
  const referenceColumns = byName(reference);
  const candidateColumns = byName(candidate);
  const rows = reference.rows + candidate.rows;
  const threads = Math.max(1, Math.min(1 + Math.floor(workers), specs.length));
  const costs = specs.map((spec) =>
    pairCost(referenceColumns.get(spec.name), candidateColumns.get(spec.name), rows),
  );
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  const shared = Math.max((total + joint) / threads, joint);
  const indices = specs.map((_, i) => i).sort((a, b) => costs[b] - costs[a] || a - b);
  const order = indices.map((i) => specs[i]);
  const ordered = indices.map((i) => costs[i]);
  const pays = threads > 1 && Math.max(total, joint) - shared >= minSaving;
  return { workers: pays ? threads - 1 : 0, order, costs: ordered };
}

/** A new queue of `pairs` pairs, none taken. */
export function newQueue(pairs: number): ColumnQueue {
  return { next: sharedInt32(1), claimed: sharedInt32(pairs) };
}

/** What the joint checks' worker may take from the back of the queue. */
export interface BackLimits {
  /**
   * The most present values a side of a numeric pair may have: its sort buffers (8 bytes a value
   * each side, plus the sort's scratch) then stay under 64 MiB, where the 5M-row tables keep the
   * memory target.
   */
  readonly maxSortedValues: number;
  /**
   * A pair is taken only while the pairs before it that no thread has claimed yet cost at least
   * this many times its own (estimated) cost: the worker tests a pair more slowly than the main
   * thread (its JIT is cold for the tests and its sort buffers are new: a numeric pair of 1M x 20
   * took 200 ms there against 65 ms here), so a pair it takes near the meeting point would end
   * after the front's last one (the main thread then waited 110-170 ms for it).
   */
  readonly costFactor: number;
}

export const BACK_LIMITS: BackLimits = { maxSortedValues: 1 << 21, costFactor: 3 };

/** The table with only the named columns (what a share's thread is sent). */
export function withColumns(table: Table, names: ReadonlySet<string>): Table {
  return { ...table, columns: table.columns.filter((column) => names.has(column.name)) };
}

/** The present values of the larger side of a pair, when numeric (what its sorts take); 0 otherwise. */
function sortedValues(reference: Column, candidate: Column): number {
  const present = (column: Column) => (isNumericColumn(column) ? column.values.length - column.missing : 0);
  return Math.max(present(reference), present(candidate));
}

/** Whether the back may take pair `at` (see BackLimits). O(pairs before it) at most. */
function backMayTake(
  request: ColumnShareRequest,
  at: number,
  reference: Column,
  candidate: Column,
  limits: BackLimits,
): boolean {
  if (sortedValues(reference, candidate) > limits.maxSortedValues) return false;
  const needed = limits.costFactor * request.costs[at];
  let left = 0;
  for (let before = at - 1; before >= 0 && left < needed; before--) {
    if (Atomics.load(request.claimed, before) !== 0) break;
    left += request.costs[before];
  }
  return left >= needed;
}

/**
 * Takes pairs of the queue and evaluates them until none is left, in whatever thread runs it;
 * collects the summaries its sorts recorded. From the front (default): the next index of
 * request.next, until one is past the end or already claimed from the back. From the back (the
 * joint checks' worker): the last pairs first, until one is claimed or exceeds `limits`
 * (BACK_LIMITS: the front takes it then). Cost: evaluateColumn's for each pair taken, plus, from
 * the back, a look at the unclaimed pairs before each (at most until their cost suffices).
 */
export function evaluateShare(
  reference: Table,
  candidate: Table,
  request: ColumnShareRequest,
  end: 'front' | 'back' = 'front',
  limits: BackLimits = BACK_LIMITS,
): ColumnShareResult {
  const referenceColumns = byName(reference);
  const candidateColumns = byName(candidate);
  const taken: ColumnSpec[] = [];
  const evaluations: PairEvaluation[] = [];
  for (let back = request.specs.length - 1; ; back--) {
    const at = end === 'front' ? Atomics.add(request.next, 0, 1) : back;
    if (at < 0 || at >= request.specs.length) break;
    const spec = request.specs[at];
    const [ref, cand] = [referenceColumns.get(spec.name), candidateColumns.get(spec.name)];
    if (!ref || !cand) throw new Error(`drift-gate bug: column '${spec.name}' is not on both sides`);
    if (end === 'back' && !backMayTake(request, at, ref, cand, limits)) break;
    if (Atomics.compareExchange(request.claimed, at, 0, 1) !== 0) break;
    taken.push(spec);
    evaluations.push(evaluateColumn(spec, ref, cand, reference.rows, candidate.rows, request.settings));
  }
  const summaries = taken.map((spec): ShareSummaries => {
    const summary = (column: Column | undefined) =>
      column && isNumericColumn(column) ? recordedSummary(column) : undefined;
    const [ref, cand] = [referenceColumns.get(spec.name), candidateColumns.get(spec.name)];
    const referenceSummary = summary(ref);
    const candidateSummary = summary(cand);
    const outside =
      ref && cand && isNumericColumn(ref) && isNumericColumn(cand)
        ? recordedOutsideRange(ref, cand)
        : undefined;
    const levels =
      ref && cand && isCategoricalColumn(ref) && isCategoricalColumn(cand)
        ? sentLevels(ref, cand)
        : undefined;
    return {
      name: spec.name,
      ...(referenceSummary !== undefined ? { reference: referenceSummary } : {}),
      ...(candidateSummary !== undefined ? { candidate: candidateSummary } : {}),
      ...(outside !== undefined ? { outside } : {}),
      ...(levels !== undefined ? { levels } : {}),
    };
  });
  return { evaluations, summaries };
}

/** Both sides' level counts as recorded by the pair's drift test, as plain arrays; undefined unless both were. */
function sentLevels(reference: CategoricalColumn, candidate: CategoricalColumn): ShareSummaries['levels'] {
  const [referenceCounts, candidateCounts] = [recordedLevelCounts(reference), recordedLevelCounts(candidate)];
  if (referenceCounts === undefined || candidateCounts === undefined) return undefined;
  return { reference: Array.from(referenceCounts), candidate: Array.from(candidateCounts) };
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
    if (
      entry.outside !== undefined &&
      referenceColumn &&
      candidateColumn &&
      isNumericColumn(referenceColumn) &&
      isNumericColumn(candidateColumn)
    )
      recordOutsideRange(referenceColumn, candidateColumn, entry.outside);
    if (
      entry.levels !== undefined &&
      referenceColumn &&
      candidateColumn &&
      isCategoricalColumn(referenceColumn) &&
      isCategoricalColumn(candidateColumn)
    ) {
      recordLevelCounts(referenceColumn, entry.levels.reference);
      recordLevelCounts(candidateColumn, entry.levels.candidate);
    }
  }
}

/** The column tests' queue, and how many worker threads take from its front beside this one. */
export interface PlannedQueue {
  readonly request: ColumnShareRequest;
  readonly workers: number;
}

/**
 * The queue of the tested column pairs, longest first, and how many worker threads besides the
 * joint checks' should take from its front beside this one (planColumnWork's choice, beside the
 * joint checks the plan runs). Null without pairs.
 */
export function columnQueue(
  reference: Table,
  candidate: Table,
  plan: Pick<ComparisonPlan, 'columns' | 'drift' | 'rows' | 'multivariate'>,
  work: ColumnWork,
): PlannedQueue | null {
  const tested = testedPairs(reference, candidate, plan.columns);
  if (tested.length === 0) return null;
  const joint = jointCost(reference, candidate, plan.rows !== null || plan.multivariate.enabled);
  const { workers, order, costs } = planColumnWork(
    reference,
    candidate,
    tested,
    work.workers,
    joint,
    work.minSaving,
  );
  return { request: { specs: order, costs, settings: plan.drift, ...newQueue(order.length) }, workers };
}

/**
 * The tested column pairs evaluated by this thread and by the other threads taking pairs from the
 * same queue: the planned workers (from the front), and the joint checks' thread (from the back,
 * once its checks are done; `takenByJoint` is called only when some pair was not taken here or by
 * the workers). The other threads' sorts' summaries are recorded here for the quality checks. By
 * column name; a pair nobody evaluated (a thread that failed) is left to the caller.
 */
export async function evaluateQueue(
  reference: Table,
  candidate: Table,
  queue: PlannedQueue,
  work: ColumnWork,
  takenByJoint: () => Promise<ColumnShareResult | undefined>,
): Promise<Map<string, PairEvaluation>> {
  const { request, workers } = queue;
  const names = new Set(request.specs.map((spec) => spec.name));
  const [referenceShared, candidateShared] = [withColumns(reference, names), withColumns(candidate, names)];
  const running = Array.from({ length: workers }, () => work.run(referenceShared, candidateShared, request));
  let mine: ColumnShareResult;
  try {
    mine = evaluateShare(reference, candidate, request);
  } catch (error) {
    await Promise.allSettled(running);
    throw error;
  }
  const evaluated = new Map(mine.evaluations.map((evaluation) => [evaluation.report.name, evaluation]));
  const record = (result: ColumnShareResult): void => {
    recordShareSummaries(reference, candidate, result.summaries);
    for (const evaluation of result.evaluations) evaluated.set(evaluation.report.name, evaluation);
  };
  for (const result of await Promise.all(running)) record(result);
  if (evaluated.size < request.specs.length) {
    const taken = await takenByJoint();
    if (taken) record(taken);
  }
  return evaluated;
}
