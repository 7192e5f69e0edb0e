/**
 * Two-sample Cramer-von Mises test: the integrated squared difference between the two empirical CDFs
 * (Anderson 1962 T statistic).
 *
 * Source: `scipy.stats.cramervonmises_2samp(ref, cand, method='auto')` (SciPy 1.10.1,
 * scipy/stats/_hypotests.py), written by hand (no npm package has it): exact p-value from the
 * frequency-table recursion of Xiao, Gordon & Yakovlev (2007) when max(n, m) <= 20, otherwise
 * Anderson's normalised statistic compared with the limiting one-sample distribution (Csorgo & Faraway
 * 1996 series with the modified Bessel function K_{1/4}, evaluated here by a trapezoid rule on its
 * integral representation, which converges geometrically). Needs at least two values per sample.
 * Cost: O((n+m) log(n+m)) asymptotic; exact O(n * m * table size), bounded since n, m <= 20.
 *
 * @example cramerVonMises2Samp(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6, 7)) // { statistic: 0.5952, pValue: 0.05714 }
 */

import { ascending } from './sort.js';
import type { StatTest } from './types.js';
import { gcd, isResult, ok, pooledRanksSorted, pyFloorDiv, requireNumeric } from './util.js';

/** K_nu(x) * e^x for x > 0, from K_nu(x) = int_0^inf exp(-x cosh t) cosh(nu t) dt (trapezoid rule). */
export function besselKScaled(nu: number, x: number): number {
  const h = Math.min(0.05, 0.2 / Math.sqrt(x));
  // Neumaier-compensated sum; cosh(t) - 1 = 2 sinh^2(t/2) avoids cancellation.
  let s = 0.5; // t = 0 term: exp(-x (cosh 0 - 1)) cosh 0 = 1, weight 1/2
  let comp = 0;
  for (let k = 1; k < 100000; k++) {
    const t = k * h;
    const sh = Math.sinh(t / 2);
    const term = Math.exp(-x * 2 * sh * sh) * Math.cosh(nu * t);
    const next = s + term;
    comp += Math.abs(s) >= Math.abs(term) ? s - next + term : term - next + s;
    s = next;
    if (term < 1e-18 * s) break;
  }
  s += comp;
  return s * h;
}

/** CDF of the limiting Cramer-von Mises distribution (SciPy's `_cdf_cvm_inf`). */
export function cdfCvmInf(x: number): number {
  let tot = 0;
  // Gamma(k + 1/2) / Gamma(k + 1), updated by the ratio (k + 1/2) / (k + 1)
  let gammaRatio = Math.sqrt(Math.PI);
  for (let k = 0; k < 1000; k++) {
    const u = gammaRatio / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = y ** 2 / (16 * x);
    // exp(-q) * K_{1/4}(q) = exp(-2q) * (e^q K_{1/4}(q))
    const z = u * Math.sqrt(y) * Math.exp(-2 * q) * besselKScaled(0.25, q);
    tot += z;
    if (!(Math.abs(z) >= 1e-7)) break;
    gammaRatio *= (k + 0.5) / (k + 1);
  }
  return tot;
}

interface Table {
  values: number[];
  freqs: number[];
}

/** Union of two value-sorted frequency tables (frequencies of equal values added), values shifted by `add`. */
function mergeTables(x: Table, y: Table, add: number): Table {
  const values: number[] = [];
  const freqs: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.values.length || j < y.values.length) {
    if (j >= y.values.length || (i < x.values.length && x.values[i] < y.values[j])) {
      values.push(x.values[i] + add);
      freqs.push(x.freqs[i++]);
    } else if (i >= x.values.length || y.values[j] < x.values[i]) {
      values.push(y.values[j] + add);
      freqs.push(y.freqs[j++]);
    } else {
      values.push(x.values[i] + add);
      freqs.push(x.freqs[i++] + y.freqs[j++]);
    }
  }
  return { values, freqs };
}

/** Exact p-value P(U >= s) of the two-sample CvM U statistic (SciPy's `_pval_cvm_2samp_exact`). */
export function pvalCvm2SampExact(s: number, m: number, n: number): number {
  const lcm = (m / gcd(m, n)) * n;
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = pyFloorDiv(lcm ** 2 * (m + n) * (6 * s - mn * (4 * mn - 1)), 6 * mn ** 2);
  // gs[v]: frequency table of g_{u,v}^+ (Xiao et al. 2007, Algorithm 1) as parallel arrays sorted by
  // value; SciPy's intersect/concatenate step is a merge of two sorted tables, summing equal values.
  let gs: Table[] = [{ values: [0], freqs: [1] }];
  for (let v = 1; v <= m; v++) gs.push({ values: [], freqs: [] });
  for (let u = 0; u <= n; u++) {
    const next: Table[] = [];
    let tmp: Table = { values: [], freqs: [] };
    for (let v = 0; v < gs.length; v++) {
      tmp = mergeTables(tmp, gs[v], (a * v - b * u) ** 2);
      next.push(tmp);
    }
    gs = next;
  }
  let hits = 0;
  let total = 0;
  const last = gs[m];
  for (let i = 0; i < last.values.length; i++) {
    total += last.freqs[i];
    if (last.values[i] >= zeta) hits += last.freqs[i];
  }
  return hits / total;
}

/** `scipy.stats.cramervonmises_2samp(a, b)` with method 'auto'. Each sample needs >= 2 values. */
export function cramerVonMises2Samp(a: Float64Array, b: Float64Array): { statistic: number; pValue: number } {
  const nx = a.length;
  const ny = b.length;
  const { ranksA, ranksB } = pooledRanksSorted(ascending(a), ascending(b));
  let u = 0;
  let sx = 0;
  for (let i = 0; i < nx; i++) sx += (ranksA[i] - (i + 1)) ** 2;
  u = nx * sx;
  let sy = 0;
  for (let j = 0; j < ny; j++) sy += (ranksB[j] - (j + 1)) ** 2;
  u += ny * sy;
  const k = nx * ny;
  const N = nx + ny;
  const t = u / (k * N) - (4 * k - 1) / (6 * N);
  let p: number;
  if (Math.max(nx, ny) <= 20) {
    p = pvalCvm2SampExact(u, nx, ny);
  } else {
    const et = (1 + 1 / N) / 6;
    let vt = (N + 1) * (4 * k * N - 3 * (nx ** 2 + ny ** 2) - 2 * k);
    vt = vt / (45 * N ** 2 * 4 * k);
    const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
    p = tn < 0.003 ? 1.0 : Math.max(0, 1 - cdfCvmInf(tn));
  }
  return { statistic: t, pValue: Math.min(1, p) };
}

export const cramerVonMisesTest: StatTest = {
  id: 'cramer-von-mises',
  title: 'Cramer-von Mises',
  columnKinds: ['numeric'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const num = requireNumeric('cramer-von-mises', input, 2);
    if (isResult(num)) return num;
    const res = cramerVonMises2Samp(num.reference, num.candidate);
    return ok(res.statistic, res.pValue);
  },
};
