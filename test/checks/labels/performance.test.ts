import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classificationMetrics,
  compareMetrics,
  DEFAULT_ERROR_RISE,
  DEFAULT_SCORE_MARGIN,
  regressionMetrics,
  rocAuc,
} from '../../../src/checks/labels/performance.js';
import type {
  ClassificationMetrics,
  PerformanceMetrics,
  RegressionMetrics,
} from '../../../src/report/model.js';

// biome-ignore lint/suspicious/noExplicitAny: golden JSON is loosely typed on purpose
type AnyJson = any;

const golden: AnyJson = JSON.parse(
  readFileSync(new URL('../../fixtures/golden/sklearn-golden.json', import.meta.url), 'utf8'),
);

/** Golden values to 1e-12 (relative above 1). */
function expectClose(actual: number | null, want: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
}

function toCodes(values: (string | null)[]): { codes: Int32Array; levels: string[] } {
  const levels: string[] = [];
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    if (!levels.includes(v)) levels.push(v);
    return levels.indexOf(v);
  });
  return { codes, levels };
}

describe('classificationMetrics against sklearn', () => {
  const cases: AnyJson[] = golden.classification;
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c) => {
    for (const got of [
      classificationMetrics(c.labels, c.predictions),
      classificationMetrics(toCodes(c.labels), toCodes(c.predictions)),
    ]) {
      expect(got.rows).toBe(c.rows);
      expect(got.skipped).toBe(c.skipped);
      expectClose(got.accuracy, c.accuracy);
      expectClose(got.macroF1, c.macro_f1);
      expect(got.classes.map((k) => k.class)).toEqual(c.classes.map((k: AnyJson) => k.class));
      got.classes.forEach((k, i) => {
        const want = c.classes[i];
        expectClose(k.precision, want.precision);
        expectClose(k.recall, want.recall);
        expectClose(k.f1, want.f1);
        expect(k.support).toBe(want.support);
        expect(k.predicted).toBe(want.predicted);
      });
      const flagged = got.classes.some((k) => k.precisionIllDefined);
      expect(flagged).toBe(c.warnings.includes('Precision'));
      expect(got.classes.some((k) => k.recallIllDefined)).toBe(c.warnings.includes('Recall'));
    }
  });

  it('flags the zero divisions: a class never predicted and a prediction never a label', () => {
    const got = classificationMetrics(golden.classification[0].labels, golden.classification[0].predictions);
    const c = got.classes.find((k) => k.class === 'c');
    const d = got.classes.find((k) => k.class === 'd');
    expect(c).toMatchObject({
      precision: 0,
      precisionIllDefined: true,
      recallIllDefined: false,
      predicted: 0,
    });
    expect(d).toMatchObject({ recall: 0, recallIllDefined: true, precisionIllDefined: false, support: 0 });
  });

  it('maps codes of different level lists by name, and handles no scored row', () => {
    const labels = { codes: Int32Array.of(0, 1, 1, -1), levels: ['x', 'y'] };
    const predictions = { codes: Int32Array.of(1, 0, 0, 1), levels: ['y', 'x'] };
    const got = classificationMetrics(labels, predictions);
    expect(got.accuracy).toBe(1);
    expect(got.skipped).toBe(1);
    const none = classificationMetrics([null, 'a'], ['a', null]);
    expect(none).toEqual({ rows: 0, skipped: 2, accuracy: null, macroF1: null, classes: [] });
    expect(() => classificationMetrics(['a'], ['a', 'b'])).toThrow(/length/);
  });
});

describe('rocAuc against sklearn roc_auc_score', () => {
  const cases: AnyJson[] = golden.roc_auc;
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const got = rocAuc(c.labels, c.scores);
    expectClose(got.auc, c.auc);
    expect(got.skipped).toBe(c.skipped);
    expect(got.positives + got.negatives).toBe(got.rows);
    // Bytes and a Float64Array with NaN for missing give the same.
    const bytes = Uint8Array.from(c.labels, (v: boolean | null) => (v === null ? 255 : v ? 1 : 0));
    const scores = Float64Array.from(c.scores, (v: number | null) => (v === null ? Number.NaN : v));
    expect(rocAuc(bytes, scores)).toEqual(got);
  });

  it('is null when one class is absent', () => {
    expect(rocAuc([true, true], Float64Array.of(0.1, 0.2))).toMatchObject({ auc: null, positives: 2 });
    expect(rocAuc([], Float64Array.of()).auc).toBeNull();
  });
});

