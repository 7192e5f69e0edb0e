/**
 * Small numeric helpers shared by the statistical tests: sorted copies, average ranks, greatest
 * common divisor, Python-style float floor division, and input guards. Nothing here allocates more
 * than one array per call.
 */

import { plainSums } from './sums.js';
import type { CategoricalInput, NumericInput, StatInput, StatResult } from './types.js';

/** A sorted copy (Float64Array.prototype.sort sorts numerically, O(n log n)). */
export function ascending(values: Float64Array | readonly number[]): Float64Array {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}

/** Number of elements of sorted `a` that are <= x (numpy searchsorted side='right'). */
export function searchRight(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements of sorted `a` that are < x (numpy searchsorted side='left'). */
export function searchLeft(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Average ranks (1-based, ties get the mean of their ranks) of two SORTED samples within the pooled
 * sample, like `scipy.stats.rankdata(concatenate([a, b]))` restricted to each side, found by merging.
 * Returns the ranks aligned with `a` and `b` and the tie counts (sizes of groups of equal values).
 * O(n + m) after sorting.
 */
export function pooledRanksSorted(
  a: Float64Array,
  b: Float64Array,
): { ranksA: Float64Array; ranksB: Float64Array; ties: number[] } {
  const n = a.length;
  const m = b.length;
  const ranksA = new Float64Array(n);
  const ranksB = new Float64Array(m);
  const ties: number[] = [];
  let i = 0;
  let j = 0;
  let below = 0; // values already ranked
  while (i < n || j < m) {
    const x = i < n && (j >= m || a[i] <= b[j]) ? a[i] : b[j];
    const i0 = i;
    const j0 = j;
    while (i < n && a[i] === x) i++;
    while (j < m && b[j] === x) j++;
    const count = i - i0 + (j - j0);
    const rank = (2 * below + count + 1) / 2; // mean of ranks below+1 .. below+count
    for (let k = i0; k < i; k++) ranksA[k] = rank;
    for (let k = j0; k < j; k++) ranksB[k] = rank;
    ties.push(count);
    below += count;
  }
  return { ranksA, ranksB, ties };
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/** Python's float floor division `a // b` (CPython float_floor_div), exact for representable values. */
export function pyFloorDiv(a: number, b: number): number {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1.0;
    }
  }
  if (div) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return 0 * Math.sign(a / b);
}

/** Mean and variance (divisor n - ddof) with numpy's two-pass algorithm; the sum from plainSums (shared within a column's tests). */
export function meanVar(x: Float64Array, ddof: number): { mean: number; variance: number } {
  const n = x.length;
  const mean = plainSums(x).sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean;
    ss += d * d;
  }
  return { mean, variance: ss / (n - ddof) };
}

export function skipped(reason: string): StatResult {
  return { status: 'skipped', reason };
}

export function ok(statistic: number, pValue: number | null): StatResult {
  return { status: 'ok', statistic, pValue };
}

/** Guard for numeric-only tests: returns the input or a skip reason. */
export function requireNumeric(id: string, input: StatInput, minEach = 1): NumericInput | StatResult {
  if (input.kind !== 'numeric') return skipped(`${id} applies to numeric columns only`);
  if (input.reference.length < minEach || input.candidate.length < minEach) {
    const what = minEach === 1 ? 'at least one value' : `at least ${minEach} values`;
    return skipped(`${id} requires ${what} in each sample`);
  }
  return input;
}

/** Guard for categorical-only tests. */
export function requireCategorical(id: string, input: StatInput): CategoricalInput | StatResult {
  if (input.kind !== 'categorical') return skipped(`${id} applies to categorical columns only`);
  return input;
}

export function isResult(x: unknown): x is StatResult {
  return typeof x === 'object' && x !== null && 'status' in x;
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
