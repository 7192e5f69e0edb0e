import { describe, expect, it } from 'vitest';
import { findingValues } from '../../../src/checks/quality/finding.js';
import { qualityFindings } from '../../../src/checks/quality/quality.js';
import { QUALITY_CHECKS } from '../../../src/checks/quality/registry.js';
import { ROW_COUNT_MIN_RATIO } from '../../../src/checks/quality/row-count.js';
import { ROW_COUNT_MAX_RATIO } from '../../../src/checks/quality/row-count-growth.js';
import { withConfiguredSeverity } from '../../../src/checks/quality/severity.js';
import type { Column, NumericColumn, Table } from '../../../src/data/table.js';
import { compareTables } from '../../../src/engine/compare.js';
import type { QualityFinding, Report } from '../../../src/report/model.js';
import { resolveSettings } from '../../../src/settings/settings.js';
import { loadTexts } from '../../data/helpers.js';
import { normals, rng } from '../../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../../helpers/tables.js';

const defaults = resolveSettings([]);

function only(report: Report, check: string, column?: string): QualityFinding {
  const found = report.quality.filter(
    (q) => q.check === check && (column === undefined || q.column === column),
  );
  expect(found, `${check} ${column ?? ''}: ${JSON.stringify(report.quality)}`).toHaveLength(1);
  return found[0];
}

function checksOf(report: Report): string[] {
  return report.quality.map((q) => `${q.check}:${q.column ?? '-'}`);
}

