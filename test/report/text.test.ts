import { describe, expect, it } from 'vitest';
import { displayWidth, renderText } from '../../src/report/text.js';
import { comparedColumn, defaultColumns, HOSTILE_NAMES, makeReport } from './make-report.js';

const ESC = '\u001b';

describe('renderText', () => {
  it('starts with the verdict headline, then reasons and both sides', () => {
    const lines = renderText(makeReport()).split('\n');
    expect(lines[0]).toBe(
      'FAIL drift-gate: 1 data-quality error; data drift in 3 of 6 columns (50%, threshold 30%); 1 data-quality warning',
    );
    expect(lines[1]).toBe('  - 3 of 6 columns drifted, at or above the threshold of 30%');
    expect(lines[2]).toBe('Reference: data/train.csv@main (10,000 rows, 8 columns)');
    expect(lines[3]).toBe('Candidate: data/incoming.csv (working tree, 9,500 rows, 8 columns)');
  });

  it('says PASS when nothing drifted', () => {
    const columns = defaultColumns().map((c) => ({ ...c, drift: false }));
    expect(renderText(makeReport({ columns, quality: [] })).split('\n')[0]).toBe(
      'PASS drift-gate: no drift in 6 compared columns (threshold 30%)',
    );
  });

  it('prints a fixed-width table: target and prediction first, then drifted columns', () => {
    const text = renderText(makeReport());
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Column'));
    expect(lines[header]).toMatch(
      /^Column +Type +Drift +Before → after +p \(adj\.\) +Effect +Missing +Sketch ref → cand$/,
    );
    const rows = lines.slice(header + 1, header + 7);
    expect(rows.map((r) => r.split(/ {2,}/)[0])).toEqual([
      'churned (target)',
      'country',
      'income',
      'signup_date',
      'tenure_months',
      'age',
    ]);
    expect(rows[2]).toMatch(/^income +numeric +DRIFT +— +0\.003 +0\.214 +1\.0%→12\.0% +▂▄█▄▂ → ▁▂▅▇▅$/);
    // every table line has the same sketch column start
    const sketchAt = rows.map((r) => displayWidth(r.slice(0, r.search(/[▁▂▃▄▅▆▇█·]/))));
    expect(new Set(sketchAt).size).toBe(1);
  });

  it('lists quality findings and columns not compared', () => {
    const text = renderText(makeReport());
    expect(text).toContain(
      'Data quality errors (1):\n  error    schema [legacy_flag]: column legacy_flag is in the reference but not in the candidate',
    );
    expect(text).toContain(
      'Not compared (2):\n  customer_id (identifier): identifier-like: 99.8% of values are unique',
    );
    expect(text).toContain('Data quality warnings (1):');
    expect(text).toContain('Data quality notes (1):');
  });

  it('has no ANSI codes without color, and colours with it', () => {
    const columns = [...defaultColumns(), ...HOSTILE_NAMES.map((name) => comparedColumn({ name }))];
    const report = makeReport({
      columns,
      reasons: [`bad ${ESC}]0;title${ESC}\\ reason`],
      quality: [{ check: 'x', column: `${ESC}[2J`, severity: 'error', message: `m${ESC}[31m` }],
    });
    const plain = renderText(report, { color: false, width: 200 });
    expect(plain).not.toContain(ESC);
    expect(plain).not.toContain('\u009b');
    expect(plain).toContain('␛[31mred␛[0m');
    expect(plain).toContain('line break');
    const colored = renderText(report, { color: true, width: 200 });
    expect(colored).toContain(`${ESC}[31mDRIFT${ESC}[39m`);
    expect(colored).toContain(`${ESC}[32mPASS${ESC}[39m`);
    // the only escapes are ours: the hostile ones are still neutralised
    expect(colored).toContain('␛[31mred␛[0m');
  });

  it('clips long names to fit the width', () => {
    const columns = [
      comparedColumn({ name: 'n'.repeat(300), drift: true }),
      comparedColumn({ name: 'short' }),
    ];
    const text = renderText(makeReport({ columns }), { width: 100 });
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('nnn') || l.startsWith('short') || l.startsWith('Column'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(100);
    expect(rows[1]).toMatch(/^n+… /);
  });
});
