import { describe, expect, it } from 'vitest';
import { type ColumnRuleInput, decideColumn, type RuleScore } from '../../../src/checks/columns/rule.js';
import type { ClassShare } from '../../../src/report/model.js';

const ks = (adjustedPValue: number): RuleScore => ({
  test: 'ks',
  kind: 'p-value',
  statistic: 0.2,
  adjustedPValue,
  threshold: 0.05,
});
const wasserstein = (statistic: number | null): RuleScore => ({
  test: 'wasserstein',
  kind: 'distance',
  statistic,
  adjustedPValue: null,
  threshold: 0.1,
});
const auto = (scores: RuleScore[], extra: Partial<ColumnRuleInput> = {}): ColumnRuleInput => ({
  mode: 'auto',
  scores,
  missingShare: null,
  classes: null,
  ...extra,
});

describe('decideColumn: auto mode asks for significance and size', () => {
  it('drifts when adjusted p < alpha and the effect reaches min-effect (boundary included)', () => {
    const decision = decideColumn(auto([ks(0.0333), wasserstein(0.1)]));
    expect(decision.drift).toBe(true);
    expect(decision.fired).toEqual(['values']);
    expect(decision.passed).toEqual([true, true]);
    expect(decision.values).toMatchObject({ rule: 'auto', drift: true });
  });
  it('does not drift when significant but too small, nor at p exactly alpha', () => {
    const small = decideColumn(auto([ks(1e-9), wasserstein(0.0999)]));
    expect(small.drift).toBe(false);
    // significant but below min-effect: a warning
    expect(small.outcome).toBe('warn');
    expect(decideColumn(auto([ks(0.0333), wasserstein(0.1)])).outcome).toBe('fail');
    expect(small.passed).toEqual([true, false]);
    const atAlpha = decideColumn(auto([ks(0.05), wasserstein(0.5)]));
    expect(atAlpha.drift).toBe(false);
    // not significant: large but possibly noise, so no warning
    expect(atAlpha.outcome).toBe('pass');
    expect(atAlpha.values).toMatchObject({ rule: 'auto', significance: { value: 0.05, passed: false } });
  });
  it('has no value decision when the values were not compared', () => {
    const decision = decideColumn(auto([]));
    expect(decision).toMatchObject({ drift: false, values: null, fired: [], passed: [] });
  });
});

describe('decideColumn: a named test decides alone', () => {
  it('a distance at its threshold drifts; a statistic that is not finite counts as past it', () => {
    const psi: RuleScore = {
      test: 'psi',
      kind: 'distance',
      statistic: 0.1,
      adjustedPValue: null,
      threshold: 0.1,
    };
    expect(decideColumn({ ...auto([psi]), mode: 'named' }).drift).toBe(true);
    const infinite = decideColumn({ ...auto([{ ...psi, statistic: null }]), mode: 'named' });
    expect(infinite.values).toMatchObject({ rule: 'named', score: { value: null, passed: true } });
  });
  it('a p-value test uses the adjusted p-value', () => {
    const score: RuleScore = {
      test: 'ks',
      kind: 'p-value',
      statistic: 0.3,
      adjustedPValue: 0.2,
      threshold: 0.05,
    };
    expect(decideColumn({ ...auto([score]), mode: 'named' }).drift).toBe(false);
    // a named test has one threshold: no warning band
    expect(decideColumn({ ...auto([{ ...score, adjustedPValue: 0.01 }]), mode: 'named' }).outcome).toBe(
      'fail',
    );
    expect(decideColumn({ ...auto([score]), mode: 'named' }).outcome).toBe('pass');
  });
});

describe('decideColumn: missing share and rare classes', () => {
  const missing = (reference: number, candidate: number, adjustedPValue: number) => ({
    test: 'z',
    kind: 'p-value' as const,
    statistic: 5,
    adjustedPValue,
    threshold: 0.05,
    reference,
    candidate,
    minChange: 0.05,
  });
  it('drifts on a significant change of at least missing-share-change (boundary included)', () => {
    const values = [ks(0.9), wasserstein(0.01)];
    const big = decideColumn(auto(values, { missingShare: missing(0.01, 0.326, 8.4e-17) }));
    expect(big.drift).toBe(true);
    expect(big.fired).toEqual(['missing-share']);
    expect(decideColumn(auto(values, { missingShare: missing(0, 0.05, 1e-6) })).drift).toBe(true);
    const slight = decideColumn(auto(values, { missingShare: missing(0.01, 0.04, 1e-6) }));
    expect(slight.drift).toBe(false);
    expect(slight.missingShare).toMatchObject({ significant: true, drift: false });
    expect(slight.outcome).toBe('warn');
    expect(decideColumn(auto(values, { missingShare: missing(0.01, 0.04, 0.2) })).outcome).toBe('pass');
  });
  it('names the strongest flagged class, in auto mode only', () => {
    const share = (name: string, adjustedPValue: number, flagged: boolean): ClassShare => ({
      class: name,
      referenceCount: 80,
      candidateCount: 8,
      referenceShare: 0.02,
      candidateShare: 0.002,
      pValue: adjustedPValue,
      adjustedPValue,
      flagged,
      moved: flagged,
    });
    const classes = [share('a', 1e-3, true), share('b', 1e-9, true), share('c', 1e-12, false)];
    const decision = decideColumn(auto([ks(0.5), wasserstein(0.02)], { classes }));
    expect(decision.fired).toEqual(['rare-class']);
    expect(decision.rareClass?.class).toBe('b');
    expect(decideColumn({ ...auto([ks(0.5)], { classes }), mode: 'named' }).rareClass).toBeNull();
  });
});
