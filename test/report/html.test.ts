/** The HTML report (src/report/html.ts): one chart per compared column, hostile data as text, nothing external. */
import { describe, expect, it } from 'vitest';
import { compareTables } from '../../src/engine/compare.js';
import { escapeHtml } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { headline } from '../../src/report/wording.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { normals, rng } from '../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../helpers/tables.js';

const HOSTILE_NAME = '<script>alert(1)</script>"\'&x';
const HOSTILE_VALUE = '"><img src=x onerror=alert(2)>';

function hostileReport() {
  const random = rng(7);
  const ref = normals(random, 300);
  const cand = normals(random, 300).map((x) => x + 1);
  const cats = (n: number, rare: string) =>
    Array.from({ length: n }, (_, i) => (i % 3 === 0 ? rare : 'plain'));
  return compareTables(
    table('ref.csv', [numericColumn(HOSTILE_NAME, ref), categoricalColumn('kind', cats(300, HOSTILE_VALUE))]),
    table('cand.csv', [numericColumn(HOSTILE_NAME, cand), categoricalColumn('kind', cats(300, 'plain'))]),
    resolveSettings([]),
  );
}

describe('escapeHtml', () => {
  it('escapes the five HTML specials and flattens line breaks and controls', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('a\nb\tc\u0007d\u202ee')).toBe('a b c\uFFFDd\uFFFDe');
    expect(escapeHtml('abcdef', 4)).toBe('abc…');
  });
});

describe('renderHtml', () => {
  const report = hostileReport();
  const html = renderHtml(report);

  it('draws one chart per compared column, the headline of wording.ts first', () => {
    const compared = report.columns.filter((c) => c.status === 'compared');
    expect(compared.length).toBe(2);
    const cards = html.split('<article class="card').slice(1);
    expect(cards.length).toBe(2);
    for (const card of cards) expect(card.match(/<svg class="chart"/g)?.length).toBe(1);
    expect(html).toContain(escapeHtml(headline(report).text));
    // the drifted numeric column comes first, with the side figures in real units
    expect(cards[0].startsWith(' fail"')).toBe(true);
    expect(cards[0]).toContain('<td>median</td>');
  });

  it('writes hostile names and values as text: no tag or attribute of theirs survives', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;x');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('references nothing outside the page and forbids loading anything', () => {
    expect(html).not.toMatch(/\b(src|href)="(?!#|data:image\/png;base64,)/);
    expect(html).not.toMatch(/url\(/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toContain('<script');
  });

  it('embeds only PNG data URIs as thumbnails, with their names escaped', () => {
    const images = {
      ...report,
      images: {
        status: 'ok' as const,
        size: 2,
        reference: { source: 'a', images: 60, used: 60, unreadable: 0, errors: [], ignoredFiles: 0 },
        candidate: { source: 'b', images: 20, used: 20, unreadable: 0, errors: [], ignoredFiles: 0 },
        varianceShare: 0.9,
        trainShare: 0.7,
        seed: 1,
        note: null,
        drift: true,
        outcome: 'fail' as const,
        reconstruction: {
          dimensions: 4,
          components: 1,
          explainedVariance: 0.9,
          fitRows: 40,
          heldOutRows: 20,
          candidateRows: 20,
          baselineMeanError: 1,
          standardError: 0.1,
          bandUpper: 1.2,
          bandSigmas: 2,
          candidateMeanError: 3,
          relativeIncrease: 2,
          relativeIncreasePercent: 200,
          minIncrease: 0.1,
          aboveBand: true,
          drift: true,
          outcome: 'fail' as const,
        },
        worst: [
          { name: HOSTILE_NAME, error: 9, ratioToBaseline: 9 },
          { name: 'evil.png', error: 8, ratioToBaseline: 8 },
        ],
        explanation: 'images differ',
        constantProperties: [{ name: 'format', value: HOSTILE_NAME }],
        labels: null,
        alpha: 0.01,
        lenses: [],
        firedLenses: [],
        detectableIncrease: null,
        detectableBeyond: null,
      },
    };
    const page = renderHtml(images, {
      thumbnails: {
        worst: [
          { name: HOSTILE_NAME, dataUri: 'data:image/png;base64,iVBORw0KGgo=' },
          { name: 'evil.png', dataUri: 'javascript:alert(3)' },
        ],
        reference: [],
      },
    });
    expect(page.match(/<img /g)?.length).toBe(1);
    expect(page).not.toContain('javascript:');
    expect(page).toContain('alt="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;x"');
  });
});

describe('renderHtml with periods (examples/data/monthly: Weight_in_lbs creeps, Horsepower jumps)', () => {
  it('shows the trend table first, one chart line per top column, and the column x period grid', async () => {
    const { runPipeline } = await import('../../src/engine/pipeline.js');
    const settings = resolveSettings([
      {
        source: 'test',
        values: { reference: 'examples/data/train-all.csv', candidate: 'examples/data/monthly/*.csv' },
      },
    ]);
    const report = await runPipeline(settings, {
      root: process.cwd(),
      confineToRoot: true,
      referenceRevision: null,
      workers: { parse: 'off', compare: 'off' },
    });
    const html = renderHtml(report);
    const section = html.slice(
      html.indexOf('<section id="periods">'),
      html.indexOf('</section>', html.indexOf('<section id="periods">')),
    );
    expect(section).toContain('Trend over periods');
    const patterned = (report.trend?.columns ?? []).filter((t) => t.pattern !== 'stable');
    expect(patterned.map((t) => t.name)).toEqual(expect.arrayContaining(['Weight_in_lbs', 'Horsepower']));
    for (const t of patterned) expect(section).toContain(`<td>${escapeHtml(t.name)}</td>`);
    const lines = section.match(/<polyline /g) ?? [];
    expect(lines.length).toBe(
      Math.min(5, (report.trend?.columns ?? []).filter((t) => t.effects.some((e) => e !== null)).length),
    );
    // the grid: one header cell per period
    for (const period of report.periods ?? [])
      expect(section).toContain(`<th>${escapeHtml(period.name)}</th>`);
  });
});
