import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/data/table.js';
import { compareTables } from '../../../src/engine/compare.js';
import { UserInputError } from '../../../src/errors.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { resolveSettings } from '../../../src/settings/settings.js';
import { normals, rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const settingsOf = (values: Record<string, unknown>) => resolveSettings([{ source: 'test', values }]);

/** A telecom churn extract: tenure (months), monthly charges, region, churn label (and a model's prediction). */
interface Customers {
  tenure: Float64Array;
  charges: Float64Array;
  region: string[];
  churn: string[];
  predicted: string[];
}

const REGIONS = ['north', 'south', 'east', 'west'];

function customers(
  seed: number,
  rows: number,
  options: { churnRate?: number; westTenureShift?: number; accuracy?: number } = {},
): Customers {
  const random = rng(seed);
  const tenure = normals(random, rows, 30, 10);
  const charges = normals(random, rows, 70, 15);
  const region = Array.from({ length: rows }, (_, i) => REGIONS[i % 4]);
  if (options.westTenureShift) {
    region.forEach((r, i) => {
      if (r === 'west') tenure[i] += options.westTenureShift as number;
    });
  }
  const churn = Array.from({ length: rows }, () => (random() < (options.churnRate ?? 0.2) ? 'yes' : 'no'));
  const accuracy = options.accuracy ?? 0.9;
  const predicted = churn.map((c) => (random() < accuracy ? c : c === 'yes' ? 'no' : 'yes'));
  return { tenure, charges, region, churn, predicted };
}

function customerTable(source: string, c: Customers, withLabels = true, withPrediction = true): Table {
  return table(source, [
    numericColumn('tenure', c.tenure),
    numericColumn('charges', c.charges),
    categoricalColumn('region', c.region),
    ...(withLabels ? [categoricalColumn('churn', c.churn)] : []),
    ...(withPrediction ? [categoricalColumn('predicted', c.predicted)] : []),
  ]);
}

describe('target and prediction roles', () => {
  it('label-share drift with stable features: the target drifts, fails the run by default, and the hint says to check the labels', () => {
    const reference = customerTable('ref.csv', customers(1, 2000, { churnRate: 0.2 }), true, false);
    const candidate = customerTable('cand.csv', customers(2, 2000, { churnRate: 0.4 }), true, false);
    const report = compareTables(reference, candidate, settingsOf({ target: 'churn' }), { now: NOW });
    const target = report.columns.find((c) => c.name === 'churn');
    expect(target?.role).toBe('target');
    expect(target?.drift).toBe(true);
    // The target is not a feature: the feature drift share covers tenure, charges and region only.
    expect(report.dataset.comparedColumns).toBe(3);
    expect(report.dataset.driftedColumns).toEqual([]);
    expect(report.verdict).toBe('fail');
    expect(report.reasons.some((r) => r.startsWith("Target 'churn' drifted"))).toBe(true);
    expect(renderText(report).split('\n')[0]).toBe(
      'FAIL drift-gate: target drifted; no drift in 3 compared columns (threshold 50%)',
    );
    expect(report.hints).toHaveLength(1);
    expect(report.hints?.[0]).toContain('check the new labels (label errors or concept drift)');

    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Target and prediction');
    expect(markdown).toContain('check the new labels');
    expect(markdown.indexOf('### Target and prediction')).toBeLessThan(markdown.indexOf('### Columns'));
    const text = renderText(report);
    expect(text.indexOf('churn (target)')).toBeLessThan(text.indexOf('tenure'.padEnd(6)));
  });

  it('a drifting target passes with fail-on-target-drift false or fail-on never, and says why', () => {
    const reference = customerTable('ref.csv', customers(1, 2000, { churnRate: 0.2 }), true, false);
    const candidate = customerTable('cand.csv', customers(2, 2000, { churnRate: 0.4 }), true, false);
    for (const values of [
      { target: 'churn', 'fail-on-target-drift': 'false' },
      { target: 'churn', 'fail-on': 'never' },
    ]) {
      const report = compareTables(reference, candidate, settingsOf(values), { now: NOW });
      expect(report.verdict).toBe('warn');
      expect(report.reasons.some((r) => r.includes("Target 'churn' drifted (not gating"))).toBe(true);
    }
  });

  it('stable data with target and prediction passes, with no hints', () => {
    const reference = customerTable('ref.csv', customers(1, 2000));
    const candidate = customerTable('cand.csv', customers(2, 2000));
    const report = compareTables(
      reference,
      candidate,
      settingsOf({ target: 'churn', prediction: 'predicted' }),
      { now: NOW },
    );
    expect(report.columns.find((c) => c.name === 'predicted')?.role).toBe('prediction');
    expect(report.verdict).toBe('pass');
    expect(report.hints).toBeUndefined();
    expect(report.performance?.task).toBe('classification');
    expect(report.performance?.dropped).toBe(false);
  });

  it('prediction drift without labels on the candidate gives the early warning (the missing target is a note, not an error)', () => {
    const reference = customerTable('ref.csv', customers(1, 2000, { churnRate: 0.2 }));
    const drifted = customers(2, 2000, { churnRate: 0.2 });
    drifted.predicted = drifted.predicted.map((p, i) => (i % 3 === 0 ? 'yes' : p));
    const candidate = customerTable('cand.csv', drifted, false, true);
    const report = compareTables(
      reference,
      candidate,
      settingsOf({ target: 'churn', prediction: 'predicted' }),
      { now: NOW },
    );
    expect(report.columns.find((c) => c.name === 'predicted')?.drift).toBe(true);
    expect(report.quality.find((q) => q.column === 'churn')?.severity).toBe('info');
    expect(report.hints?.some((h) => h.includes('early warning: performance may be degrading'))).toBe(true);
    expect(report.performance?.candidate).toEqual({});
    expect(report.verdict).toBe('pass');
  });

  it('a column named by target, prediction or slices must exist: the error names the setting and the column', () => {
    const reference = customerTable('ref.csv', customers(1, 100));
    const candidate = customerTable('cand.csv', customers(2, 100));
    for (const [values, message] of [
      [{ prediction: 'score' }, "'prediction' names column 'score', not found in ref.csv or cand.csv"],
      [{ slices: 'region,country' }, "'slices' names column 'country', not found in ref.csv or cand.csv"],
      [{ target: 'label' }, "'target' names column 'label', not found in ref.csv or cand.csv"],
    ] as const) {
      expect(() => compareTables(reference, candidate, settingsOf(values))).toThrow(UserInputError);
      expect(() => compareTables(reference, candidate, settingsOf(values))).toThrow(message);
    }
  });
});

describe('performance', () => {
  // Ten loan applications; the reference model is right 9 times, the candidate 6 times.
  const labels = ['good', 'good', 'good', 'good', 'good', 'good', 'bad', 'bad', 'bad', 'bad'];
  const refPred = ['good', 'good', 'good', 'good', 'good', 'good', 'bad', 'bad', 'bad', 'good'];
  const candPred = ['good', 'good', 'good', 'good', 'bad', 'bad', 'bad', 'bad', 'good', 'good'];
  const income = [30, 45, 52, 61, 38, 70, 25, 33, 41, 58];
  const side = (source: string, predicted: string[]) =>
    table(source, [
      numericColumn('income', income),
      categoricalColumn('outcome', labels),
      categoricalColumn('predicted', predicted),
    ]);

  it('classification metrics equal hand-computed values, and a drop beyond the margin fails the run', () => {
    const report = compareTables(
      side('ref.csv', refPred),
      side('cand.csv', candPred),
      settingsOf({ target: 'outcome', prediction: 'predicted' }),
      { now: NOW },
    );
    const ref = report.performance?.reference.classification;
    const cand = report.performance?.candidate.classification;
    // Reference: bad tp 3, fp 0, fn 1 -> precision 1, recall 3/4, F1 6/7; good tp 6, fp 1, fn 0 -> 6/7, 1, 12/13.
    expect(ref?.accuracy).toBeCloseTo(0.9, 12);
    expect(ref?.classes.map((c) => c.class)).toEqual(['bad', 'good']);
    expect(ref?.classes[0].precision).toBeCloseTo(1, 12);
    expect(ref?.classes[0].recall).toBeCloseTo(3 / 4, 12);
    expect(ref?.classes[0].f1).toBeCloseTo(6 / 7, 12);
    expect(ref?.classes[1].precision).toBeCloseTo(6 / 7, 12);
    expect(ref?.classes[1].f1).toBeCloseTo(12 / 13, 12);
    expect(ref?.macroF1).toBeCloseTo((6 / 7 + 12 / 13) / 2, 12);
    // Candidate: bad tp 2, fp 2, fn 2 -> 1/2, 1/2, 1/2; good tp 4, fp 2, fn 2 -> 2/3 each.
    expect(cand?.accuracy).toBeCloseTo(0.6, 12);
    expect(cand?.classes[0].f1).toBeCloseTo(0.5, 12);
    expect(cand?.classes[1].f1).toBeCloseTo(2 / 3, 12);
    expect(cand?.macroF1).toBeCloseTo((0.5 + 2 / 3) / 2, 12);
    const accuracy = report.performance?.comparison.find((m) => m.metric === 'accuracy');
    expect(accuracy?.change).toBeCloseTo(-0.3, 12);
    expect(accuracy?.dropped).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.reasons, JSON.stringify(report.reasons)).toContain(
      'Performance dropped: accuracy 0.9 → 0.6 (a drop of 0.3, more than performance-margin 0.05); macro F1 0.89 → 0.583 (a drop of 0.307, more than performance-margin 0.05)',
    );
    // Features did not drift, performance dropped: check the labels.
    expect(report.hints?.[0]).toContain('performance dropped: check the new labels');
    expect(renderMarkdown(report)).toContain('### Model performance');
  });

  it('a larger performance-margin lets the same drop pass', () => {
    const report = compareTables(
      side('ref.csv', refPred),
      side('cand.csv', candPred),
      settingsOf({ target: 'outcome', prediction: 'predicted', 'performance-margin': 0.4 }),
      { now: NOW },
    );
    expect(report.performance?.dropped).toBe(false);
    expect(report.verdict).toBe('pass');
  });

  it('scores in [0, 1] against a binary target give ROC AUC and labels at 0.5', () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.45, 0.3, 0.2, 0.1];
    const t = table('ref.csv', [categoricalColumn('outcome', labels), numericColumn('score', scores)]);
    const report = compareTables(t, t, settingsOf({ target: 'outcome', prediction: 'score' }), { now: NOW });
    expect(report.performance?.predictionKind).toBe('scores');
    expect(report.performance?.positiveClass).toBe('good');
    // 24 good/bad pairs; good at 0.4 scores below bad at 0.45: 23 of 24 ordered right.
    expect(report.performance?.reference.rocAuc?.auc).toBeCloseTo(23 / 24, 12);
    // Labels at >= 0.5: good 0.4 predicted bad -> 9 of 10 right.
    expect(report.performance?.reference.classification?.accuracy).toBeCloseTo(0.9, 12);
  });

  it('a numeric target is regression: MAE, RMSE and R^2 as hand-computed', () => {
    const y = [3, -0.5, 2, 7];
    const yHat = [2.5, 0, 2, 8];
    const t = table('ref.csv', [numericColumn('price', y), numericColumn('estimate', yHat)]);
    const report = compareTables(t, t, settingsOf({ target: 'price', prediction: 'estimate' }), {
      now: NOW,
    });
    const regression = report.performance?.reference.regression;
    expect(report.performance?.task).toBe('regression');
    expect(regression?.mae).toBeCloseTo(0.5, 12);
    expect(regression?.rmse).toBeCloseTo(Math.sqrt(0.375), 12);
    // SS_res 1.5; mean 2.875, SS_tot 29.1875.
    expect(regression?.r2).toBeCloseTo(1 - 1.5 / 29.1875, 12);
  });
});

