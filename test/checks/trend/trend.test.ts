import { describe, expect, it } from 'vitest';
import {
  type ColumnSeries,
  classifyTrends,
  type PeriodColumnNumbers,
} from '../../../src/checks/trend/trend.js';

const NAMES = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

function series(
  name: string,
  periods: Partial<PeriodColumnNumbers>[],
  referenceMedian: number | null = 100,
): ColumnSeries {
  return {
    name,
    minEffect: 0.1,
    referenceMedian,
    periods: periods.map((p) => ({ effect: null, drift: false, step: false, median: null, ...p })),
  };
}

const flat = (effect: number) => ({ effect, drift: false, step: false, median: 100 });

describe('classifyTrends (pure, per-period numbers)', () => {
  it('a step into drift that persists is a jump since the changed period, with the median change', () => {
    const jump = series('price', [
      flat(0.02),
      flat(0.03),
      { effect: 0.4, drift: true, step: true, median: 112 },
      { effect: 0.41, drift: true, step: false, median: 113 },
      { effect: 0.39, drift: true, step: false, median: 112 },
    ]);
    const [trend] = classifyTrends(NAMES.slice(0, 5), [jump], 0.05);
    expect(trend).toMatchObject({ pattern: 'jump', since: 'p3', medianFrom: 100, medianTo: 112 });
    expect(trend.medianChange).toBeCloseTo(0.12, 12);
  });

  it('drift from the first period on is a jump from the reference', () => {
    const [trend] = classifyTrends(
      ['a', 'b'],
      [
        series('x', [
          { effect: 0.5, drift: true, step: true, median: 150 },
          { effect: 0.5, drift: true, step: false, median: 150 },
        ]),
      ],
      0.05,
    );
    expect(trend).toMatchObject({ pattern: 'jump', since: 'a', medianFrom: 100 });
  });

  it('one period off, then back, is a spike', () => {
    const [trend] = classifyTrends(
      NAMES.slice(0, 4),
      [
        series('s', [
          flat(0.02),
          { effect: 0.5, drift: true, step: true, median: 150 },
          { effect: 0.03, drift: false, step: true, median: 100 },
          flat(0.02),
        ]),
      ],
      0.05,
    );
    expect(trend).toMatchObject({ pattern: 'spike', since: 'p2' });
  });

  it('rising effects in small steps into drift are a creep since the first drifted period', () => {
    const effects = [0.02, 0.05, 0.08, 0.11, 0.14, 0.17];
    const creep = series(
      'length',
      effects.map((effect, i) => ({
        effect,
        drift: effect >= 0.1,
        step: false,
        median: 100 * (1 + 0.03 * (i + 1)),
      })),
    );
    const [trend] = classifyTrends(NAMES, [creep], 0.05);
    expect(trend.pattern).toBe('creep');
    expect(trend.since).toBe('p4');
    // Theil-Sen slope of the relative median change: exactly 3% a period here
    expect(trend.medianChange).toBeCloseTo(0.03, 12);
    expect(trend.slope).toBeCloseTo(0.03, 12);
  });

  it('a rising trend whose latest period does not drift is no creep (an early drift by chance does not count)', () => {
    const effects = [0.02, 0.03, 0.04, 0.05, 0.06, 0.07];
    const chance = series(
      'c',
      effects.map((effect, i) => ({ effect, drift: i === 1, step: false, median: 100 })),
    );
    const [trend] = classifyTrends(NAMES, [chance], 0.05);
    expect(trend.pattern).not.toBe('creep');
  });

  it('a rising trend that never reaches drift stays stable; so does noise', () => {
    const rising = series(
      'r',
      [0.01, 0.02, 0.03, 0.04, 0.05, 0.06].map((effect) => flat(effect)),
    );
    const noise = series(
      'n',
      [0.03, 0.01, 0.04, 0.02, 0.03, 0.02].map((effect) => flat(effect)),
    );
    const trends = classifyTrends(NAMES, [rising, noise], 0.05);
    expect(trends.map((t) => t.pattern)).toEqual(['stable', 'stable']);
    expect(trends[1].since).toBeNull();
  });

  it('history periods (step unknown) count a step when the effect moved by at least the minimum effect', () => {
    const fromHistory = series(
      'h',
      [
        { effect: 0.02, drift: false, step: null, median: null },
        { effect: 0.04, drift: false, step: null, median: null },
        { effect: 0.45, drift: true, step: null, median: null },
        { effect: 0.44, drift: true, step: null, median: null },
      ],
      null,
    );
    const [trend] = classifyTrends(NAMES.slice(0, 4), [fromHistory], 0.05);
    expect(trend).toMatchObject({ pattern: 'jump', since: 'p3', medianChange: null });
  });

  it('the trend p-values are corrected across columns (Benjamini-Hochberg)', () => {
    const up = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06];
    const one = classifyTrends(NAMES, [series('a', up.map(flat))], 0.05)[0].trendPValue ?? 0;
    const two = classifyTrends(NAMES, [series('a', up.map(flat)), series('b', up.map(flat))], 0.05);
    // equal raw p-values: BH leaves them equal to the raw value
    expect(two[0].trendPValue).toBeCloseTo(one, 12);
    const mixed = classifyTrends(
      NAMES,
      [series('a', up.map(flat)), series('b', [0.03, 0.01, 0.04, 0.02, 0.03, 0.02].map(flat))],
      0.05,
    );
    expect(mixed[0].trendPValue).toBeGreaterThan(one);
  });
});
