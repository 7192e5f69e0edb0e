/**
 * Per-image exceedance: how many candidate images lie beyond a high (or low) order statistic of
 * reference scores, with an exact p-value. A conformal argument (Vovk et al., "Algorithmic Learning
 * in a Random World", 2005): when the candidate and the m reference scores are exchangeable (no
 * drift), the chance that a new score exceeds the r-th largest reference score is U ~ Beta(r,
 * m + 1 - r); given U the count of n candidates beyond it is Binomial(n, U), so the count is
 * Beta-binomial(n, r, m + 1 - r) and P(count >= k) is an exact p-value (conservative with ties:
 * only scores strictly beyond the threshold count). A plain binomial with share r / (m + 1) would
 * ignore the threshold's own sampling error and alarm too often for large n. Written by hand
 * (SciPy: scipy.stats.betabinom.sf; no maintained JS package has it); the test compares with SciPy.
 */
import { lnFactorial } from '../stats/distributions/log-factorial.js';

/** ln B(a, b) for positive integers a, b: ln((a-1)! (b-1)! / (a+b-1)!). */
function lnBetaInteger(a: number, b: number): number {
  return lnFactorial(a - 1) + lnFactorial(b - 1) - lnFactorial(a + b - 1);
}

/**
 * P(K >= k) for K ~ Beta-binomial(n, a, b) with positive integer a, b (scipy.stats.betabinom.sf(k - 1,
 * n, a, b)). Sums the pmf from k to n in log space relative to its largest term. O(n - k).
 */
export function betaBinomialTail(k: number, n: number, a: number, b: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const lnBab = lnBetaInteger(a, b);
  const lnChooseN = lnFactorial(n);
  const terms = new Float64Array(n - k + 1);
  let largest = Number.NEGATIVE_INFINITY;
  for (let j = k; j <= n; j++) {
    const term = lnChooseN - lnFactorial(j) - lnFactorial(n - j) + lnBetaInteger(j + a, n - j + b) - lnBab;
    terms[j - k] = term;
    if (term > largest) largest = term;
  }
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - largest);
  return Math.min(1, Math.exp(largest) * sum);
}

/** Which tail of the reference scores counts as unusual. */
export type Tail = 'upper' | 'lower';

export interface ExceedanceResult {
  /** The reference order statistic candidate scores are compared with. */
  threshold: number;
  /** Candidate images strictly beyond the threshold. */
  beyond: number;
  candidates: number;
  /** Share of candidates expected beyond it without drift: r / (m + 1). */
  expectedShare: number;
  /** beyond / candidates. */
  observedShare: number;
  /** P(count >= beyond) under exchangeability (Beta-binomial). */
  pValue: number;
}

/**
 * Counts the candidate scores beyond the reference's `share` quantile on `tail` and returns the
 * exact p-value. `reference` need not be sorted. O(m log m + n + n - k).
 */
export function exceedanceTest(
  reference: Float64Array,
  candidate: Float64Array,
  share: number,
  tail: Tail,
): ExceedanceResult {
  const m = reference.length;
  const n = candidate.length;
  const r = Math.max(1, Math.floor(share * (m + 1)));
  const sorted = Float64Array.from(reference).sort();
  const threshold = tail === 'upper' ? sorted[m - r] : sorted[r - 1];
  let beyond = 0;
  for (const score of candidate) if (tail === 'upper' ? score > threshold : score < threshold) beyond++;
  return {
    threshold,
    beyond,
    candidates: n,
    expectedShare: r / (m + 1),
    observedShare: n > 0 ? beyond / n : 0,
    pValue: betaBinomialTail(beyond, n, r, m + 1 - r),
  };
}