/** Every number anywhere in the value is finite, and the JSON has no NaN. */
function expectJsonSafe(value: unknown): void {
  // The settings list the missing-value tokens, one of which is the text 'NaN'.
  const json = JSON.stringify(value, (key, item) => (key === 'missingValues' ? [] : item));
  expect(json).not.toContain('NaN');
  expect(json).not.toContain('Infinity');
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number') expect(Number.isFinite(node), path).toBe(true);
    else if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${path}[${i}]`);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) walk(item, `${path}.${key}`);
    }
  };
  walk(value, '$');
}

/** Values drawn from `levels` with the given weights (deterministic). */
function categories(random: () => number, count: number, levels: string[], weights: number[]): string[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let u = random() * total;
    let k = 0;
    while (k < levels.length - 1 && u >= weights[k]) u -= weights[k++];
    out.push(levels[k]);
  }
  return out;
}

/** Sets every `every`-th value (from `offset`) to NaN, or a random share when `share` is given. */
function withMissing(values: Float64Array, random: () => number, share: number): Float64Array {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) if (random() < share) out[i] = Number.NaN;
  return out;
}

/** A realistic small customer table: age, weight in kg, country, plan, income. */
function customers(seed: number, rows: number): Column[] {
  const random = rng(seed);
  return [
    numericColumn(
      'age',
      normals(random, rows, 41, 12).map((v) => Math.round(Math.max(18, v))),
    ),
    numericColumn('weight_kg', normals(random, rows, 74, 13)),
    categoricalColumn('country', categories(random, rows, ['DE', 'FR', 'NL', 'BE'], [50, 30, 15, 5])),
    categoricalColumn('plan', categories(random, rows, ['basic', 'plus', 'pro'], [60, 30, 10])),
    numericColumn('income', normals(random, rows, 52_000, 9_000)),
  ];
}

function replace(columns: Column[], replacement: Column): Column[] {
  return columns.map((c) => (c.name === replacement.name ? replacement : c));
}

function numericValues(columns: Column[], name: string): Float64Array {
  return (columns.find((c) => c.name === name) as NumericColumn).values;
}

describe('identical and similar tables', () => {
  it('identical tables give no findings', () => {
    const columns = customers(1, 800);
    const report = compareTables(table('ref', columns), table('cand', columns), defaults);
    expect(report.quality).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('two samples of the same population give no findings (small samples too)', () => {
    for (const [seed, rows] of [
      [2, 1000],
      [3, 50],
    ]) {
      const report = compareTables(
        table('ref', customers(seed, rows)),
        table('cand', customers(seed + 100, rows)),
        defaults,
      );
      expect(checksOf(report)).toEqual([]);
    }
  });
});

describe('unit-change', () => {
  it('weights in grams where the reference has kilograms are a x1000 unit error and the run fails', () => {
    const ref = customers(4, 600);
    const candKg = customers(5, 600);
    const cand = replace(
      candKg,
      numericColumn(
        'weight_kg',
        numericValues(candKg, 'weight_kg').map((v) => v * 1000),
      ),
    );
    const report = compareTables(table('ref', ref), table('cand', cand), defaults);
    const finding = only(report, 'unit-change', 'weight_kg');
    expect(finding.severity).toBe('error');
    expect(finding.message).toMatch(
      /^likely unit error in 'weight_kg' \(x1000: e\.g\. grams written as kilograms\)/,
    );
    expect(finding.values?.factor).toBe(1000);
    expect(finding.values?.ratio).toBeGreaterThan(900);
    expect(finding.values?.ratio).toBeLessThan(1100);
    // The unit error explains the range change: no second finding for the same cause.
    expect(report.quality.filter((q) => q.column === 'weight_kg').map((q) => q.check)).toEqual([
      'unit-change',
    ]);
    expect(report.verdict).toBe('fail');
    expect(report.reasons.join(' ')).toContain('likely unit error');
    expect(
      compareTables(
        table('ref', ref),
        table('cand', cand),
        resolveSettings([{ source: 't', values: { 'fail-on': 'never' } }]),
      ).verdict,
    ).toBe('warn');
  });

  it('kilograms written as grams the other way round, and a median of 0 falls back to the mean absolute value', () => {
    const random = rng(6);
    const zeros = (n: number, scale: number) =>
      Float64Array.from({ length: n }, () => (random() < 0.6 ? 0 : Math.abs(normals(random, 1)[0]) * scale));
    const report = compareTables(
      table('ref', [
        numericColumn('grams', normals(random, 300, 5000, 800)),
        numericColumn('spend', zeros(400, 100)),
      ]),
      table('cand', [
        numericColumn('grams', normals(random, 300, 5, 0.8)),
        numericColumn('spend', zeros(400, 10000)),
      ]),
      defaults,
    );
    const grams = only(report, 'unit-change', 'grams');
    expect(grams.message).toContain('(/1000: e.g. kilograms written as grams)');
    expect(grams.values?.basis).toBe('median');
    const spend = only(report, 'unit-change', 'spend');
    expect(spend.values?.basis).toBe('mean absolute value');
    expect(spend.values?.factor).toBe(100);
  });

  it('a shift of location without a change of spread is drift, not a unit error', () => {
    const random = rng(7);
    const report = compareTables(
      table('ref', [numericColumn('x', normals(random, 500, 1, 3))]),
      table('cand', [numericColumn('x', normals(random, 500, 12, 3))]),
      defaults,
    );
    expect(report.quality.filter((q) => q.check === 'unit-change')).toEqual([]);
  });
});

describe('missing values', () => {
  it('30% newly missing values give a missing-values warning with both shares', () => {
    const random = rng(8);
    const ref = customers(9, 1000);
    const cand = customers(10, 1000);
    const refAge = withMissing(numericValues(ref, 'age'), random, 0.02);
    const candAge = withMissing(numericValues(cand, 'age'), random, 0.32);
    const report = compareTables(
      table('ref', replace(ref, numericColumn('age', refAge))),
      table('cand', replace(cand, numericColumn('age', candAge))),
      defaults,
    );
    const finding = only(report, 'missing-values', 'age');
    expect(finding.severity).toBe('warning');
    const refShare = report.columns[0].reference.missingShare;
    const candShare = report.columns[0].candidate.missingShare;
    expect(refShare).toBeGreaterThan(0.01);
    expect(candShare).toBeGreaterThan(0.28);
    expect(finding.message).toBe(
      `missing values in 'age' rose from ${(refShare * 100).toFixed(1)}% to ${(candShare * 100).toFixed(1)}%`,
    );
    expect(finding.values).toMatchObject({ referenceShare: refShare, candidateShare: candShare });
  });

  it('a column that became entirely missing is an error, and the report has no NaN or Infinity anywhere', () => {
    const ref = customers(11, 400);
    const cand = replace(customers(12, 400), numericColumn('income', new Float64Array(400).fill(Number.NaN)));
    const report = compareTables(table('ref', ref), table('cand', cand), defaults);
    const finding = only(report, 'entirely-missing', 'income');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain("'income' is entirely missing in the candidate (all 400 rows)");
    expect(report.quality.filter((q) => q.column === 'income').map((q) => q.check)).toEqual([
      'entirely-missing',
    ]);
    expect(report.verdict).toBe('fail');
    expectJsonSafe(report);
  });
});

describe('schema', () => {
  it('an added and a removed column keep their schema findings', () => {
    const ref = customers(13, 300);
    const cand = customers(14, 300)
      .filter((c) => c.name !== 'plan')
      .concat(categoricalColumn('channel', categories(rng(15), 300, ['web', 'app'], [1, 1])));
    const report = compareTables(table('ref', ref), table('cand', cand), defaults);
    expect(
      report.quality.filter((q) => q.check === 'schema').map((q) => [q.column, q.severity, q.message]),
    ).toEqual([
      ['plan', 'error', "column 'plan' is missing from the candidate"],
      ['channel', 'warning', "column 'channel' is new in the candidate"],
    ]);
    expect(checksOf(report)).toEqual(['schema:plan', 'schema:channel']);
  });

  it('the same columns in a different order are an info finding', () => {
    const ref = customers(16, 200);
    const cand = customers(17, 200);
    const reordered = [cand[2], cand[0], cand[1], cand[3], cand[4]];
    const report = compareTables(table('ref', ref), table('cand', reordered), defaults);
    const finding = only(report, 'column-order');
    expect(finding.severity).toBe('info');
    expect(finding.column).toBeNull();
    expect(finding.values).toMatchObject({
      shared: 5,
      moved: 3,
      firstMoved: 'age',
      referencePosition: 1,
      candidatePosition: 2,
    });
  });
});

describe('categories', () => {
  it('unseen categories are listed with counts and shares', () => {
    const random = rng(18);
    const ref = customers(19, 1000);
    const cand = customers(20, 1000);
    const country = categories(random, 1000, ['DE', 'FR', 'NL', 'BE', 'XX', 'PL'], [50, 30, 15, 5, 4, 0.4]);
    const report = compareTables(
      table('ref', ref),
      table('cand', replace(cand, categoricalColumn('country', country))),
      defaults,
    );
    const finding = only(report, 'new-categories', 'country');
    const xx = country.filter((c) => c === 'XX').length;
    const pl = country.filter((c) => c === 'PL').length;
    expect(xx).toBeGreaterThan(10);
    expect(pl).toBeGreaterThan(0);
    expect(finding.severity).toBe('warning');
    expect(finding.values).toMatchObject({ categories: 2, count: xx + pl, candidatePresent: 1000 });
    expect(finding.message).toBe(
      `2 categories in 'country' never seen in the reference, ${xx + pl} of 1000 candidate values (${(((xx + pl) / 1000) * 100).toFixed(1)}%): 'XX' (${xx}, ${((xx / 1000) * 100).toFixed(1)}%), 'PL' (${pl}, ${((pl / 1000) * 100).toFixed(1)}%)`,
    );
  });

  it('lists at most 5 new categories by count, then "and N more"', () => {
    const ref = categoricalColumn(
      'tag',
      Array.from({ length: 100 }, (_, i) => ['a', 'b'][i % 2]),
    );
    const values = Array.from({ length: 100 }, (_, i) => (i < 60 ? ['a', 'b'][i % 2] : `new${(i % 8) + 1}`));
    values[99] = 'new1';
    const report = compareTables(
      table('ref', [ref]),
      table('cand', [categoricalColumn('tag', values)]),
      defaults,
    );
    const finding = only(report, 'new-categories', 'tag');
    expect(finding.values?.categories).toBe(8);
    expect(finding.message).toMatch(
      /^8 categories in 'tag' never seen in the reference, 40 of 100 candidate values/,
    );
    expect(finding.message).toMatch(/: 'new1' \(6, 6\.0%\), .* and 3 more$/);
  });

  it('a vanished category is reported with its reference share; rare ones are not', () => {
    const random = rng(21);
    const ref = categoricalColumn(
      'plan',
      categories(random, 1000, ['basic', 'plus', 'pro', 'legacy'], [55, 30, 10, 0.2]),
    );
    const cand = categoricalColumn('plan', categories(random, 1000, ['basic', 'plus'], [65, 35]));
    const report = compareTables(table('ref', [ref]), table('cand', [cand]), defaults);
    const finding = only(report, 'vanished-categories', 'plan');
    expect(finding.severity).toBe('warning');
    expect(finding.values?.categories).toBe(1);
    expect(finding.message).toMatch(
      /^1 category of 'plan' vanished from the candidate, \d+\.\d% of reference values: 'pro' \(\d+\.\d% of the reference\)$/,
    );
    expect(finding.message).not.toContain('legacy');
  });

  it('numeric columns with few distinct values get no new "categories"; identifier-like columns are skipped', () => {
    const report = compareTables(
      table('ref', [
        numericColumn(
          'stars',
          Array.from({ length: 200 }, (_, i) => (i % 3) + 1),
        ),
        categoricalColumn(
          'order_id',
          Array.from({ length: 200 }, (_, i) => `o-${i}`),
        ),
      ]),
      table('cand', [
        numericColumn(
          'stars',
          Array.from({ length: 200 }, (_, i) => (i % 4) + 1),
        ),
        categoricalColumn(
          'order_id',
          Array.from({ length: 200 }, (_, i) => `o-${1000 + i}`),
        ),
      ]),
      defaults,
    );
    expect(
      report.quality.filter((q) => q.check === 'new-categories' || q.check === 'vanished-categories'),
    ).toEqual([]);
    // The value 4 is outside the reference range [1, 3] though.
    expect(only(report, 'out-of-range', 'stars').values).toMatchObject({ outside: 50, above: 50, below: 0 });
  });
  it('integer columns typed categorical by the loader: new values are checked against the range', async () => {
    const ref = Array.from({ length: 200 }, (_, i) => `${(i % 5) + 1},${['a', 'b'][i % 2]}`);
    const cand = Array.from(
      { length: 200 },
      (_, i) => `${i % 10 === 0 ? 9 : (i % 5) + 1},${['a', 'b'][i % 2]}`,
    );
    const { reference, candidate } = await loadTexts(
      `rating,group\n${ref.join('\n')}\n`,
      `rating,group\n${cand.join('\n')}\n`,
    );
    expect(reference.columns[0].type).toBe('categorical');
    const report = compareTables(reference, candidate, defaults);
    expect(checksOf(report)).toEqual(['out-of-range:rating']);
    expect(only(report, 'out-of-range', 'rating').values).toMatchObject({
      outside: 20,
      above: 20,
      referenceMin: 1,
      referenceMax: 5,
    });
  });
});

describe('constant-column', () => {
  it('a column with several values in the reference that became constant', () => {
    const ref = customers(22, 500);
    const cand = replace(customers(23, 500), categoricalColumn('plan', new Array<string>(500).fill('basic')));
    const report = compareTables(table('ref', ref), table('cand', cand), defaults);
    const finding = only(report, 'constant-column', 'plan');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(
      /^'plan' became constant: every one of 500 candidate values is 'basic', which is \d+\.\d% of the reference$/,
    );
    expect(report.quality.filter((q) => q.check === 'vanished-categories')).toEqual([]);

    const numeric = compareTables(
      table('ref', [numericColumn('temp', normals(rng(24), 100, 20, 3))]),
      table('cand', [numericColumn('temp', new Float64Array(100).fill(-999))]),
      defaults,
    );
    expect(checksOf(numeric)).toContain('constant-column:temp');
  });

  it('a candidate constant by chance (the reference is nearly constant) is not reported', () => {
    const ref = categoricalColumn(
      'flag',
      Array.from({ length: 1000 }, (_, i) => (i % 200 === 0 ? 'y' : 'n')),
    );
    const cand = categoricalColumn('flag', new Array<string>(100).fill('n'));
    const report = compareTables(table('ref', [ref]), table('cand', [cand]), defaults);
    expect(report.quality.filter((q) => q.check === 'constant-column')).toEqual([]);
  });
});

describe('out-of-range', () => {
  it('values outside the reference range, with count and share, one finding per column', () => {
    const random = rng(25);
    const ref = numericColumn(
      'pct',
      Float64Array.from({ length: 1000 }, () => random() * 100),
    );
    const cand = numericColumn(
      'pct',
      Float64Array.from({ length: 1000 }, (_, i) =>
        i < 40 ? 100 + random() * 50 : i < 50 ? -1 - random() * 10 : 10 + random() * 80,
      ),
    );
    const report = compareTables(table('ref', [ref]), table('cand', [cand]), defaults);
    const finding = only(report, 'out-of-range', 'pct');
    expect(finding.severity).toBe('warning');
    expect(finding.values).toMatchObject({
      outside: 50,
      below: 10,
      above: 40,
      share: 0.05,
      candidatePresent: 1000,
    });
    expect(finding.message).toMatch(
      /^50 of 1000 candidate values in 'pct' \(5\.0%\) are outside the reference range \[\S+, \S+\]: 10 below \(down to -\S+\), 40 above \(up to 1\d\d\.?\d*\)$/,
    );
  });

  it('a handful of values just outside the range is not reported', () => {
    const random = rng(26);
    const ref = numericColumn(
      'pct',
      Float64Array.from({ length: 1000 }, () => random() * 100),
    );
    const cand = numericColumn(
      'pct',
      Float64Array.from({ length: 1000 }, (_, i) => (i < 5 ? 101 : random() * 100)),
    );
    const report = compareTables(table('ref', [ref]), table('cand', [cand]), defaults);
    expect(report.quality).toEqual([]);
  });
});

describe('type-change (through the loader)', () => {
  it('a numeric column whose candidate has text: numeric became text', async () => {
    const refRows = Array.from({ length: 60 }, (_, i) => `${i},${(60 + (i % 25) * 0.7).toFixed(1)}`);
    const candRows = Array.from({ length: 60 }, (_, i) =>
      i % 5 === 0
        ? `${i},${(60 + (i % 25) * 0.7).toFixed(1)} kg`
        : `${i},${(60 + (i % 25) * 0.7).toFixed(1)}`,
    );
    const { reference, candidate } = await loadTexts(
      `id,weight\n${refRows.join('\n')}\n`,
      `id,weight\n${candRows.join('\n')}\n`,
    );
    const report = compareTables(reference, candidate, defaults);
    const finding = only(report, 'type-change', 'weight');
    expect(finding.severity).toBe('error');
    expect(finding.message).toMatch(
      /^'weight': numeric became text: 12 of 60 candidate values \(20\.0%\) are not numbers \(e\.g\. '\d+\.\d kg'/,
    );
    expect(report.quality.filter((q) => q.check === 'new-categories')).toEqual([]);
    expect(report.verdict).toBe('fail');
  });

  it('a column configured numeric whose candidate has text coerced to missing', async () => {
    const ref = `n\n${Array.from({ length: 30 }, (_, i) => i * 1.5).join('\n')}\n`;
    const cand = `n\n${Array.from({ length: 30 }, (_, i) => (i % 10 === 0 ? 'n/a?' : i * 1.5)).join('\n')}\n`;
    const { reference, candidate } = await loadTexts(ref, cand, { columnTypes: { n: 'numeric' } });
    const report = compareTables(reference, candidate, defaults);
    const finding = only(report, 'type-change', 'n');
    expect(finding.message).toBe(
      "'n': numeric became text: 3 candidate values are not a number (e.g. 'n/a?') and were counted as missing; the reference has none",
    );
  });
});

describe('row count', () => {
  it('a candidate with fewer than half the rows is a warning; more than twice the rows a note', () => {
    const ref = table('ref', customers(27, 1000));
    const small = compareTables(ref, table('cand', customers(28, 300)), defaults);
    const finding = only(small, 'row-count');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toBe("the candidate has 300 rows, 30.0% of the reference's 1000 (below 50.0%)");
    expect(finding.values).toMatchObject({ referenceRows: 1000, candidateRows: 300, ratio: 0.3 });
    const large = compareTables(ref, table('cand', customers(29, 2500)), defaults);
    expect(only(large, 'row-count-growth').severity).toBe('info');
    expect(ROW_COUNT_MIN_RATIO).toBe(0.5);
    expect(ROW_COUNT_MAX_RATIO).toBe(2);
  });

  it('an empty candidate: only row-count (nothing to judge per column), all numbers finite', () => {
    const ref = customers(30, 100);
    const empty = ref.map((c) =>
      c.type === 'numeric' ? numericColumn(c.name, []) : categoricalColumn(c.name, []),
    );
    const candidate: Table = { source: 'cand', rows: 0, delimiter: ',', columns: empty };
    const report = compareTables(table('ref', ref), candidate, defaults);
    expect(checksOf(report)).toEqual(['row-count:-']);
    expectJsonSafe(report);
  });
});

describe('scale and API', () => {
  it('2000 columns run (linear per column)', () => {
    const random = rng(31);
    const make = (shift: number) =>
      table(
        'side',
        Array.from({ length: 2000 }, (_, i) =>
          i % 4 === 3
            ? categoricalColumn(`c${i}`, categories(random, 200, ['a', 'b', 'c'], [5, 3, 2]))
            : numericColumn(
                `n${i}`,
                normals(
                  random,
                  200,
                  i % 7 === 0 ? 50 * (1 + 999 * shift) : 50 + shift,
                  i % 7 === 0 ? 10 * (1 + 999 * shift) : 10,
                ),
              ),
        ),
      );
    const ref = make(0);
    const cand = make(1);
    const report = compareTables(ref, cand, defaults);
    expect(report.columns).toHaveLength(2000);
    expect(report.quality.some((q) => q.check === 'unit-change')).toBe(true);
    expectJsonSafe(report.quality);
  });

  it('findings come at the registry default severity; severity.ts is the one override (column wins, off drops)', () => {
    const ref = table('ref', customers(32, 1000));
    const cand = table('cand', customers(33, 100));
    const report = compareTables(ref, cand, defaults);
    const found = qualityFindings(ref, cand, report.columns);
    expect(found.map((f) => [f.check, f.severity])).toEqual([
      ['row-count', QUALITY_CHECKS['row-count'].defaultSeverity],
    ]);
    expect(QUALITY_CHECKS['row-count'].defaultSeverity).toBe('warning');
    const none = { global: {}, perColumn: {} };
    expect(withConfiguredSeverity(found, none)).toEqual(found);
    expect(
      withConfiguredSeverity(found, { global: { 'row-count': 'error' }, perColumn: {} })[0].severity,
    ).toBe('error');
    expect(withConfiguredSeverity(found, { global: { 'row-count': 'off' }, perColumn: {} })).toEqual([]);
    const inColumn = { ...found[0], column: 'age' };
    const both = {
      global: { 'row-count': 'error' as const },
      perColumn: { age: { 'row-count': 'info' as const } },
    };
    expect(withConfiguredSeverity([inColumn, found[0]], both).map((f) => f.severity)).toEqual([
      'info',
      'error',
    ]);
  });

  it('findingValues makes non-finite numbers null and keeps everything else in order', () => {
    const clean = findingValues({
      a: 1.5,
      b: Number.NaN,
      c: Number.POSITIVE_INFINITY,
      d: 'x',
      e: null,
      f: -0.25,
    });
    expect(clean).toEqual({ a: 1.5, b: null, c: null, d: 'x', e: null, f: -0.25 });
    expect(Object.keys(clean)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
