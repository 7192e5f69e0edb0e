/**
 * Population Stability Index: sum (q - p) * ln(q / p) over bins, p the reference share, q the
 * candidate share, with empty shares replaced by 1e-4 (EMPTY_BIN_SHARE, no renormalising).
 *
 * Source: the usual credit-scoring definition (Siddiqi 2006; as in Evidently). Numeric columns use 10
 * bins cut at the reference deciles (numpy linear quantiles at 0.1..0.9, duplicate cuts merged; bins
 * (-inf, c1), [c1, c2), ..., [ck, +inf)); categorical columns use the categories.
 * Cost: O(n log n) for the deciles, O(k) after binning.
 *
 * @example psi(Float64Array.of(0.5, 0.5), Float64Array.of(0.6, 0.4)) // ~0.0405
 */
import { binByCuts, decileCuts, sharesWithFloor } from './binning.js';
import type { StatTest } from './types.js';
import { ok, skipped } from './util.js';

/** PSI of two share vectors; zero shares are floored to 1e-4 first. */
export function psi(p: ArrayLike<number>, q: ArrayLike<number>, floor = 1e-4): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] === 0 ? floor : p[i];
    const qi = q[i] === 0 ? floor : q[i];
    s += (qi - pi) * Math.log(qi / pi);
  }
  return s;
}

/** PSI of a numeric column on the reference deciles. */
export function psiNumeric(reference: ArrayLike<number>, candidate: ArrayLike<number>): number {
  const cuts = decileCuts(reference);
  return psi(sharesWithFloor(binByCuts(reference, cuts)), sharesWithFloor(binByCuts(candidate, cuts)));
}

function positiveTotal(counts: readonly number[]): boolean {
  let s = 0;
  for (const c of counts) s += c;
  return s > 0;
}

export const psiTest: StatTest = {
  id: 'psi',
  title: 'Population Stability Index',
  columnKinds: ['numeric', 'categorical'],
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  run(input) {
    if (input.kind === 'numeric') {
      if (input.reference.length === 0 || input.candidate.length === 0) {
        return skipped('psi requires at least one value in each sample');
      }
      return ok(psiNumeric(input.reference, input.candidate), null);
    }
    if (!positiveTotal(input.reference) || !positiveTotal(input.candidate)) {
      return skipped('psi requires at least one value in each sample');
    }
    return ok(psi(sharesWithFloor(input.reference), sharesWithFloor(input.candidate)), null);
  },
};
