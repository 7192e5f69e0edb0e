/**
 * k-sample Anderson-Darling test (k = 2): a rank test sensitive to differences anywhere in the
 * distributions, including the tails.
 *
 * Source: `scipy.stats.anderson_ksamp([ref, cand], midrank=True)` (SciPy 1.10.1,
 * scipy/stats/_morestats.py; Scholz & Stephens 1987), written by hand (no npm package has it): the
 * standardised statistic (A2akN - (k-1)) / sigma, and its significance level interpolated as SciPy does,
 * by a quadratic least-squares fit of log(significance) on Scholz & Stephens' critical values, capped
 * to [0.001, 0.25]. Needs at least two distinct values and four values in total.
 * Cost: O((n+m) log(n+m)).
 *
 * @example andersonKSamp([Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8)]) // { statistic: 3.687, pValue: 0.0106 }
 */

import { ascending, sortFloat64 } from './sort.js';
import type { StatTest } from './types.js';
import { isResult, ok, requireNumeric, skipped } from './util.js';

const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const SIG = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

/** Least-squares polynomial fit of degree `deg` (like numpy.polyfit), highest power first. */
export function polyfit(x: readonly number[], y: readonly number[], deg: number): number[] {
  const rows = x.length;
  const cols = deg + 1;
  // Vandermonde with columns scaled to unit norm, as numpy does, solved by Householder QR.
  const A: number[][] = x.map((xi) => Array.from({ length: cols }, (_, j) => xi ** (deg - j)));
  const scale = Array.from({ length: cols }, (_, j) => Math.sqrt(A.reduce((s, r) => s + r[j] * r[j], 0)));
  for (const r of A) for (let j = 0; j < cols; j++) r[j] /= scale[j];
  const bvec = [...y];
  for (let j = 0; j < cols; j++) {
    let norm = 0;
    for (let i = j; i < rows; i++) norm += A[i][j] ** 2;
    norm = Math.sqrt(norm);
    const alpha = A[j][j] > 0 ? -norm : norm;
    const v = new Array<number>(rows).fill(0);
    for (let i = j; i < rows; i++) v[i] = A[i][j];
    v[j] -= alpha;
    const vnorm2 = v.reduce((s, e) => s + e * e, 0);
    if (vnorm2 === 0) continue;
    for (let c = j; c < cols; c++) {
      let dot = 0;
      for (let i = j; i < rows; i++) dot += v[i] * A[i][c];
      const f = (2 * dot) / vnorm2;
      for (let i = j; i < rows; i++) A[i][c] -= f * v[i];
    }
    let dot = 0;
    for (let i = j; i < rows; i++) dot += v[i] * bvec[i];
    const f = (2 * dot) / vnorm2;
    for (let i = j; i < rows; i++) bvec[i] -= f * v[i];
  }
  const coef = new Array<number>(cols).fill(0);
  for (let j = cols - 1; j >= 0; j--) {
    let s = bvec[j];
    for (let c = j + 1; c < cols; c++) s -= A[j][c] * coef[c];
    coef[j] = s / A[j][j];
  }
  return coef.map((c, j) => c / scale[j]);
}

function polyval(coef: readonly number[], x: number): number {
  let r = 0;
  for (const c of coef) r = r * x + c;
  return r;
}

/** `scipy.stats.anderson_ksamp(samples, midrank=True)`: standardised statistic and significance level. */
export function andersonKSamp(samples: readonly Float64Array[]): { statistic: number; pValue: number } {
  const k = samples.length;
  const sorted = samples.map((s) => ascending(s));
  const N = sorted.reduce((acc, s) => acc + s.length, 0);
  const Z = new Float64Array(N);
  let offset = 0;
  for (const s of sorted) {
    Z.set(s, offset);
    offset += s.length;
  }
  sortFloat64(Z);
  const n = sorted.map((s) => s.length);
  // _anderson_ksamp_midrank, by one merge walk over the distinct pooled values z_j:
  // lj = multiplicity of z_j, Bj = #(Z < z_j) + lj/2, Mij = #(s_i <= z_j) - fij/2, fij = #(s_i == z_j).
  const ptr = new Array<number>(k).fill(0);
  const inner = new Array<number>(k).fill(0);
  let below = 0;
  while (below < N) {
    const z = Z[below];
    let lj = 0;
    while (below + lj < N && Z[below + lj] === z) lj++;
    const Bj = below + lj / 2;
    for (let i = 0; i < k; i++) {
      const s = sorted[i];
      let right = ptr[i];
      while (right < s.length && s[right] === z) right++;
      const fij = right - ptr[i];
      ptr[i] = right;
      const Mij = right - fij / 2;
      inner[i] += ((lj / N) * (N * Mij - Bj * n[i]) ** 2) / (Bj * (N - Bj) - (N * lj) / 4);
    }
    below += lj;
  }
  let A2akN = 0;
  for (let i = 0; i < k; i++) A2akN += inner[i] / n[i];
  A2akN *= (N - 1) / N;

  let H = 0;
  for (const ni of n) H += 1 / ni;
  // hs_cs = cumsum(1 / arange(N-1, 1, -1)); h = hs_cs[-1] + 1; g = sum(hs_cs / arange(2, N))
  let cs = 0;
  let g = 0;
  for (let idx = 0, v = N - 1; v > 1; v--, idx++) {
    cs += 1 / v;
    g += cs / (idx + 2);
  }
  const h = cs + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const m = k - 1;
  const A2 = (A2akN - m) / Math.sqrt(sigmasq);
  const critical = B0.map((b0, i) => b0 + B1[i] / Math.sqrt(m) + B2[i] / m);
  let p: number;
  if (A2 < Math.min(...critical)) p = Math.max(...SIG);
  else if (A2 > Math.max(...critical)) p = Math.min(...SIG);
  else p = Math.exp(polyval(polyfit(critical, SIG.map(Math.log), 2), A2));
  return { statistic: A2, pValue: p };
}

export const andersonDarlingTest: StatTest = {
  id: 'anderson-darling',
  title: 'Anderson-Darling (k-sample)',
  columnKinds: ['numeric'],
  scoreKind: 'p-value',
  defaultThreshold: 0.05,
  run(input) {
    const num = requireNumeric('anderson-darling', input);
    if (isResult(num)) return num;
    if (num.reference.length + num.candidate.length < 4) {
      return skipped('anderson-darling requires at least four values in total');
    }
    let distinct = false;
    const first = num.reference[0];
    for (const arr of [num.reference, num.candidate]) {
      for (let i = 0; i < arr.length && !distinct; i++) if (arr[i] !== first) distinct = true;
    }
    if (!distinct) return skipped('anderson-darling requires at least two distinct values');
    const res = andersonKSamp([num.reference, num.candidate]);
    return ok(res.statistic, res.pValue);
  },
};
