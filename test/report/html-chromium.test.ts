/**
 * The HTML report in a real browser: the three example runs and an image run, rendered by the CLI's
 * --html, opened in headless Chromium (Debian's `chromium`, driven by puppeteer-core; nothing
 * downloads a browser). Each page must draw one chart per compared column, log no console error,
 * fail no request and request nothing but its own file and data: images. Skips with one line when
 * no Chromium is installed (.ci/run installs it, so CI always runs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempFolder, writeShapes } from '../images/synthetic.js';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const chromium = CANDIDATES.find(
  (file): file is string => typeof file === 'string' && file !== '' && existsSync(file),
);
if (!chromium)
  console.warn(
    'html-chromium.test.ts skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)',
  );

const root = path.resolve('.');
const out = tempFolder();
const images = tempFolder();
writeShapes(path.join(images, 'train'), ['one', 'zero'], 80, 1);
writeShapes(path.join(images, 'sevens'), ['seven'], 30, 3);

const RUNS: Array<{ name: string; reference: string; candidate: string; cwd: string }> = [
  {
    name: 'stable',
    reference: 'examples/data/train-all.csv',
    candidate: 'examples/data/stable.csv',
    cwd: root,
  },
  {
    name: 'incoming',
    reference: 'examples/data/train.csv',
    candidate: 'examples/data/incoming.csv',
    cwd: root,
  },
  {
    name: 'broken',
    reference: 'examples/data/train-all.csv',
    candidate: 'examples/data/broken.csv',
    cwd: root,
  },
  { name: 'images', reference: 'train', candidate: 'sevens', cwd: images },
];

async function renderRun(
  run: (typeof RUNS)[number],
): Promise<{ html: string; report: { columns: { status: string }[] } }> {
  const htmlFile = path.join(out, `${run.name}.html`);
  const jsonFile = path.join(out, `${run.name}.json`);
  const status = await main(
    [
      '--reference',
      run.reference,
      '--candidate',
      run.candidate,
      '--html',
      htmlFile,
      '--report-json',
      jsonFile,
    ],
    { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: run.cwd },
  );
  expect(status === 0 || status === 1, `${run.name}: exit ${status}`).toBe(true);
  return { html: htmlFile, report: JSON.parse(readFileSync(jsonFile, 'utf8')) };
}

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const run of RUNS) {
    it(`${run.name}: a chart per compared column, no console error, no failed or outside request`, async () => {
      const { html, report } = await renderRun(run);
      const page = await browser.newPage();
      const problems: string[] = [];
      const requested: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn')
          problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      const compared = report.columns.filter((c) => c.status === 'compared').length;
      expect(compared).toBeGreaterThan(0);
      const charts = await page.$$eval('article.card', (cards) =>
        cards.map((card) => card.querySelectorAll('svg.chart').length),
      );
      expect(charts).toEqual(new Array(compared).fill(1));
      // the charts have a size on the page (drawn, not collapsed)
      const sizes = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((svg) => svg.getBoundingClientRect().width),
      );
      for (const width of sizes) expect(width).toBeGreaterThan(200);
      if (run.name === 'images')
        expect(
          await page.$$eval(
            '.thumbs img',
            (imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth > 0).length,
          ),
        ).toBeGreaterThan(10);
      expect(problems).toEqual([]);
      expect(
        requested.filter((url) => !url.startsWith('file://') && !url.startsWith('data:image/png;base64,')),
      ).toEqual([]);
      const text = readFileSync(html, 'utf8');
      expect(text).not.toMatch(/\b(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      await page.close();
    }, 60_000);
  }
});
