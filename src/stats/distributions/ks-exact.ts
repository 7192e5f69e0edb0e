/**
 * Exact null distribution of the two-sample Kolmogorov-Smirnov statistic, written by hand (no npm
 * package has it). Port of SciPy 1.10.1:
 *
 * - `_compute_prob_outside_square(n, h)` (scipy/stats/_stats_py.py): P(D_{n,n} >= h/n) for equal
 *   sample sizes, a Horner-like alternating sum. Cost: O(n).
 * - `_compute_outer_prob_inside_method(m, n, g, h)` (scipy/stats/_stats_pythran.py): 1 - P(D < h/lcm)
 *   by counting lattice paths that stay strictly inside the band |x/m - y/n| < h/lcm (Hodges 1958),
 *   using Viehmann's recursion for 1 - p (arXiv:2102.08037) so small p-values keep precision.
 *   Cost: O(m * band width) = O(m * n * d).
 * - `_attempt_exact_2kssamp` (two-sided branch): rounds d onto the 1/lcm grid and reports failure
 *   when the result is not a probability, so the caller can fall back to the asymptotic formula.
 *
 * @example attemptExact2Ksamp(3, 4, 1, 1) // { success: true, d: 1, prob: 0.0571428... }
 */

/** P(D_{n,n} >= h/n), SciPy's `_compute_prob_outside_square`. */
export function computeProbOutsideSquare(n: number, h: number): number {
  let P = 0.0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1.0;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1.0 - P);
    k -= 1;
  }
  return 2 * P;
}

/** Proportion of lattice paths leaving the band |x/m - y/n| < h/lcm: SciPy's inside method (1 - p). */
export function computeOuterProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0.0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1.0;
    let val = minj === 0 ? 0.0 : 1.0;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      for (let q = maxj - minj; q < maxj - minj + (lastlen - curlen) && q < lenA; q++) A[q] = 1;
    }
  }
  return A[maxj - minj - 1];
}

/** numpy's round-half-to-even, as `np.round`. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Two-sided exact p-value of the two-sample KS statistic d for sample sizes n1, n2 with gcd g
 * (SciPy's `_attempt_exact_2kssamp`). `d` is returned rounded to the 1/lcm grid.
 */
export function attemptExact2Ksamp(
  n1: number,
  n2: number,
  g: number,
  d: number,
): { success: boolean; d: number; prob: number } {
  const lcm = Math.floor(n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const dd = (h * 1.0) / lcm;
  if (h === 0) return { success: true, d: dd, prob: 1.0 };
  const prob = n1 === n2 ? computeProbOutsideSquare(n1, h) : computeOuterProbInsideMethod(n1, n2, g, h);
  if (!Number.isFinite(prob)) return { success: false, d: dd, prob: Number.NaN };
  if (!(prob >= 0 && prob <= 1)) return { success: false, d: dd, prob };
  return { success: true, d: dd, prob };
}
