/**
 * The periods part of the outputs, on the example monthly cars (scripts/make-period-examples.js:
 * Weight_in_lbs creeps, Horsepower jumps from 2026-06): the summary's trend table, mermaid chart
 * and column x period grid, the terminal text, the JSON schema, escaping of hostile period names,
 * and folding of long period lists.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/engine/pipeline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { resolveSettings } from '../../src/settings/settings.js';

async function run(root: string, values: Record<string, unknown>): Promise<Report> {
  const settings = resolveSettings([{ source: 'test', values }]);
  return runPipeline(settings, {
    root,
    confineToRoot: true,
    referenceRevision: null,
    workers: { parse: 'off', compare: 'off' },
  });
}

const monthly = () =>
  run(process.cwd(), { reference: 'examples/data/train-all.csv', candidate: 'examples/data/monthly/*.csv' });

describe('periods in the outputs', () => {
  it('the summary lists the jump and the creep first, then the chart and the grid', async () => {
    const report = await monthly();
    const markdown = renderMarkdown(report);
    const trendAt = markdown.indexOf('### Trend over 8 periods, 2026-01 … 2026-08 (latest: 2026-08)');
    expect(trendAt).toBeGreaterThan(0);
    expect(markdown.indexOf('- Horsepower: sudden jump since 2026-06 (median +25%)')).toBeLessThan(trendAt);
    expect(markdown).toContain('| Horsepower | 🔴 sudden jump | 2026-06 | median +25% |');
    expect(markdown).toMatch(
      /\| Weight&#95;in&#95;lbs \| ⚠️ slow creep \| 2026-05 \| median \+2\.\d% a period \|/,
    );
    expect(markdown).toContain(
      'x-axis ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"]',
    );
    // 2 trend lines + 3 stable columns with the largest effects + the minimum effect line
    const trendChart = markdown.slice(trendAt, markdown.indexOf('**Column × period'));
    expect(trendChart.match(/^ {2}line \[/gm)).toHaveLength(6);
    expect(trendChart).toContain('  line [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]');
    expect(markdown).toContain('| Horsepower | ✅ | ✅ | ✅ | ✅ | ✅ | 🔴 | 🔴 | 🔴 |');
    expect(markdown.indexOf('### Trend over')).toBeLessThan(markdown.indexOf('### Columns'));
  });

  it('the terminal says the same', async () => {
    const text = renderText(await monthly());
    expect(text).toContain('Trend over 8 periods, 2026-01 … 2026-08 (latest: 2026-08)');
    expect(text).toMatch(/Horsepower\s+sudden jump\s+since 2026-06 {2}median \+25%/);
    expect(text).toMatch(/Horsepower\s+\.\.\.\.\.XXX\n/);
  });

  it('a periods report is valid against docs/report.schema.json', async () => {
    const validate = new Ajv({ allErrors: true, validateFormats: false, allowUnionTypes: true }).compile(
      JSON.parse(readFileSync('docs/report.schema.json', 'utf8')),
    );
    const report = JSON.parse(JSON.stringify(await monthly()));
    expect(validate(report) ? [] : validate.errors).toEqual([]);
  });

  it('hostile period names are escaped, long period lists folded', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'drift-hostile-'));
    mkdirSync(path.join(root, 'in'));
    copyFileSync('examples/data/train-all.csv', path.join(root, 'ref.csv'));
    const cars = readFileSync('examples/data/monthly/2026-01.csv', 'utf8');
    const names = Array.from({ length: 14 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    names[13] = 'z<img src=x onerror=alert(1)>"]';
    for (const name of names) writeFileSync(path.join(root, 'in', `${name}.csv`), cars);
    const report = await run(root, { reference: 'ref.csv', candidate: 'in/*.csv' });
    expect(report.periods).toHaveLength(14);
    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('**Column × period (latest 12)**');
    expect(markdown).toContain('<details><summary>All 14 periods × 8 columns</summary>');
    // the chart shows the 14 periods with sanitised labels
    const axis = markdown.match(/x-axis \[(.*)\]/)?.[1] ?? '';
    expect(axis.split('", "')).toHaveLength(14);
    expect(axis).not.toMatch(/[<>]/);
  });
});
