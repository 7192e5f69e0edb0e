/**
 * Binning shared by the histogram-based distances, reproducing numpy 1.24 exactly:
 *
 * - `sturgesEdges(a, b)`: `numpy.histogram_bin_edges(concatenate([a, b]), bins='sturges')`,
 *   i.e. ceil(ptp / (ptp / (log2(N) + 1))) equal bins over [min, max] (a constant sample is widened to
 *   [x - 0.5, x + 0.5]); edges by `numpy.linspace`. O(N).
 * - `histogramCounts(values, edges)`: `numpy.histogram(values, bins=edges)[0]`; bins are [e_i, e_i+1)
 *   and the last bin is closed; values outside the edges are not counted. O(n log k).
 * - `decileCuts(reference)`: `numpy.unique(numpy.quantile(reference, [0.1, ..., 0.9]))` with numpy's
 *   default linear method. O(n log n).
 * - `binByCuts(values, cuts)`: bins (-inf, c1), [c1, c2), ..., [ck, +inf), i.e.
 *   `bincount(searchsorted(cuts, values, side='right'), minlength=k+1)`. O(n log k).
 * - `sharesWithFloor(counts, floor)`: counts / total with zero shares replaced by `floor` (no
 *   renormalising), as used by PSI and KL.
 * - `sturgesCategorical(input)`: a NumericInput binned onto the Sturges bins as a CategoricalInput,
 *   so the binned distances share one code path with categorical columns.
 * - `distributionShares(input)`: the (p, q) shares every share-based distance works on.
 *
 * @example sturgesEdges(Float64Array.of(0, 1), Float64Array.of(2, 3)) // Float64Array [0, 1, 2, 3]
 */

import { ascending } from './sort.js';
import type { CategoricalInput, NumericInput, StatInput, StatResult } from './types.js';
import { searchRight, skipped } from './util.js';

/** Share given to a bin or category that holds no values (PSI and KL). */
export const EMPTY_BIN_SHARE = 1e-4;

/** `numpy.linspace(start, stop, num)` with endpoint=True, including numpy's rounding steps. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  if (div > 0) {
    const step = delta / div;
    for (let i = 0; i < num; i++) out[i] = (step === 0 ? (i / div) * delta : i * step) + start;
    out[num - 1] = stop;
  } else if (num === 1) {
    out[0] = start;
  }
  return out;
}

/** Sturges bin edges of the pooled sample, `numpy.histogram_bin_edges(concat(a, b), 'sturges')`. */
export function sturgesEdges(a: Float64Array, b: Float64Array): Float64Array {
  const n = a.length + b.length;
  if (n === 0) return linspace(0, 1, 2);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const arr of [a, b]) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(n) + 1.0);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** `numpy.histogram(values, bins=edges)[0]`: [e_i, e_i+1) bins, last bin closed, outliers dropped. */
export function histogramCounts(values: ArrayLike<number>, edges: Float64Array): Float64Array {
  const k = edges.length - 1;
  const counts = new Float64Array(Math.max(k, 0));
  if (k < 1) return counts;
  const lo = edges[0];
  const hi = edges[k];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= lo && v <= hi)) continue;
    let idx = searchRight(edges, v) - 1;
    if (idx >= k) idx = k - 1;
    counts[idx] += 1;
  }
  return counts;
}

/**
 * numpy's `_lerp`: a + (b - a) * t, computed from the nearer end for t >= 0.5. When b - a overflows
 * (values of opposite sign near ±1.8e308) the two ends are weighted instead, so the result stays
 * finite where numpy's would be inf.
 */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  if (!Number.isFinite(diff) && Number.isFinite(a) && Number.isFinite(b)) return a * (1 - t) + b * t;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** `numpy.quantile(sorted, q)` (linear method) of an already sorted, non-empty sample. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const vi = (n - 1) * q;
  let prev = Math.floor(vi);
  let next = prev + 1;
  if (vi >= n - 1) {
    prev = n - 1;
    next = n - 1;
  }
  if (vi < 0) {
    prev = 0;
    next = 0;
  }
  return lerp(sorted[prev], sorted[next], vi - Math.floor(vi));
}

/** Reference deciles, duplicates merged: `unique(quantile(reference, i/10 for i in 1..9))`. */
export function decileCuts(reference: ArrayLike<number>): Float64Array {
  if (reference.length === 0) return new Float64Array(0);
  const sorted = ascending(reference);
  const cuts: number[] = [];
  for (let i = 1; i <= 9; i++) cuts.push(quantileSorted(sorted, i / 10));
  const uniq = ascending(cuts);
  const out: number[] = [];
  for (let i = 0; i < uniq.length; i++) if (i === 0 || uniq[i] !== uniq[i - 1]) out.push(uniq[i]);
  return Float64Array.from(out);
}

/** Counts in (-inf, c1), [c1, c2), ..., [ck, +inf): `bincount(searchsorted(cuts, x, 'right'))`. */
export function binByCuts(values: ArrayLike<number>, cuts: Float64Array): Float64Array {
  const counts = new Float64Array(cuts.length + 1);
  for (let i = 0; i < values.length; i++) counts[searchRight(cuts, values[i])] += 1;
  return counts;
}

/** Shares counts / total (a total of 0 gives all zeros before flooring). */
export function shares(counts: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const out = new Float64Array(counts.length);
  if (total > 0) for (let i = 0; i < counts.length; i++) out[i] = counts[i] / total;
  return out;
}

/** Shares with every zero share replaced by `floor` (no renormalising). */
export function sharesWithFloor(counts: ArrayLike<number>, floor = EMPTY_BIN_SHARE): Float64Array {
  const out = shares(counts);
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = floor;
  return out;
}

/** A numeric input binned onto the Sturges bins of both samples together, as category counts. */
export function sturgesCategorical(input: NumericInput): CategoricalInput {
  const edges = sturgesEdges(input.reference, input.candidate);
  const ref = histogramCounts(input.reference, edges);
  const cand = histogramCounts(input.candidate, edges);
  const levels: string[] = [];
  for (let i = 0; i < ref.length; i++) {
    const close = i === ref.length - 1 ? ']' : ')';
    levels.push(`[${edges[i]}, ${edges[i + 1]}${close}`);
  }
  return { kind: 'categorical', levels, reference: Array.from(ref), candidate: Array.from(cand) };
}

/** Total of a count vector. */
function total(counts: readonly number[]): number {
  let s = 0;
  for (const c of counts) s += c;
  return s;
}

/**
 * The reference and candidate shares (p, q) a share-based distance compares: category shares for a
 * categorical input, Sturges-bin shares for a numeric one. Skipped when a side has no values.
 */
export function distributionShares(
  id: string,
  input: StatInput,
): { p: Float64Array; q: Float64Array } | StatResult {
  const cat = input.kind === 'numeric' ? null : input;
  if (input.kind === 'numeric' && (input.reference.length === 0 || input.candidate.length === 0)) {
    return skipped(`${id} requires at least one value in each sample`);
  }
  const counts = cat ?? sturgesCategorical(input as NumericInput);
  if (total(counts.reference) <= 0 || total(counts.candidate) <= 0) {
    return skipped(`${id} requires at least one value in each sample`);
  }
  return { p: shares(counts.reference), q: shares(counts.candidate) };
}