describe('regressionMetrics against sklearn', () => {
  const cases: AnyJson[] = golden.regression;
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c) => {
    const got = regressionMetrics(c.y, c.predictions);
    expect(got.rows).toBe(c.rows);
    expect(got.skipped).toBe(c.skipped);
    expectClose(got.mae, c.mae);
    expectClose(got.rmse, c.rmse);
    expectClose(got.r2, c.r2);
    const asFloats = (v: (number | null)[]) => Float64Array.from(v, (x) => (x === null ? Number.NaN : x));
    expect(regressionMetrics(asFloats(c.y), asFloats(c.predictions))).toEqual(got);
  });

  it('is null where sklearn is undefined', () => {
    expect(regressionMetrics([1], [2])).toEqual({ rows: 1, skipped: 0, mae: 1, rmse: 1, r2: null });
    expect(regressionMetrics([null], [2])).toEqual({ rows: 0, skipped: 1, mae: null, rmse: null, r2: null });
  });
});

describe('compareMetrics', () => {
  const classification = (accuracy: number, macroF1: number): ClassificationMetrics => ({
    rows: 100,
    skipped: 0,
    accuracy,
    macroF1,
    classes: [],
  });
  const regression = (mae: number, rmse: number, r2: number | null): RegressionMetrics => ({
    rows: 100,
    skipped: 0,
    mae,
    rmse,
    r2,
  });

  it('uses the documented default margins', () => {
    expect(DEFAULT_SCORE_MARGIN).toBe(0.05);
    expect(DEFAULT_ERROR_RISE).toBe(0.1);
  });

  it('flags a score drop beyond the margin, not one of exactly the margin', () => {
    const ref: PerformanceMetrics = { classification: classification(0.9, 0.8) };
    const cand: PerformanceMetrics = { classification: classification(0.85, 0.74) };
    const [accuracy, f1] = compareMetrics(ref, cand);
    expect(accuracy).toMatchObject({ metric: 'accuracy', reference: 0.9, candidate: 0.85, dropped: false });
    expect(accuracy.change).toBeCloseTo(-0.05, 15);
    expect(f1).toMatchObject({ metric: 'macroF1', higherIsBetter: true, margin: 0.05, dropped: true });
    expect(compareMetrics(ref, cand, 0.1).some((m) => m.dropped)).toBe(false);
    // Improvements never drop.
    expect(compareMetrics(cand, ref).some((m) => m.dropped)).toBe(false);
  });

  it('flags a relative rise of an error beyond 10%', () => {
    const ref: PerformanceMetrics = { regression: regression(1, 2, 0.8) };
    const cand: PerformanceMetrics = { regression: regression(1.1, 2.3, 0.76) };
    const byMetric = Object.fromEntries(compareMetrics(ref, cand).map((m) => [m.metric, m]));
    expect(Object.keys(byMetric)).toEqual(['r2', 'mae', 'rmse']);
    expect(byMetric.mae).toMatchObject({ higherIsBetter: false, margin: 0.1, dropped: false });
    expect(byMetric.mae.relativeChange).toBeCloseTo(0.1, 12);
    expect(byMetric.rmse.dropped).toBe(true);
    expect(byMetric.rmse.relativeChange).toBeCloseTo(0.15, 12);
    expect(byMetric.r2.dropped).toBe(false);
    expect(compareMetrics(ref, cand, 0.05, 0.2).some((m) => m.dropped)).toBe(false);
  });

  it('handles a zero reference error and missing values', () => {
    const zero = compareMetrics(
      { regression: regression(0, 0, 1) },
      { regression: regression(0.1, 0.1, null) },
    );
    expect(zero.map((m) => [m.metric, m.dropped, m.relativeChange])).toEqual([
      ['r2', false, null],
      ['mae', true, null],
      ['rmse', true, null],
    ]);
    expect(zero[0]).toMatchObject({ reference: 1, candidate: null, change: null });
    const auc = compareMetrics(
      { rocAuc: { rows: 10, skipped: 0, positives: 5, negatives: 5, auc: 0.9 } },
      { rocAuc: { rows: 10, skipped: 0, positives: 5, negatives: 5, auc: 0.7 } },
    );
    expect(auc).toHaveLength(1);
    expect(auc[0]).toMatchObject({ metric: 'rocAuc', dropped: true });
  });
});
