import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnDecision, Criterion, DriftCriterion } from '../../src/report/decisions.js';
import type { MetricComparison } from '../../src/report/model.js';
import {
  columnExplanation,
  columnSkipText,
  multivariateSkippedText,
  notComparedText,
  onlyMissingShareText,
  rareClassText,
  verdictReasonText,
} from '../../src/report/wording.js';

// Expected strings are the ones in the reports on examples/data (the JSON contract).

const criterion = (
  test: string,
  kind: Criterion['kind'],
  value: number | null,
  threshold: number,
  passed: boolean,
) => ({
  test,
  kind,
  value,
  threshold,
  passed,
});

function decision(parts: Partial<ColumnDecision>): ColumnDecision {
  const base: ColumnDecision = {
    drift: false,
    outcome: 'pass',
    fired: [],
    passed: [],
    values: null,
    rareClass: null,
    movedClasses: parts.rareClass ? [parts.rareClass] : [],
    missingShare: null,
  };
  const merged = { ...base, ...parts };
  const fired: DriftCriterion[] = [];
  if (merged.values?.drift) fired.push('values');
  if (merged.rareClass) fired.push('rare-class');
  if (merged.missingShare?.drift) fired.push('missing-share');
  const drift = fired.length > 0;
  const v = merged.values;
  const slight =
    (v?.rule === 'auto' && v.significance.passed && !v.effect.passed) ||
    (merged.missingShare?.significant === true && !merged.missingShare.drift);
  return { ...merged, fired, drift, outcome: drift ? 'fail' : slight ? 'warn' : 'pass' };
}

describe('columnExplanation', () => {
  it('auto mode: significant and large enough', () => {
    const text = columnExplanation(
      decision({
        values: {
          rule: 'auto',
          significance: criterion('ks', 'p-value', 0.03331, 0.05, true),
          effect: criterion('wasserstein', 'distance', 0.3052, 0.1, true),
          drift: true,
        },
      }),
      null,
    );
    expect(text).toBe(
      'Drift: significant (adjusted p 0.0333 < 0.05) and large enough (wasserstein 0.305 >= 0.1)',
    );
  });
  it('auto mode: a missing-share change comes before the values that did not drift', () => {
    const text = columnExplanation(
      decision({
        values: {
          rule: 'auto',
          significance: criterion('ks', 'p-value', 0.2281, 0.05, false),
          effect: criterion('wasserstein', 'distance', 0.2294, 0.1, true),
          drift: false,
        },
        missingShare: {
          reference: 2 / 203,
          candidate: 71 / 218,
          adjustedPValue: 8.4e-17,
          significant: true,
          minChange: 0.05,
          drift: true,
        },
      }),
      null,
    );
    expect(text).toBe(
      'Drift: missing share changed from 1.0% to 32.6% (adjusted p 8.4e-17); values not significant (adjusted p 0.228 >= 0.05; wasserstein 0.229 >= 0.1)',
    );
  });
  it('auto mode: significant but too small, with a rare class', () => {
    const text = columnExplanation(
      decision({
        values: {
          rule: 'auto',
          significance: criterion('chi-square', 'p-value', 0.0204, 0.05, true),
          effect: criterion('tvd', 'distance', 0.08281, 0.1, false),
          drift: false,
        },
        rareClass: {
          class: 'EU',
          referenceCount: 0,
          candidateCount: 10,
          referenceShare: 0,
          candidateShare: 10 / 218,
          pValue: 0.0074,
          adjustedPValue: 0.0074,
          flagged: true,
          moved: true,
        },
      }),
      null,
    );
    expect(text).toBe(
      "Drift: class 'EU' rose from 0% to 4.6% (new, adjusted p 0.0074); values significant (adjusted p 0.0204 < 0.05) but below min-effect (tvd 0.0828 < 0.1)",
    );
  });
  it('named tests: a distance, a p-value, a statistic that is not finite', () => {
    const named = (c: Criterion) => decision({ values: { rule: 'named', score: c, drift: c.passed } });
    expect(columnExplanation(named(criterion('psi', 'distance', 0.0364, 0.1, false)), null)).toBe(
      'No drift: psi 0.0364 < 0.1',
    );
    expect(columnExplanation(named(criterion('ks', 'p-value', 1.23e-5, 0.01, true)), null)).toBe(
      'Drift: ks adjusted p 1.2e-5 < 0.01',
    );
    expect(columnExplanation(named(criterion('kl', 'distance', null, 0.1, true)), null)).toBe(
      'Drift: kl not finite >= 0.1',
    );
  });
  it('values not compared: the reason stands in', () => {
    const reason = onlyMissingShareText(
      columnSkipText({ kind: 'too-sparse', categories: 218, smallerSide: 119 }),
    );
    expect(columnExplanation(decision({}), reason)).toBe(
      'No drift: too many categories for the rows (218 categories, 119 values on the smaller side): name a test for it or ignore it; only the missing share is compared',
    );
  });
});