describe('slices', () => {
  it('finds drift in one slice only and lists small slices as too small', () => {
    const reference = customers(1, 1200);
    const candidate = customers(2, 1200, { westTenureShift: 15 });
    // Ten rows from a new region on each side: below min-slice-size.
    reference.region.splice(0, 10, ...Array(10).fill('islands'));
    candidate.region.splice(0, 10, ...Array(10).fill('islands'));
    const report = compareTables(
      customerTable('ref.csv', reference),
      customerTable('cand.csv', candidate),
      settingsOf({ target: 'churn', prediction: 'predicted', slices: 'region' }),
      { now: NOW },
    );
    const slices = report.slices ?? [];
    expect(slices.map((s) => s.value).sort()).toEqual(['east', 'islands', 'north', 'south', 'west']);
    const drifted = slices.filter((s) => s.drift).map((s) => s.value);
    expect(drifted).toEqual(['west']);
    expect(slices.find((s) => s.value === 'west')?.driftedColumns).toEqual(['tenure']);
    const islands = slices.find((s) => s.value === 'islands');
    expect(islands?.status).toBe('too-small');
    expect(islands?.referenceRows).toBe(10);
    expect(slices.find((s) => s.value === 'north')?.performance?.[0].metric).toBe('accuracy');

    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Slices');
    // The drifted slice is listed first.
    const table = markdown.slice(markdown.indexOf('| Slice |'));
    expect(table.split('\n')[2]).toContain('region = west');
    expect(markdown).toContain('Too small to test (< 30 rows on a side): region = islands (10 → 10)');
  });

  it('escapes slice values and names in the summary', () => {
    const reference = customers(1, 200);
    const candidate = customers(2, 200);
    for (const c of [reference, candidate]) c.region = c.region.map((r) => (r === 'west' ? '<b>|x' : r));
    const report = compareTables(
      customerTable('ref.csv', reference),
      customerTable('cand.csv', candidate),
      settingsOf({ slices: 'region' }),
      { now: NOW },
    );
    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('<b>|x');
    expect(markdown).toContain('&lt;b&gt;&#124;x');
  });
});
