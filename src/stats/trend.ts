/**
 * Trend statistics of a short series (one value per period): the Mann-Kendall test for a
 * monotonic trend and the Theil-Sen slope. Both work on (index, value) pairs so that periods
 * without a value are left out rather than imputed. Cost: O(n^2) pairs, n = periods (a few hundred).
 */
import { normalSf } from './distributions/normal.js';

export interface MannKendallResult {
  /** S = sum over i < j of sign(y_j - y_i) (ordered by x). */
  readonly s: number;
  /** Kendall's tau-b between x and y. */
  readonly tau: number;
  /** One-sided p-value for an increasing trend (normal approximation, tie-corrected variance). */
  readonly pIncreasing: number;
  /** Two-sided p-value. */
  readonly pTwoSided: number;
}

function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** Sum over groups of tied values of t(t-1)(2t+5), and of t(t-1), for the variance and tau-b. */
function tieTerms(values: readonly number[]): { variance: number; pairs: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let variance = 0;
  let pairs = 0;
  for (const t of counts.values()) {
    variance += t * (t - 1) * (2 * t + 5);
    pairs += (t * (t - 1)) / 2;
  }
  return { variance, pairs };
}

/**
 * Mann-Kendall trend test of y against x (x without ties: period indexes). Mann (1945),
 * Kendall (1975); the statistic and its tie-corrected variance n(n-1)(2n+5)/18 - sum t(t-1)(2t+5)/18
 * are those of `scipy.stats.kendalltau(x, y, method='asymptotic')`, whose p-values this
 * reproduces (z = S / sqrt(var), no continuity correction). Null when fewer than 3 points or
 * every y is equal.
 */
export function mannKendall(x: readonly number[], y: readonly number[]): MannKendallResult | null {
  const n = x.length;
  if (n < 3 || y.length !== n) return null;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += sign(x[j] - x[i]) * sign(y[j] - y[i]);
  const ties = tieTerms(y);
  const variance = (n * (n - 1) * (2 * n + 5) - ties.variance) / 18;
  if (!(variance > 0)) return null;
  const z = s / Math.sqrt(variance);
  const total = (n * (n - 1)) / 2;
  const tau = s / Math.sqrt(total * (total - ties.pairs));
  return {
    s,
    tau,
    pIncreasing: normalSf(z),
    pTwoSided: Math.min(1, 2 * normalSf(Math.abs(z))),
  };
}

/**
 * Theil-Sen slope: the median of the slopes (y_j - y_i) / (x_j - x_i) over all pairs with
 * x_i != x_j (Theil 1950, Sen 1968; `scipy.stats.theilslopes(y, x).slope`). Null when no pair.
 * The median is numpy.median's, the mean of the two middle slopes, as SciPy computes it; not
 * quantileSorted, whose interpolation can differ from it in the last bit.
 */
export function theilSenSlope(x: readonly number[], y: readonly number[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      if (x[j] !== x[i]) slopes.push((y[j] - y[i]) / (x[j] - x[i]));
    }
  }
  if (slopes.length === 0) return null;
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  return slopes.length % 2 === 1 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
}
