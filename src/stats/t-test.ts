/**
 * Welch's two-sample t-test: do reference and candidate have the same mean (without assuming equal
 * variances)? t = (mean_ref - mean_cand) / sqrt(var_ref/n_ref + var_cand/n_cand), Welch-Satterthwaite
 * degrees of freedom, two-sided p-value from the Student t upper tail.
 *
 * Source: `scipy.stats.ttest_ind(ref, cand, equal_var=False)` (SciPy 1.10.1). Skipped when a sample has
 * fewer than two values or both samples are constant. Cost: O(n + m).
 *
 * @example welchTTest(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6)) // { statistic: -2.191, pValue: 0.0710 }
 */
import { studentTTwoSided } from './distributions/student-t.js';
import type { StatTest } from './types.js';
import { isResult, meanVar, ok, requireNumeric, skipped } from './util.js';

/** Welch's t statistic, degrees of freedom and two-sided p-value (NaN p when both variances are 0). */
export function welchTTest(
  a: Float64Array,
  b: Float64Array,
): { statistic: number; pValue: number; df: number } {
  const n1 = a.length;
  const n2 = b.length;
  const s1 = meanVar(a, 1);
  const s2 = meanVar(b, 1);
  const vn1 = s1.variance / n1;
  const vn2 = s2.variance / n2;
  let df = (vn1 + vn2) ** 2 / (vn1 ** 2 / (n1 - 1) + vn2 ** 2 / (n2 - 1));
  if (Number.isNaN(df)) df = 1;
  const denom = Math.sqrt(vn1 + vn2);
  const t = (s1.mean - s2.mean) / denom;
  return { statistic: t, pValue: studentTTwoSided(t, df), df };
}

export const tTest: StatTest = {
  id: 't-test',
  title: "Welch's t-test",
  columnKinds: ['numeric'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const num = requireNumeric('t-test', input, 2);
    if (isResult(num)) return num;
    const res = welchTTest(num.reference, num.candidate);
    if (!Number.isFinite(res.statistic) || Number.isNaN(res.pValue)) {
      return skipped('t-test requires variation in at least one sample');
    }
    return ok(res.statistic, res.pValue);
  },
};
