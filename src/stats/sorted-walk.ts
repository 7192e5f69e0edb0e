/**
 * The merge walk over two sorted samples that the KS statistic and the CDF distances (Wasserstein,
 * energy) share: one pass over the distinct pooled values x, with the two empirical CDFs i/n and
 * j/m right after each x. `ksStatisticSorted` needs the largest and smallest F_a - F_b;
 * `cdfDistance` the integrals of |F_a - F_b| and (F_a - F_b)^2 between consecutive pooled values.
 * One walk computes all of them, in the same order of operations as the separate walks did (the
 * same doubles). Within `sharingWalks` (a column's tests), a walk is made once per pair of arrays
 * and reused by the next test of the same pair, and an array known to be in order (a column's sort,
 * or checked once) is not checked again. Cost: O(n + m).
 */
import { ascending } from './sort.js';

/** What one walk over sorted `a` and `b` measures. */
export interface SortedWalk {
  /** Largest F_a - F_b right after a pooled value. */
  readonly maxDifference: number;
  /** Smallest F_a - F_b right after a pooled value. */
  readonly minDifference: number;
  /** Integral of |F_a - F_b| (SciPy `_cdf_distance` with p = 1, before the root). */
  readonly absoluteArea: number;
  /** Integral of (F_a - F_b)^2 (p = 2, before the square root). */
  readonly squaredArea: number;
}

/** The walks of the current sharing scope, by first array then second; null outside one. */
let shared: Map<Float64Array, Map<Float64Array, SortedWalk>> | null = null;
/** The arrays of the current sharing scope known to be in ascending order. */
let ordered: Set<ArrayLike<number>> | null = null;

/**
 * Runs `body` with walks shared between its tests: the caller promises not to write to any array
 * it walks until `body` returns (a column's tests read its sorted samples only).
 */
export function sharingWalks<T>(body: () => T): T {
  const outer = shared;
  const outerOrdered = ordered;
  shared = new Map();
  ordered = new Set();
  try {
    return body();
  } finally {
    shared = outer;
    ordered = outerOrdered;
  }
}

/** Records that `values` is in ascending order, for the current sharing scope (none: nothing). */
export function knownAscending(values: Float64Array): void {
  ordered?.add(values);
}

/**
 * `ascending(values)` (sort.ts: the input itself when in order, else a sorted copy), without the
 * O(n) order check for an array the current sharing scope already knows to be in order.
 */
export function ascendingShared(values: ArrayLike<number>): Float64Array {
  if (ordered?.has(values)) return values as Float64Array;
  const sorted = ascending(values);
  ordered?.add(sorted);
  return sorted;
}

/** The walk over sorted `a` and `b` (both non-empty for the CDF areas), from the scope when made there. */
export function sortedWalk(a: Float64Array, b: Float64Array): SortedWalk {
  const byFirst = shared?.get(a);
  const known = byFirst?.get(b);
  if (known) return known;
  const walk = walkSorted(a, b);
  if (shared) {
    if (byFirst) byFirst.set(b, walk);
    else shared.set(a, new Map([[b, walk]]));
  }
  return walk;
}

function walkSorted(a: Float64Array, b: Float64Array): SortedWalk {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let maxDifference = Number.NEGATIVE_INFINITY;
  let minDifference = Number.POSITIVE_INFINITY;
  let absoluteArea = 0;
  let squaredArea = 0;
  while (i < n || j < m) {
    const x = i < n && (j >= m || a[i] <= b[j]) ? a[i] : b[j];
    while (i < n && a[i] <= x) i++;
    while (j < m && b[j] <= x) j++;
    const difference = i / n - j / m;
    if (difference > maxDifference) maxDifference = difference;
    if (difference < minDifference) minDifference = difference;
    if (i >= n && j >= m) break;
    // the CDFs stay put up to the next pooled value
    const next = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
    const gap = next - x;
    const absolute = Math.abs(difference);
    absoluteArea += absolute * gap;
    squaredArea += absolute * absolute * gap;
  }
  return { maxDifference, minDifference, absoluteArea, squaredArea };
}
