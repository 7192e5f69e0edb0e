/**
 * Scheduled monitoring on real data with changes injected by construction: random batches of the
 * public flights table (vega-datasets flights-20k, test/engine/periods-data.ts), 6,000 reference
 * rows and 12 monthly batches of 1,000 rows. A creep in `distance` (+3% a month), a jump in `delay`
 * (+30 minutes from 2026-08), `origin` and `destination` unchanged. Both forms of periods (a glob
 * of files, one file cut by its time column) and the history file.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.js';
import { UserInputError } from '../../src/errors.js';
import type { Report } from '../../src/report/model.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { both, delayJump, distanceCreep, unchanged, writePeriodData } from './periods-data.js';

async function run(root: string, values: Record<string, unknown>): Promise<Report> {
  const settings = resolveSettings([{ source: 'test', values: { reference: 'reference.csv', ...values } }]);
  return runPipeline(settings, {
    root,
    confineToRoot: true,
    referenceRevision: null,
    workers: { parse: 'off', compare: 'off' },
  });
}

const patterns = (report: Report) =>
  Object.fromEntries((report.trend?.columns ?? []).map((t) => [t.name, [t.pattern, t.since]]));

const EXPECTED = {
  delay: ['jump', '2026-08'],
  // the first month whose distance drifts against the reference (normed Wasserstein >= 0.1)
  distance: ['creep', '2026-04'],
  origin: ['stable', null],
  destination: ['stable', null],
};

describe('periods on flights with an injected creep and jump', () => {
  const changed = both(distanceCreep(0.03), delayJump(7, 30));

  it('glob form: each file a period, named by its file name, in name order', async () => {
    const data = writePeriodData(7, changed);
    const report = await run(data.root, { candidate: 'incoming/*.csv' });
    expect(report.periods?.map((p) => p.name)).toEqual(data.periodNames);
    expect(report.periods?.every((p) => p.rows === 1000 && p.origin === 'candidate')).toBe(true);
    expect(patterns(report)).toEqual(EXPECTED);
    // the top level describes the latest period
    expect(report.candidate.source).toBe('incoming/2026-12.csv');
    expect(report.columns).toEqual(report.periods?.[11].columns);
    expect(report.reasons.slice(0, 2)).toEqual([
      'delay: sudden jump since 2026-08 (median 1 → 30)',
      expect.stringMatching(/^distance: slow creep, about \+3\.\d% a period, drift since 2026-04$/),
    ]);
    const creep = report.trend?.columns.find((t) => t.name === 'distance');
    // Theil-Sen pace of the median within 0.5 points of the injected 3% a period
    expect(creep?.medianChange).toBeGreaterThan(0.025);
    expect(creep?.medianChange).toBeLessThan(0.035);
    expect(creep?.trendPValue).toBeLessThan(0.01);
    expect(report.trend?.columns.find((t) => t.name === 'delay')?.effects).toHaveLength(12);
  }, 60_000);

  it('time-column form: one file cut by month gives the same periods and patterns', async () => {
    const data = writePeriodData(7, changed);
    const report = await run(data.root, { candidate: 'all.csv', 'time-column': 'day', period: 'month' });
    expect(report.periods?.map((p) => p.name)).toEqual(data.periodNames);
    expect(patterns(report)).toEqual(EXPECTED);
    // the time column is not tested
    expect(report.columns.map((c) => c.name)).not.toContain('day');
    expect(report.trend?.columns.map((t) => t.name)).not.toContain('day');
  }, 60_000);

  it('a jump in the latest period fails the run; an earlier one warns, or fails under fail-on-period: any', async () => {
    const latest = writePeriodData(11, delayJump(11, 30));
    const inLatest = await run(latest.root, { candidate: 'incoming/*.csv' });
    expect(patterns(inLatest).delay).toEqual(['jump', '2026-12']);
    expect(inLatest.verdict).toBe('fail');

    const earlier = writePeriodData(11, delayJump(5, 30), { periods: 8 });
    const byLatest = await run(earlier.root, { candidate: 'incoming/*.csv', 'fail-on': 'dataset-drift' });
    expect(patterns(byLatest).delay).toEqual(['jump', '2026-06']);
    expect(byLatest.verdict).toBe('warn');
    const byAny = await run(earlier.root, { candidate: 'incoming/*.csv', 'fail-on-period': 'any' });
    expect(byAny.verdict).toBe('fail');
  }, 60_000);
});

describe('false alarms on unchanged data', () => {
  // three seeds of 12 batches of unchanged flights: never a jump or a creep (README: measured rate)
  it.each([1, 2, 3])(
    'seed %i: no jump, no creep across 12 unchanged batches',
    async (seed) => {
      const data = writePeriodData(seed, unchanged);
      const report = await run(data.root, { candidate: 'incoming/*.csv' });
      const flagged = report.trend?.columns.filter((t) => t.pattern === 'jump' || t.pattern === 'creep');
      expect(flagged).toEqual([]);
      expect(report.verdict).not.toBe('fail');
    },
    60_000,
  );
});

describe('history across runs', () => {
  it('earlier runs are read as periods: one new file per run sees the same trend', async () => {
    const data = writePeriodData(7, both(distanceCreep(0.03), delayJump(7, 30)));
    // run 1: eleven months at once; run 2: only the twelfth month's file
    const first = await run(data.root, {
      candidate: 'all.csv',
      'time-column': 'day',
      period: 'month',
      history: '.drift/history.jsonl',
    });
    const lines = readFileSync(path.join(data.root, '.drift/history.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).periods).toHaveLength(12);
    const second = await run(data.root, {
      candidate: 'incoming/2026-12.csv',
      history: '.drift/history.jsonl',
    });
    expect(second.periods?.map((p) => p.origin)).toEqual([...Array(11).fill('history'), 'candidate']);
    expect(second.trend?.history).toEqual({
      path: '.drift/history.jsonl',
      periodsRead: 11,
      skippedLines: [],
    });
    expect(patterns(second)).toEqual(patterns(first));
    expect(
      readFileSync(path.join(data.root, '.drift/history.jsonl'), 'utf8').trim().split('\n'),
    ).toHaveLength(2);
  }, 60_000);

  it('a corrupted line is an error naming the line; a line of another version is skipped with a reason', async () => {
    const data = writePeriodData(3, unchanged, { periods: 3 });
    const file = path.join(data.root, 'history.jsonl');
    writeFileSync(file, '{"format":"drift-gate-history","version":0,"periods":[]}\n');
    const read = await run(data.root, { candidate: 'incoming/*.csv', history: 'history.jsonl' });
    expect(read.trend?.history?.skippedLines).toEqual([
      { line: 1, reason: 'history format version 0; this drift-gate reads version 1' },
    ]);
    appendFileSync(file, '{"format":"drift-gate-history","version":1,"time":"x"\n');
    const error = await run(data.root, { candidate: 'incoming/*.csv', history: 'history.jsonl' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).describe()).toMatch(
      /^history\.jsonl:3: history line 3 is not valid JSON/,
    );
    // nothing appended after a failed read
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
  }, 60_000);

  it('the history path is confined to the workspace', async () => {
    const data = writePeriodData(3, unchanged, { periods: 2 });
    await expect(
      run(data.root, { candidate: 'incoming/*.csv', history: '../outside.jsonl' }),
    ).rejects.toThrow(/points outside the workspace/);
  });
});

describe('labels that arrive late', () => {
  it('performance per labelled period; the unlabelled periods are named and do not fail the run', async () => {
    const { mkdtempSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'drift-labels-'));
    mkdirSync(path.join(root, 'incoming'));
    // x in 0..99, the label is x >= 50 and the model predicts it exactly (accuracy 1)
    const rows = (labelled: boolean) =>
      Array.from({ length: 200 }, (_, i) => {
        const x = i % 100;
        const label = x >= 50 ? 'yes' : 'no';
        return `${x},${labelled ? label : ''},${label}`;
      });
    writeFileSync(path.join(root, 'reference.csv'), ['x,label,predicted', ...rows(true)].join('\n'));
    for (const [name, labelled] of [
      ['w1', true],
      ['w2', true],
      ['w3', false],
      ['w4', false],
    ] as const) {
      writeFileSync(
        path.join(root, 'incoming', `${name}.csv`),
        ['x,label,predicted', ...rows(labelled)].join('\n'),
      );
    }
    const report = await run(root, { candidate: 'incoming/*.csv', target: 'label', prediction: 'predicted' });
    expect(report.periods?.map((p) => p.labelled)).toEqual([true, true, false, false]);
    expect(report.trend?.unlabelled).toEqual(['w3', 'w4']);
    expect(report.periods?.[0].performance?.candidate).toMatchObject({ classification: { accuracy: 1 } });
    expect(report.periods?.[2].performance ?? null).toBeNull();
    expect(report.verdict).toBe('pass');
  });
});

describe('the median of a period', () => {
  // Regression: periods.ts had its own median, the mean of the two middle values, while the column
  // reports use quantileSorted (numpy.quantile at 0.5, which interpolates); for these two middle
  // values they differ in the last bit: (a + b) / 2 = 8.47620278168049, the interpolation 8.476202781680492.
  it('is the median of the column report (numpy.quantile at 0.5), to the bit', async () => {
    const { mkdtempSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'drift-median-'));
    mkdirSync(path.join(root, 'incoming'));
    const column = (values: number[]) => ['x', ...values.map(String)].join('\n');
    const reference = Array.from({ length: 100 }, (_, i) => i / 100);
    writeFileSync(path.join(root, 'reference.csv'), column(reference));
    writeFileSync(path.join(root, 'incoming', 'p1.csv'), column(reference));
    // 100 values whose 50th and 51st are 3.9159426302622147 and 13.036462933098766
    const low = Array.from({ length: 49 }, (_, i) => 3 + i / 100);
    const high = Array.from({ length: 49 }, (_, i) => 14 + i / 100);
    writeFileSync(
      path.join(root, 'incoming', 'p2.csv'),
      column([...low, 3.9159426302622147, 13.036462933098766, ...high]),
    );
    const report = await run(root, { candidate: 'incoming/*.csv' });
    const trend = report.trend?.columns.find((t) => t.name === 'x');
    expect([trend?.pattern, trend?.since]).toEqual(['jump', 'p2']);
    expect(trend?.medianTo).toBe(8.476202781680492);
    const latest = report.columns.find((c) => c.name === 'x');
    expect(latest?.values?.candidate?.median).toBe(trend?.medianTo);
    // numpy.median-style mean of the two middle values: what periods.ts computed before
    expect((3.9159426302622147 + 13.036462933098766) / 2).toBe(8.47620278168049);
  });
});