describe('column reasons', () => {
  it('words each skip', () => {
    expect(columnSkipText({ kind: 'type-differs', reference: 'numeric', candidate: 'categorical' })).toBe(
      'type differs: numeric in the reference, categorical in the candidate',
    );
    expect(
      columnSkipText({ kind: 'test-skipped', message: 'ks requires at least one value in each sample' }),
    ).toBe('ks requires at least one value in each sample');
    expect(notComparedText(columnSkipText({ kind: 'missing-in-candidate' }))).toBe(
      'Not compared: column is missing from the candidate',
    );
    expect(columnSkipText({ kind: 'missing-in-reference' })).toBe('column is new in the candidate');
  });
  it('clips a long class name', () => {
    const text = rareClassText({
      class: 'x'.repeat(60),
      referenceCount: 372,
      candidateCount: 92,
      referenceShare: 0.372,
      candidateShare: 0.092,
      pValue: 8.46e-8,
      adjustedPValue: 8.46e-8,
      flagged: true,
      moved: true,
    });
    expect(text).toBe(`class '${'x'.repeat(39)}…' fell from 37.2% to 9.2% (x0.25, adjusted p 8.5e-8)`);
  });
});

describe('verdictReasonText', () => {
  const count = { drifted: 3, compared: 7, share: 3 / 7 };
  it('words the drift count per fail-on', () => {
    expect(verdictReasonText({ kind: 'dataset-drift', count, drift: false, threshold: 0.5 })).toBe(
      '3 of 7 compared columns drifted (42.9%), below drift-share 50%: not dataset drift',
    );
    expect(
      verdictReasonText({
        kind: 'dataset-drift',
        count: { drifted: 7, compared: 8, share: 7 / 8 },
        drift: true,
        threshold: 0.5,
      }),
    ).toBe('Dataset drift: 7 of 8 compared columns drifted (87.5%), at or above drift-share 50%');
    expect(verdictReasonText({ kind: 'column-drift', count, drift: true })).toBe(
      'Column drift: 3 of 7 compared columns drifted (42.9%)',
    );
    expect(verdictReasonText({ kind: 'never-fails', count })).toBe(
      "3 of 7 compared columns drifted (42.9%); fail-on is 'never', so the run passes",
    );
  });
  it('words target drift, gating or not', () => {
    const target = {
      kind: 'target-drift' as const,
      target: 'Miles_per_Gallon',
      explanation: 'Drift: psi 0.118 >= 0.1',
    };
    expect(verdictReasonText({ ...target, notGatingBecause: null })).toBe(
      "Target 'Miles_per_Gallon' drifted: psi 0.118 >= 0.1",
    );
    expect(verdictReasonText({ ...target, notGatingBecause: 'fail-on-target-drift' })).toBe(
      "Target 'Miles_per_Gallon' drifted (not gating: fail-on-target-drift is false): psi 0.118 >= 0.1",
    );
    expect(verdictReasonText({ ...target, notGatingBecause: 'fail-on-never' })).toBe(
      "Target 'Miles_per_Gallon' drifted (not gating: fail-on is 'never'): psi 0.118 >= 0.1",
    );
  });
  it('words dropped metrics', () => {
    const metric = (over: Partial<MetricComparison>): MetricComparison => ({
      metric: 'accuracy',
      higherIsBetter: true,
      reference: 0.9,
      candidate: 0.7,
      change: -0.2,
      relativeChange: -0.2222,
      margin: 0.05,
      dropped: true,
      ...over,
    });
    expect(
      verdictReasonText({
        kind: 'performance-dropped',
        metrics: [
          metric({}),
          metric({
            metric: 'mae',
            higherIsBetter: false,
            reference: 2,
            candidate: 2.5,
            change: 0.5,
            relativeChange: 0.25,
            margin: 0.1,
          }),
        ],
      }),
    ).toBe(
      'Performance dropped: accuracy 0.9 → 0.7 (a drop of 0.2, more than performance-margin 0.05); MAE 2 → 2.5 (a rise of 25%, more than 10%)',
    );
  });
  it('words critical rows, joint drift and quality errors, listing three', () => {
    expect(
      verdictReasonText({
        kind: 'critical-rows',
        rows: 44,
        removed: 21,
        changed: 6,
        keyed: true,
        examples: [
          { row: 'toyota corona mark ii', status: 'removed', columns: [] },
          { row: 'datsun pl510', status: 'removed', columns: [] },
          {
            row: 'ford pinto',
            status: 'changed',
            columns: ['Horsepower', 'Weight_in_lbs', 'Origin', 'Year'],
          },
          { row: 'amc gremlin', status: 'removed', columns: [] },
        ],
      }),
    ).toBe(
      'Critical rows: 21 of 44 removed, 6 changed: toyota corona mark ii (removed); datsun pl510 (removed); ford pinto (changed: Horsepower, Weight_in_lbs, Origin); ...',
    );
    expect(
      verdictReasonText({
        kind: 'joint-drift',
        check: 'images',
        outcome: 'fail',
        explanation: 'Candidate images differ.',
      }),
    ).toBe('Image drift: Candidate images differ.');
    expect(
      verdictReasonText({
        kind: 'joint-drift',
        check: 'multivariate',
        outcome: 'fail',
        explanation: 'Rows differ.',
      }),
    ).toBe('Multivariate drift: Rows differ.');
    expect(
      verdictReasonText({
        kind: 'joint-drift',
        check: 'images',
        outcome: 'warn',
        explanation: 'Slightly worse.',
      }),
    ).toBe('Image check warning: Slightly worse.');
    expect(verdictReasonText({ kind: 'column-warnings', columns: ['a', 'b'] })).toBe(
      'Warning: 2 columns changed significantly but below the minimum effect: a; b',
    );
    expect(verdictReasonText({ kind: 'quality-warnings', messages: ['x'] })).toBe(
      '1 data-quality warning: x',
    );
    expect(verdictReasonText({ kind: 'fail-on-warning' })).toBe(
      "fail-on is 'warning', so the warnings fail the run",
    );
    expect(verdictReasonText({ kind: 'quality-errors', messages: ['a', 'b'] })).toBe(
      '2 data-quality errors: a; b',
    );
    expect(verdictReasonText({ kind: 'quality-errors', messages: ['a', 'b', 'c', 'd'] })).toBe(
      '4 data-quality errors: a; b; c; ...',
    );
    expect(verdictReasonText({ kind: 'quality-errors', messages: ['a'] })).toBe('1 data-quality error: a');
  });
});

describe('multivariateSkippedText', () => {
  it('words a skipped multivariate check, and is the only place in src/ that does', () => {
    expect(multivariateSkippedText('it needs at least 2 usable columns')).toBe(
      'Multivariate check skipped: it needs at least 2 usable columns.',
    );
    // engine/compare.ts, multivariate/model.ts and multivariate/tabular.ts each wrote the sentence
    const writers = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => readFileSync(path.join('src', file), 'utf8').includes('Multivariate check skipped'))
      .map((file) => file.split(path.sep).join('/'));
    expect(writers).toEqual(['report/wording.ts']);
  });
});
