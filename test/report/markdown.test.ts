import { describe, expect, it } from 'vitest';
import { chartLabels } from '../../src/report/markdown/chart.js';
import {
  COMMENT_MARKER,
  DEFAULT_MAX_BYTES,
  renderComment,
  renderMarkdown,
} from '../../src/report/markdown.js';
import type { ColumnReport, QualityFinding } from '../../src/report/model.js';
import { comparedColumn, defaultColumns, HOSTILE_NAMES, makeReport, skippedColumn } from './make-report.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Table rows of the markdown (lines starting with `|`), excluding header and delimiter rows. */
function tableRows(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter(
      (line) => line.startsWith('| ') && !line.startsWith('| Column') && !line.startsWith('| Severity'),
    );
}

/** Unescaped `|` count in a row (GFM cell separators). */
function separators(row: string): number {
  return (row.replace(/\\\|/g, '').match(/\|/g) ?? []).length;
}

describe('renderMarkdown headline', () => {
  it('states a failing verdict with counts and threshold first', () => {
    const columns = defaultColumns();
    const report = makeReport({ columns });
    const md = renderMarkdown(report);
    expect(report.verdict).toBe('fail');
    // the default report carries one data-quality error, named first in the headline
    expect(md.split('\n')[0]).toBe(
      '## ❌ drift-gate: 1 data-quality error; data drift in 3 of 6 columns (50%, threshold 30%); 1 data-quality warning',
    );
    expect(md).toContain('- 3 of 6 columns drifted, at or above the threshold of 30%');
    expect(md).toContain(
      '**Reference** data/train.csv@main (10,000 rows, 8 columns) → **Candidate** data/incoming.csv (working tree, 9,500 rows, 8 columns)',
    );
  });

  it('states a passing verdict', () => {
    const columns = defaultColumns().map((c) => ({ ...c, drift: false }));
    const md = renderMarkdown(makeReport({ columns, quality: [] }));
    expect(md.split('\n')[0]).toBe('## ✅ drift-gate: no drift in 6 compared columns (threshold 30%)');
  });

  it('says why a run with drifted columns still passes, with a warning', () => {
    const columns = defaultColumns().map((c) => (c.name === 'income' ? c : { ...c, drift: false }));
    const md = renderMarkdown(makeReport({ columns, quality: [], verdict: 'warn' }));
    expect(md.split('\n')[0]).toBe(
      '## ⚠️ drift-gate: passes: 1 of 6 columns drifted (16.7%), below the 30% drift share',
    );
  });

  it('names data-quality errors first, so a failing run never reads as fine', () => {
    const columns = defaultColumns().map((c) => ({ ...c, drift: false }));
    const md = renderMarkdown(makeReport({ columns, verdict: 'fail' }));
    expect(md.split('\n')[0]).toBe(
      '## ❌ drift-gate: 1 data-quality error; 1 data-quality warning; no drift in 6 compared columns (threshold 30%)',
    );
  });

  it('uses the title option, escaped', () => {
    const md = renderMarkdown(makeReport(), { title: 'gate <b>' });
    expect(md.split('\n')[0]).toMatch(/^## ❌ gate &lt;b&gt;: 1 data-quality error; data drift/);
  });

  it('shows a revision when the source does not name it', () => {
    const report = makeReport();
    report.reference = { ...report.reference, source: 'train.csv', revision: '0123456789abcdef0123' };
    expect(renderMarkdown(report)).toContain(
      '**Reference** train.csv (rev 0123456789ab, 10,000 rows, 8 columns)',
    );
  });
});

describe('renderMarkdown sections', () => {
  it('lists drifted columns first, ordered by strength, then the rest; the target in its own table above', () => {
    const md = renderMarkdown(makeReport());
    const names = tableRows(md.slice(md.indexOf('### Columns')))
      .map((row) => row.split(' | ')[0].replace(/^\| /, ''))
      .slice(0, 6);
    expect(names).toEqual([
      '**country**',
      '**income**',
      '**signup&#95;date**',
      'tenure&#95;months',
      'age',
      'customer&#95;id',
    ]);
    const labels = md.slice(md.indexOf('### Target and prediction'), md.indexOf('### Columns'));
    expect(tableRows(labels).map((row) => row.split(' | ')[0].replace(/^\| /, ''))).toEqual([
      'churned\u00a0*(target)*',
    ]);
  });

  it('renders a drifted row: before → after in real units, adjusted p, effect, missing shares and a sketch', () => {
    const income = {
      ...comparedColumn({ name: 'income', drift: true, pValue: 4e-4, adjustedPValue: 0.003, effect: 0.214 }),
      values: {
        reference: { count: 9900, mean: 41200, median: 38000, p5: 12000, p95: 90000, min: 0, max: 250000 },
        candidate: { count: 8360, mean: 52900, median: 47500, p5: 15000, p95: 120000, min: 0, max: 400000 },
      },
    };
    const md = renderMarkdown(makeReport({ columns: [income, comparedColumn({ name: 'calm' })] }));
    const row = md.split('\n').find((line) => line.startsWith('| **income**'));
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    // (47500 - 38000) / 38000 = +25%
    expect(row).toBe(
      `| **income** | numeric | ${nb('🔴 yes')} | median 38,000 → 47,500 (+25%) | 0.003 | 0.214 | ${nb('0.0% → 0.0%')} | \`${nb('▂▄█▄▂ → ▁▂▅▇▅')}\` |`,
    );
    expect(md).toContain(
      '- **income**: higher: median 38,000 → 47,500 (+25%), p95 90,000 → 120,000 (+33%), mean 41,200 → 52,900 (+28%).',
    );
  });

  it('marks adjusted p-values at or above alpha as n.s. instead of repeating one corrected value', () => {
    const md = renderMarkdown(
      makeReport({
        columns: [
          comparedColumn({ name: 'a', adjustedPValue: 0.93 }),
          comparedColumn({ name: 'b', adjustedPValue: 0.93 }),
        ],
      }),
    );
    expect(md).not.toContain('0.93');
    const rows = tableRows(md).filter((r) => r.startsWith('| a |') || r.startsWith('| b |'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain('| n.s. |');
  });

  it('gives an untested column its reason and no sketch', () => {
    const name = {
      ...comparedColumn({ name: 'Name', type: 'categorical' }),
      scores: [],
      effectSize: null,
      test: null,
      reason: 'too many categories for the rows (311 categories, 203 values on the smaller side)',
    };
    const md = renderMarkdown(makeReport({ columns: [name, comparedColumn({ name: 'x' })] }));
    const row = md.split('\n').find((line) => line.startsWith('| Name |')) ?? '';
    expect(row).toContain(
      'not tested: too many categories for the rows (311 categories, 203 values on the smaller side)',
    );
    expect(row.endsWith('| — |')).toBe(true);
  });

  it('puts quality errors above the column table and warnings/notes below', () => {
    const md = renderMarkdown(makeReport());
    const errors = md.indexOf('### ⛔ Data quality: 1 error');
    const table = md.indexOf('### Columns');
    const warnings = md.indexOf('### ⚠️ Data quality: 1 warning');
    const notes = md.indexOf('<details><summary>ℹ️ 1 quality note</summary>');
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(table);
    expect(warnings).toBeGreaterThan(table);
    expect(notes).toBeGreaterThan(warnings);
    expect(md).toContain(
      '| ⛔ error | schema | legacy&#95;flag | column legacy&#95;flag is in the reference but not in the candidate |',
    );
  });

  it('lists skipped and one-sided columns with their reason', () => {
    const md = renderMarkdown(makeReport());
    expect(md).toContain('### Not compared: 2 columns');
    expect(md).toContain('| customer&#95;id | identifier | identifier-like: 99.8% of values are unique |');
    expect(md).toContain('| legacy&#95;flag | empty | only in the reference (missing in the candidate) |');
  });

  it('says the settings once, above the table', () => {
    const md = renderMarkdown(makeReport());
    expect(md).toContain(
      'Auto mode: a column drifts when its change is significant (adjusted p &lt; 0.05: chi-squared (categorical, datetime), ks (numeric)) and large enough (effect ≥ 0.1: total-variation (categorical, datetime), wasserstein-normed (numeric)). n.s.: not significant.',
    );
    expect(md.match(/0\.05/g)).toHaveLength(1);
  });

  it('says why each drifted column drifted, below the table, escaped', () => {
    const md = renderMarkdown(
      makeReport({
        columns: [
          {
            ...comparedColumn({ name: 'age', drift: true }),
            explanation: 'Drift: missing share changed from 2.0% to 30.0%',
          },
          { ...comparedColumn({ name: '<b>x</b>', drift: true }), explanation: 'Drift: <b>' },
          comparedColumn({ name: 'calm', drift: false }),
        ],
      }),
    );
    const why = /\*\*Why they drifted\*\*\n\n((?:- .*\n)+)/.exec(md)?.[1] ?? '';
    expect(why.split('\n').filter(Boolean)).toHaveLength(2);
    expect(why).toContain('- **age**: missing share changed from 2.0% to 30.0%');
    expect(why).not.toContain('<b>');
    expect(why).not.toContain('calm');
  });

  it('folds the stable columns, keeping drifted ones in view', () => {
    const columns = [...defaultColumns()];
    for (let i = 0; i < 20; i++) columns.push(comparedColumn({ name: `f${i}`, pValue: 0.5, effect: 0.01 }));
    const md = renderMarkdown(makeReport({ columns }));
    // 5 feature columns in defaultColumns (3 drifted) + 20 stable ones
    expect(md).toContain('<details><summary>22 more columns without drift</summary>');
    const before = md.slice(0, md.indexOf('<details><summary>22 more'));
    expect(tableRows(before.slice(before.indexOf('### Columns')))).toHaveLength(3);
  });

  it('folds every column when nothing drifted', () => {
    const columns = Array.from({ length: 5 }, (_, i) => comparedColumn({ name: `f${i}` }));
    const md = renderMarkdown(makeReport({ columns }));
    expect(md).toContain('### Columns');
    expect(md).toContain('<details><summary>5 columns without drift</summary>');
  });

  it('draws a mermaid chart of effect sizes against thresholds with sanitised labels, one series per outcome', () => {
    const columns = [
      ...defaultColumns(),
      comparedColumn({ name: 'a"b]\n```', drift: true, effect: 0.5, pValue: 0 }),
    ];
    const md = renderMarkdown(makeReport({ columns }));
    const chart = md.slice(md.indexOf('```mermaid'), md.indexOf('```\n', md.indexOf('```mermaid') + 3) + 3);
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis ["a_b_ ___", "country", "income", "signup_date"');
    // The target has its own table and is not charted with the features: drifted, warned, stable series.
    expect(chart).toContain('bar [0.5, 0.31, 0.214, 0.15, 0, 0]');
    expect(chart).toContain('bar [0, 0, 0, 0, 0, 0]');
    expect(chart).toContain('bar [0, 0, 0, 0, 0.06, 0.03]');
    expect(chart).toContain('line [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]');
    expect(chart.split('\n').filter((l) => l.startsWith('```'))).toHaveLength(2);
    expect(md).toContain('<sub>Bars: red drifted, yellow warned, green stable.');
  });

  it('keeps chart labels unique when long names share a prefix', () => {
    const columns = ['left', 'right', 'centre'].map((side, i) =>
      comparedColumn({ name: `sensor_reading_temperature_${side}`, effect: 0.05 + i / 100 }),
    );
    const md = renderMarkdown(makeReport({ columns }));
    const axis = md.split('\n').find((l) => l.startsWith('  x-axis')) ?? '';
    const labels = JSON.parse(axis.replace('  x-axis ', '')) as string[];
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(18);
    expect(chartLabels(['a'.repeat(30), 'a'.repeat(30)])).toEqual([
      'aaaaaaaa..aaaaaaaa',
      'aaaaaaaa..aaaaaaaa 2',
    ]);
  });

  it('clips the axis when one bar would flatten the rest, and says so', () => {
    const columns = [
      comparedColumn({ name: 'weight', drift: true, effect: 1623, pValue: 0 }),
      comparedColumn({ name: 'power', drift: true, effect: 0.23, pValue: 0 }),
      comparedColumn({ name: 'origin', effect: 0.08 }),
    ];
    const md = renderMarkdown(makeReport({ columns }));
    // clipped at twice the next bar: 2 x 0.23 = 0.46; the axis ends 10% above it
    expect(md).toContain('  bar [0.46, 0.23, 0]');
    expect(md).toContain('  y-axis "effect size" 0 --> 0.51');
    expect(md).toContain("Axis clipped at 0.46: 'weight' (1620) is far larger.");
  });

  it('draws no chart with fewer than two effect sizes', () => {
    const columns = [defaultColumns()[1], skippedColumn('id', 'identifier', 'skipped', 'identifier')];
    expect(renderMarkdown(makeReport({ columns }))).not.toContain('```mermaid');
  });
});

describe('renderMarkdown escaping', () => {
  const columns: ColumnReport[] = [
    ...defaultColumns(),
    ...HOSTILE_NAMES.map((name, i) =>
      comparedColumn({ name, drift: i % 2 === 0, pValue: 0.001, effect: 0.2 }),
    ),
  ];
  const quality: QualityFinding[] = HOSTILE_NAMES.map((name) => ({
    check: 'missing',
    column: name,
    severity: 'error',
    message: `column ${name} is <b>bad</b>`,
  }));
  const report = makeReport({ columns, quality, reasons: ['column <img src=x> | drifted'] });
  report.candidate = { ...report.candidate, source: '<script>alert(1)</script>|x.csv' };
  const md = renderMarkdown(report);

  it('never emits raw HTML from data', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps every table row at its column count', () => {
    const lines = md.split('\n');
    for (const line of lines.filter((l) => l.startsWith('|'))) {
      const expected =
        line.startsWith('| Severity') || /^\| (⛔|⚠️|ℹ️) /.test(line)
          ? 5
          : line.startsWith('|---|---|---|---|') && line.length < 20
            ? 5
            : undefined;
      if (expected) expect(separators(line)).toBe(expected);
    }
    const compared = tableRows(md.slice(md.indexOf('### Columns')));
    for (const row of compared.filter((r) => r.includes('numeric') || r.includes('categorical'))) {
      expect(separators(row)).toBe(9);
    }
  });

  it('renders emphasis, links, code and headings from data as literal text', () => {
    expect(md).not.toMatch(/\*\*bold\*\*/);
    expect(md).not.toContain('[x](javascript');
    expect(md).not.toContain('`code`');
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('line\nbreak');
    expect(md).toContain('&#35; heading');
  });

  it('escapes reasons and sources', () => {
    expect(md).toContain('- column &lt;img src=x&gt; &#124; drifted');
    expect(md).toContain('**Candidate** &lt;script&gt;alert(1)&lt;/script&gt;&#124;x.csv');
  });
});

function bigReport(count: number, nameLength: number, drifted = 50): ReturnType<typeof makeReport> {
  const columns: ColumnReport[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${String(i).padStart(6, '0')}_${'é|<'.repeat(Math.ceil(nameLength / 3))}`.slice(
      0,
      nameLength,
    );
    columns.push(
      comparedColumn({
        name,
        drift: i < drifted,
        pValue: i < drifted ? 1e-9 : 0.5,
        effect: i < drifted ? 0.3 : 0.01,
      }),
    );
  }
  for (let i = 0; i < 100; i++)
    columns.push(skippedColumn(`id_${i}`, 'identifier', 'skipped', 'identifier-like'));
  return makeReport({ columns });
}

describe('renderMarkdown size cap', () => {
  it('stays under the default cap with 100,000 long-named columns and says it truncated', () => {
    const report = bigReport(100_000, 300);
    const md = renderMarkdown(report);
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    expect(md).toMatch(
      /Summary truncated:\*\* [\d,]+ of 100,100 columns shown[^;]*; the full report is in the JSON file\./,
    );
    expect(md.split('\n')[0]).toMatch(
      /^## ✅ drift-gate: 1 data-quality error; 50 of 100,000 columns drifted \(0.1%\), below the 30% drift share/,
    );
    // drifted rows are all kept
    expect(tableRows(md).filter((r) => r.includes('🔴')).length).toBe(50);
  });

  it('drops the folded rows first and keeps the drifted ones', () => {
    const report = bigReport(400, 40, 5);
    const full = renderMarkdown(report, { maxBytes: 10_000_000 });
    expect(full).not.toContain('Summary truncated');
    const maxBytes = Math.floor(bytes(full) / 2);
    const md = renderMarkdown(report, { maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(md).toContain('Summary truncated');
    expect(tableRows(md).filter((r) => r.includes('🔴')).length).toBe(5);
    expect(md).not.toContain('id&#95;0 |'); // skipped rows go first
    expect(md).toContain('</details>');
  });

  it('never exceeds tiny caps', () => {
    const report = bigReport(200, 50, 20);
    for (const maxBytes of [50_000, 5_000, 2_000, 500, 100]) {
      const md = renderMarkdown(report, { maxBytes });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    }
  });

  it('keeps huge reasons and names from breaking the cap', () => {
    const report = makeReport({ reasons: Array(1000).fill('x'.repeat(100_000)) });
    report.columns[0] = { ...report.columns[0], name: '<'.repeat(500_000) };
    const md = renderMarkdown(report, { maxBytes: 20_000 });
    expect(bytes(md)).toBeLessThanOrEqual(20_000);
    expect(md).toContain('more reasons');
  });
});

describe('renderComment', () => {
  it('starts with the marker and carries the same content', () => {
    const report = makeReport();
    const comment = renderComment(report);
    expect(comment.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(comment.slice(COMMENT_MARKER.length + 1)).toBe(renderMarkdown(report));
  });

  it('stays below 65,536 characters with the truncation note', () => {
    const comment = renderComment(bigReport(100_000, 100));
    expect(comment.length).toBeLessThan(65_536);
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment).toContain('Summary truncated');
    expect(tableRows(comment).filter((r) => r.includes('🔴')).length).toBe(50);
  });
});
