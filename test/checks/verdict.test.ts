/**
 * The three outcomes (pass / warn / fail), `fail-on: warning` and the headline, on real public data
 * (vega-datasets, the example cars) and on synthetic image folders: what failed is named first,
 * a passing run with drifted columns says why it passes, significant but small changes warn.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictMessage } from '../../src/action/main.js';
import { loadTables } from '../../src/data/load.js';
import { compareTables } from '../../src/engine/compare.js';
import { runPipeline } from '../../src/engine/pipeline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { headline } from '../../src/report/wording.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { tempFolder, writeShapes } from '../images/synthetic.js';

const VEGA = 'node_modules/vega-datasets/data';
const dir = mkdtempSync(join(tmpdir(), 'drift-verdict-'));

async function compareFiles(
  reference: string,
  candidate: string,
  values: Record<string, unknown> = {},
): Promise<Report> {
  const tables = await loadTables(
    { label: reference, path: reference },
    { label: candidate, path: candidate },
  );
  return compareTables(tables.reference, tables.candidate, resolveSettings([{ source: 'test', values }]));
}

/** The rows of a vega CSV (no quoted fields) whose row passes `keep`, with only `columns`; returns the file's path. */
function vegaSubset(
  file: string,
  name: string,
  columns: readonly string[],
  keep: (row: Record<string, string>, index: number) => boolean,
): string {
  const [head, ...lines] = readFileSync(join(VEGA, file), 'utf8').trimEnd().split('\n');
  const names = head.split(',');
  const at = columns.map((c) => names.indexOf(c));
  const out = [columns.join(',')];
  lines.forEach((line, index) => {
    const cells = line.split(',');
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i]]));
    if (keep(row, index)) out.push(at.map((i) => cells[i]).join(','));
  });
  const file_ = join(dir, `${name}.csv`);
  writeFileSync(file_, `${out.join('\n')}\n`);
  return file_;
}

describe('the headline names what failed, in order of importance', () => {
  it('broken cars (unit error, missing column, 3 of 7 columns drifted): quality errors, then multivariate drift, then the columns', async () => {
    const report = await compareFiles('examples/data/train-all.csv', 'examples/data/broken.csv');
    expect(report.verdict).toBe('fail');
    const top = headline(report);
    expect(top.verdict).toBe('fail');
    expect(top.text).toMatch(
      /^2 data-quality errors; multivariate drift \(\+[\d.]+% reconstruction error\); 3 of 7 columns drifted \(42\.9%\), below the 50% drift share; 3 data-quality warnings$/,
    );
    expect(top.text).not.toMatch(/no dataset drift/i);
    // the reasons follow the same order; the column count never comes first on a failing run
    expect(report.reasons[0]).toMatch(/^2 data-quality errors: /);
    expect(report.reasons[1]).toMatch(/^Multivariate drift: /);
    expect(report.reasons[2]).toBe(
      '3 of 7 compared columns drifted (42.9%), below drift-share 50%: not dataset drift',
    );
    // one source: markdown, terminal text and the action's failure message open with the same words
    expect(renderMarkdown(report).split('\n')[0]).toBe(`## ❌ drift-gate: ${top.text}`);
    expect(renderText(report).split('\n')[0]).toBe(`FAIL drift-gate: ${top.text}`);
    expect(verdictMessage(report).split('\n')[0]).toBe(`drift-gate: ${top.text}`);
    expect(verdictMessage(report).split('\n')[1]).toBe(`- ${report.reasons[0]}`);
  });

  it('image folders of another digit: image drift leads, the property columns follow', async () => {
    const root = tempFolder();
    writeShapes(path.join(root, 'train'), ['one', 'zero'], 200, 1);
    writeShapes(path.join(root, 'sevens'), ['seven'], 120, 3);
    const report = await runPipeline(
      resolveSettings([{ source: 't', values: { reference: 'train', candidate: 'sevens' } }]),
      { root, confineToRoot: false, referenceRevision: null },
    );
    expect(report.verdict).toBe('fail');
    expect(report.images?.outcome).toBe('fail');
    expect(headline(report).text).toMatch(/^image drift \(\+[\d.]+% reconstruction error\); /);
    expect(report.reasons[0]).toMatch(/^Image drift: /);
  });
});

