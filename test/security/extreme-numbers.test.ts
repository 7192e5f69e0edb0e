/**
 * Issue 10, item 10: values near the largest double (1e308) overflowed inside the checks and
 * reached the report as NaN/Infinity (a multivariate check with status "ok" and NaN errors,
 * histogram labels "NaN" and "Infinity"). The last-line guard: a report made from extreme data
 * has no non-finite number anywhere, and its renderings print neither NaN nor Infinity.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { resolveSettings } from '../../src/settings/settings.js';

/** Paths (`columns.3.statistic`) of every number in `value` that is not finite. */
function nonFinite(value: unknown, at = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${at}=${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${at}.${i}`));
  if (ArrayBuffer.isView(value)) return nonFinite(Array.from(value as Float64Array), at);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${at}.${key}`));
  }
  return [];
}

function csv(rows: number, value: (row: number, column: number) => number): string {
  const lines = ['a,b,c,d'];
  for (let row = 0; row < rows; row++) lines.push([0, 1, 2, 3].map((column) => value(row, column)).join(','));
  return `${lines.join('\n')}\n`;
}

async function reportOf(reference: string, candidate: string): Promise<Report> {
  const root = mkdtempSync(join(tmpdir(), 'drift-gate-extreme-'));
  writeFileSync(join(root, 'reference.csv'), reference);
  writeFileSync(join(root, 'candidate.csv'), candidate);
  const settings = resolveSettings([
    {
      source: 'test',
      values: { reference: 'reference.csv', candidate: 'candidate.csv', 'fail-on': 'never' },
    },
  ]);
  return runPipeline(settings, { root, confineToRoot: true, referenceRevision: null });
}

/** Pseudo-random in [-1, 1), reproducible. */
function noise(row: number, column: number): number {
  const x = Math.sin(row * 12.9898 + column * 78.233) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

describe('extreme values never put NaN or Infinity in the report', () => {
  it.each([
    [
      'values of ±1.7e308 on both sides',
      (r: number, c: number) => noise(r, c) * 1.7e308,
      (r: number, c: number) => noise(r + 7, c) * 1.7e308,
    ],
    [
      'values of ±1e200 (their squares overflow)',
      (r: number, c: number) => noise(r, c) * 1e200,
      (r: number, c: number) => noise(r + 3, c) * 1e200,
    ],
    [
      'normal reference, candidate rows near 1.7e308',
      (r: number, c: number) => noise(r, c),
      (r: number, c: number) => (r % 10 === 0 ? 1.7e308 : noise(r + 3, c)),
    ],
    [
      'tiny reference, huge candidate',
      (r: number, c: number) => noise(r, c) * 1e-300,
      (r: number, c: number) => noise(r, c) * 1e308,
    ],
    [
      'one huge outlier per column',
      (r: number, c: number) => (r === 3 ? 1.79e308 : noise(r, c)),
      (r: number, c: number) => (r === 5 ? -1.79e308 : noise(r + 1, c)),
    ],
  ])('%s', async (_label, reference, candidate) => {
    const report = await reportOf(csv(400, reference), csv(400, candidate));
    expect(nonFinite(report)).toEqual([]);
    // labels such as histogram edges are strings: none may read NaN or Infinity (the settings list
    // the missing-value token "NaN")
    expect(JSON.stringify({ ...report, settings: null })).not.toMatch(/\bNaN\b|Infinity/);
    const multivariate = report.multivariate;
    if (multivariate && multivariate.status === 'ok') {
      expect(Number.isFinite(multivariate.candidateMeanError)).toBe(true);
    }
    for (const text of [renderMarkdown(report), renderText(report, { color: false })]) {
      expect(text).not.toMatch(/\bNaN\b|Infinity/);
    }
  });
});

it('a candidate with values near 1e308 gets a finite multivariate result: standardised values are clipped, never NaN', async () => {
  const report = await reportOf(
    csv(400, (r, c) => noise(r, c)),
    csv(400, (r, c) => (r % 10 === 0 ? 1.7e308 : noise(r + 3, c))),
  );
  const multivariate = report.multivariate;
  expect(multivariate?.status).toBe('ok');
  expect(nonFinite(multivariate)).toEqual([]);
  // one row in ten sits at the clip bound (+10 robust units) in every column: a real, bounded increase
  expect(multivariate?.drift).toBe(true);
});
