/** decideVerdict: three outcomes per fail-on, the order of the reasons, and `warning` as the strictest fail-on. */
import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/checks/verdict.js';
import type { DatasetSummary, QualityFinding } from '../../src/report/model.js';
import type { FailOn } from '../../src/settings/settings.js';

const dataset = (drifted: number, warning = 0, compared = 10, threshold = 0.5): DatasetSummary => ({
  drift: drifted / compared >= threshold,
  driftShare: drifted / compared,
  driftedColumns: Array.from({ length: drifted }, (_, i) => `d${i}`),
  warningColumns: Array.from({ length: warning }, (_, i) => `w${i}`),
  comparedColumns: compared,
  threshold,
});
const finding = (severity: QualityFinding['severity']): QualityFinding => ({
  check: 'x',
  column: null,
  severity,
  message: `a ${severity}`,
});
const FAIL_ON: readonly FailOn[] = ['never', 'dataset-drift', 'column-drift', 'warning'];
const verdicts = (d: DatasetSummary, quality: QualityFinding[] = [], joint = {}) =>
  FAIL_ON.map((failOn) => decideVerdict(d, quality, failOn, joint).verdict);

describe('decideVerdict', () => {
  it('nothing found passes under every fail-on; an info finding changes nothing', () => {
    expect(verdicts(dataset(0))).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(verdicts(dataset(0), [finding('info')])).toEqual(['pass', 'pass', 'pass', 'pass']);
  });
  it('is monotone in fail-on: never <= dataset-drift <= column-drift <= warning', () => {
    // [never, dataset-drift, column-drift, warning]
    expect(verdicts(dataset(1))).toEqual(['warn', 'warn', 'fail', 'fail']);
    expect(verdicts(dataset(5))).toEqual(['warn', 'fail', 'fail', 'fail']);
    expect(verdicts(dataset(0, 2))).toEqual(['warn', 'warn', 'warn', 'fail']);
    expect(verdicts(dataset(0), [finding('warning')])).toEqual(['warn', 'warn', 'warn', 'fail']);
    expect(verdicts(dataset(0), [finding('error')])).toEqual(['warn', 'fail', 'fail', 'fail']);
    const slight = { joint: [{ check: 'images' as const, outcome: 'warn' as const, explanation: 'e' }] };
    expect(verdicts(dataset(0), [], slight)).toEqual(['warn', 'warn', 'warn', 'fail']);
    const drift = { joint: [{ check: 'multivariate' as const, outcome: 'fail' as const, explanation: 'e' }] };
    expect(verdicts(dataset(0), [], drift)).toEqual(['warn', 'fail', 'fail', 'fail']);
  });
  it('orders failing reasons first, by importance: quality errors, images, multivariate, columns; then warnings', () => {
    const { reasons } = decideVerdict(
      dataset(6, 1),
      [finding('warning'), finding('error')],
      'dataset-drift',
      {
        joint: [
          { check: 'multivariate', outcome: 'fail', explanation: 'm' },
          { check: 'images', outcome: 'fail', explanation: 'i' },
        ],
      },
    );
    expect(reasons.map((r) => r.kind)).toEqual([
      'quality-errors',
      'joint-drift',
      'joint-drift',
      'dataset-drift',
      'column-warnings',
      'quality-warnings',
    ]);
    expect(reasons[1]).toMatchObject({ check: 'images' });
    // below the drift share, the column count follows the failing image check
    const below = decideVerdict(dataset(2), [], 'dataset-drift', {
      joint: [{ check: 'images', outcome: 'fail', explanation: 'i' }],
    });
    expect(below.reasons.map((r) => r.kind)).toEqual(['joint-drift', 'dataset-drift']);
  });
  it('under fail-on warning, the warnings fail and a reason says so', () => {
    const { verdict, reasons } = decideVerdict(dataset(0, 1), [], 'warning');
    expect(verdict).toBe('fail');
    expect(reasons.map((r) => r.kind)).toEqual(['column-warnings', 'fail-on-warning', 'column-drift']);
  });
});