describe('pass / warn / fail', () => {
  // Seattle weather 2014 vs 2015 without the date (the time axis): only the weather classes moved
  const weather = ['precipitation', 'temp_max', 'temp_min', 'wind', 'weather'];
  const y2014 = vegaSubset('seattle-weather.csv', 'seattle-2014', weather, (r) => r.date.startsWith('2014'));
  const y2015 = vegaSubset('seattle-weather.csv', 'seattle-2015', weather, (r) => r.date.startsWith('2015'));

  it('Seattle 2014 vs 2015: one drifted column of five passes with a warning and says why', async () => {
    const report = await compareFiles(y2014, y2015, { multivariate: false });
    expect(report.dataset.driftedColumns).toEqual(['weather']);
    expect(report.columns.find((c) => c.name === 'weather')?.outcome).toBe('fail');
    expect(report.verdict).toBe('warn');
    expect(headline(report)).toEqual({
      verdict: 'warn',
      text: 'passes: 1 of 5 columns drifted (20%), below the 50% drift share; 1 data-quality warning',
    });
    expect(renderMarkdown(report).split('\n')[0]).toMatch(/^## ⚠️ drift-gate: passes: 1 of 5 columns drifted/);
    expect(verdictMessage(report).split('\n')[0]).toMatch(/^⚠️ drift-gate: passes: /);
    // fail-on column-drift and warning fail it; never passes with the warning
    expect(
      (await compareFiles(y2014, y2015, { multivariate: false, 'fail-on': 'column-drift' })).verdict,
    ).toBe('fail');
    const strict = await compareFiles(y2014, y2015, { multivariate: false, 'fail-on': 'warning' });
    expect(strict.verdict).toBe('fail');
    expect(headline(strict).text).toBe('column drift in 1 of 5 columns (20%); 1 data-quality warning');
    expect((await compareFiles(y2014, y2015, { multivariate: false, 'fail-on': 'never' })).verdict).toBe(
      'warn',
    );
  });

  // Bird strikes before 1995 (3,035 rows) vs from 1995 (6,965 rows): large samples, small shifts
  const birds = [
    'Phase of flight',
    'Wildlife Size',
    'Time of day',
    'Cost Other',
    'Cost Repair',
    'Cost Total $',
  ];
  const early = vegaSubset('birdstrikes.csv', 'birds-early', birds, (r) => r['Flight Date'] < '1995');
  const late = vegaSubset('birdstrikes.csv', 'birds-late', birds, (r) => r['Flight Date'] >= '1995');

  it('bird strikes before and after 1995: significant but small changes warn, and fail only under fail-on warning', async () => {
    const report = await compareFiles(early, late, { multivariate: false });
    expect(report.dataset.driftedColumns).toEqual([]);
    expect(report.dataset.warningColumns).toEqual(['Phase of flight', 'Wildlife Size', 'Time of day']);
    const size = report.columns.find((c) => c.name === 'Wildlife Size');
    expect(size?.outcome).toBe('warn');
    expect(size?.drift).toBe(false);
    expect(size?.explanation).toBe(
      "Warning: values significant (adjusted p 6.9e-7 < 0.05) but below min-effect (tvd 0.0601 < 0.1); 2 classes changed share: 'Medium' 47.6% → 41.6% (x0.87, adjusted p 7.6e-8), 'Small' 45.8% → 50.5% (x1.1, adjusted p 2.4e-5)",
    );
    expect(report.columns.find((c) => c.name === 'Cost Other')?.outcome).toBe('pass');
    expect(report.verdict).toBe('warn');
    expect(headline(report).text).toBe(
      'passes with warnings: 3 columns changed slightly (significant, below the minimum effect); no drift in 6 compared columns (threshold 50%)',
    );
    expect(report.reasons).toContain(
      'Warning: 3 columns changed significantly but below the minimum effect: Phase of flight; Wildlife Size; Time of day',
    );
    expect(renderText(report)).toMatch(/Wildlife Size +categorical .* warn /);

    const strict = await compareFiles(early, late, { multivariate: false, 'fail-on': 'warning' });
    expect(strict.verdict).toBe('fail');
    expect(headline(strict).text).toBe(
      "warnings fail the run (fail-on is 'warning'): 3 columns changed slightly (significant, below the minimum effect); no drift in 6 compared columns (threshold 50%)",
    );
    expect(strict.reasons[0]).toMatch(/^Warning: 3 columns changed significantly/);
    expect(strict.reasons[1]).toBe("fail-on is 'warning', so the warnings fail the run");
  });

  it('images with weak Gaussian grain: the reconstruction stays below its 10% minimum increase, the other lenses find it (issue 16)', async () => {
    const root = tempFolder();
    writeShapes(path.join(root, 'train'), ['one', 'zero'], 600, 1);
    writeShapes(path.join(root, 'grain'), ['one', 'zero'], 400, 2, { noise: 0.07 });
    const report = await runPipeline(
      resolveSettings([{ source: 't', values: { reference: 'train', candidate: 'grain' } }]),
      { root, confineToRoot: false, referenceRevision: null },
    );
    const images = report.images;
    expect(images?.status).toBe('ok');
    if (images?.status !== 'ok') return;
    expect(images.reconstruction.aboveBand).toBe(true);
    expect(images.reconstruction.relativeIncrease).toBeLessThan(0.1);
    expect(images.firedLenses).not.toContain('reconstruction');
    expect(images.firedLenses.length).toBeGreaterThan(0);
    expect(images.outcome).toBe('fail');
    expect(images.drift).toBe(true);
    expect(images.explanation).toMatch(/Image drift seen by \d of \d lenses/);
    expect(report.verdict).toBe('fail');
    expect(headline(report).text).toMatch(/^image drift \(seen by /);
    expect(renderMarkdown(report)).toMatch(/### Images\n\n🔴 /);
    const never = await runPipeline(
      resolveSettings([
        { source: 't', values: { reference: 'train', candidate: 'grain', 'fail-on': 'never' } },
      ]),
      { root, confineToRoot: false, referenceRevision: null },
    );
    expect(never.verdict).toBe('warn');
  }, 60_000);
});

describe('a new category holding a tiny share is a note', () => {
  // US zip codes split alternately; the one American Samoa row (state AS) is only in the candidate
  const columns = ['latitude', 'longitude', 'state'];
  const notAS = (r: Record<string, string>) => r.state !== 'AS' && r.state !== 'PW';
  const reference = vegaSubset('zipcodes.csv', 'zip-ref', columns, (r, i) => notAS(r) && i % 2 === 0);
  const candidate = vegaSubset(
    'zipcodes.csv',
    'zip-cand',
    columns,
    (r, i) => r.state === 'AS' || (notAS(r) && i % 2 === 1),
  );

  it('1 of about 21,000 values (AS) is an info finding and the run passes', async () => {
    const report = await compareFiles(reference, candidate, { multivariate: false });
    const finding = report.quality.find((q) => q.check === 'new-categories');
    expect(finding).toMatchObject({ column: 'state', severity: 'info' });
    expect(finding?.message).toMatch(
      /^1 category in 'state' never seen in the reference, 1 of 210\d\d candidate values \(0\.0048%\)/,
    );
    expect(report.verdict).toBe('pass');
    expect(headline(report).text).toBe('no drift in 3 compared columns (threshold 50%)');
  });

  it('the same new category on 5 rows is a warning again', async () => {
    const lines = readFileSync(candidate, 'utf8').trimEnd().split('\n');
    const as = lines.find((l) => l.endsWith(',AS')) as string;
    const five = join(dir, 'zip-cand-5.csv');
    writeFileSync(five, `${[...lines, as, as, as, as].join('\n')}\n`);
    const report = await compareFiles(reference, five, { multivariate: false });
    expect(report.quality.find((q) => q.check === 'new-categories')?.severity).toBe('warning');
    expect(report.verdict).toBe('warn');
  });
});
