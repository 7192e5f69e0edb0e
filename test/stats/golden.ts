/**
 * Shared access to the SciPy golden values (test/fixtures/golden/*.json) and the tolerances every
 * stats test asserts with: statistics to 1e-9 absolute, p-values to 1e-6 relative (above 1e-300).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CategoricalInput, NumericInput } from '../../src/stats/types.js';

const here = new URL('../fixtures/golden/', import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: golden JSON is loosely typed on purpose
export type AnyJson = any;

export const golden: AnyJson = JSON.parse(readFileSync(new URL('scipy-golden.json', here), 'utf8'));

export function loadExtra(): AnyJson {
  return JSON.parse(readFileSync(new URL('extra-golden.json', here), 'utf8'));
}

export interface NumericCase {
  name: string;
  reference: number[];
  candidate: number[];
  [key: string]: AnyJson;
}

export interface CategoricalCase {
  name: string;
  levels: string[];
  reference_counts: number[];
  candidate_counts: number[];
  [key: string]: AnyJson;
}

export const numericCases: NumericCase[] = golden.numeric;
export const categoricalCases: CategoricalCase[] = golden.categorical;

export function numericInput(c: { reference: number[]; candidate: number[] }): NumericInput {
  return {
    kind: 'numeric',
    reference: Float64Array.from(c.reference),
    candidate: Float64Array.from(c.candidate),
  };
}

export function categoricalInput(c: CategoricalCase): CategoricalInput {
  return {
    kind: 'categorical',
    levels: c.levels,
    reference: c.reference_counts,
    candidate: c.candidate_counts,
  };
}

/** Absolute tolerance for statistics and distances. */
export function expectStatistic(actual: number, expected: number, tol = 1e-9): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol);
}

/**
 * Relative tolerance for p-values above 1e-300; below that both must be tiny. `abs` is an extra
 * absolute allowance, only for p-values SciPy itself computes as 1 - cdf (absolute rounding ~1e-15).
 */
export function expectPValue(actual: number | null, expected: number, rel = 1e-6, abs = 0): void {
  expect(actual).not.toBeNull();
  const a = actual as number;
  expect(a).toBeGreaterThanOrEqual(0);
  expect(a).toBeLessThanOrEqual(1);
  if (expected > 1e-300) {
    expect(Math.abs(a - expected)).toBeLessThanOrEqual(Math.max(rel * expected, abs));
  } else {
    expect(a).toBeLessThanOrEqual(1e-290);
  }
}

/** A small seeded generator (mulberry32 + Box-Muller) for property tests. */
export function rng(seed: number): { uniform: () => number; normal: (mu?: number, sd?: number) => number } {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mu = 0, sd = 1) => {
    const u = 1 - uniform();
    const v = uniform();
    return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { uniform, normal };
}

export function sample(n: number, seed: number, mu = 0, sd = 1): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = r.normal(mu, sd);
  return out;
}
