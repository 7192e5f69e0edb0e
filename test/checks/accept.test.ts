/**
 * Accepted drift on the example data (examples/data: 1970-1976 cars as the reference, 1979-1982 cars
 * and a broken export as candidates): `accept` entries from a config file, the pull-request label
 * through the pipeline context, expiry against the report's date, unused entries, bad check ids.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAcceptance } from '../../src/checks/accept.js';
import { loadTables } from '../../src/data/load.js';
import type { Table } from '../../src/data/table.js';
import { compareTables } from '../../src/engine/compare.js';
import { runPipeline } from '../../src/engine/pipeline.js';
import { UserInputError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { gatherSettings } from '../../src/settings/gather.js';
import { resolveSettings } from '../../src/settings/settings.js';

const examples = resolve('examples/data');
const DRIFTED = [
  'Miles_per_Gallon',
  'Horsepower',
  'Displacement',
  'Weight_in_lbs',
  'Acceleration',
  'Cylinders',
  'Origin',
];
const NOW = new Date('2026-06-15T12:00:00Z');

let train: { reference: Table; candidate: Table };
let broken: { reference: Table; candidate: Table };
let allYears: { reference: Table; candidate: Table };

beforeAll(async () => {
  const load = (a: string, b: string) =>
    loadTables({ label: a, path: join(examples, a) }, { label: b, path: join(examples, b) });
  train = await load('train.csv', 'incoming.csv');
  broken = await load('train-all.csv', 'broken.csv');
  allYears = await load('train-all.csv', 'incoming.csv');
});

function compare(
  tables: { reference: Table; candidate: Table },
  values: Record<string, unknown>,
  labels?: string[],
): Report {
  const settings = resolveSettings([{ source: '.github/drift.yml', isFile: true, values }]);
  return compareTables(tables.reference, tables.candidate, settings, { now: NOW, labels });
}

const accept = (columns: readonly string[], reason = 'new model years 1979-1982') =>
  columns.map((column) => ({ column, reason }));

describe('accept entries', () => {
  it('the example data fails without acceptance', () => {
    const report = compare(train, {});
    expect(report.verdict).toBe('fail');
    expect([...report.dataset.driftedColumns].sort()).toEqual([...DRIFTED].sort());
    expect(report.accepted).toBeUndefined();
  });

  it('accepting the drifted columns and the multivariate check passes, with an Accepted section', () => {
    const report = compare(train, {
      accept: [
        ...accept(DRIFTED),
        { check: 'multivariate', reason: 'the columns move together with the model years' },
      ],
    });
    expect(report.verdict).toBe('warn');
    expect(report.accepted).toHaveLength(8);
    expect(report.accepted?.every((item) => item.status === 'applied' && item.by === 'config')).toBe(true);
    const origin = report.accepted?.find((item) => item.column === 'Origin');
    expect(origin?.covered).toEqual([
      "Column 'Origin' drifted: significant (adjusted p 5.2e-4 < 0.05) and large enough (tvd 0.172 >= 0.1); 2 classes changed share: 'Japan' 13.0% → 30.3% (x2.3, adjusted p 3.2e-4), 'USA' 67.7% → 52.9% (x0.78, adjusted p 0.011)",
    ]);
    expect(report.reasons.at(-1)).toBe(
      "Accepted drift, so the run passes: column 'Miles_per_Gallon', column 'Horsepower', column 'Displacement', column 'Weight_in_lbs', column 'Acceleration', column 'Cylinders', column 'Origin' (config: new model years 1979-1982); check 'multivariate' (config: the columns move together with the model years)",
    );
    // the findings themselves are still reported
    expect(report.dataset.drift).toBe(true);
    expect(report.reasons.find((r) => r.startsWith('Dataset drift:'))).toMatch(
      /^Dataset drift: 7 of 8 compared columns drifted/,
    );

    const text = renderText(report);
    expect(text.split('\n')[0]).toMatch(
      /^⚠️ WARN drift-gate: passes with accepted drift: multivariate drift \(.*\); data drift in 7 of 8 columns \(87\.5%, threshold 50%\)/,
    );
    expect(text).toContain('Accepted: 8 applied:');
    expect(text).toContain(
      "  [accepted] check 'multivariate' by config: the columns move together with the model years",
    );
    const markdown = renderMarkdown(report);
    expect(markdown.split('\n')[0]).toBe(
      '## ⚠️ drift-gate: passes with accepted drift: multivariate drift (+39.0% reconstruction error); data drift in 7 of 8 columns (87.5%, threshold 50%); 1 data-quality warning',
    );
    expect(markdown).toContain(
      '### Accepted: 8 applied\n\n- ✅ **column &#39;Miles&#95;per&#95;Gallon&#39;** by config: new model years 1979-1982\n',
    );
  });

  it('accepting the columns alone still fails on the multivariate check, and says so', () => {
    const report = compare(train, { accept: accept(DRIFTED) });
    expect(report.verdict).toBe('fail');
    expect(report.reasons.at(-1)).toMatch(
      /^Accepted drift \(other failures remain\): column 'Miles_per_Gallon', /,
    );
    expect(renderText(report).split('\n')[0]).toMatch(
      /^FAIL drift-gate: multivariate drift \(.*\); data drift in 7 of 8 columns/,
    );
  });

  it('with fail-on dataset-drift, accepted columns leave the drift share: 3 left of 8 is below 50%', () => {
    const report = compare(train, {
      multivariate: false,
      accept: accept(['Miles_per_Gallon', 'Horsepower', 'Displacement', 'Weight_in_lbs']),
    });
    expect(report.verdict).toBe('warn');
    const fewer = compare(train, { multivariate: false, accept: accept(['Miles_per_Gallon', 'Horsepower']) });
    expect(fewer.verdict).toBe('fail');
    // with fail-on column-drift every drifted column must be accepted
    const strict = compare(train, {
      multivariate: false,
      'fail-on': 'column-drift',
      accept: accept(['Miles_per_Gallon', 'Horsepower', 'Displacement', 'Weight_in_lbs']),
    });
    expect(strict.verdict).toBe('fail');
    expect(
      compare(train, { multivariate: false, 'fail-on': 'column-drift', accept: accept(DRIFTED) }).verdict,
    ).toBe('warn');
  });

  it('data-quality errors are accepted by check id, each check on its own', () => {
    const entries = [
      { check: 'unit-change', reason: 'weights are grams from now on' },
      { check: 'multivariate', reason: 'follows from the unit change' },
    ];
    const partial = compare(broken, { accept: entries });
    expect(partial.verdict).toBe('fail');
    expect(partial.accepted?.[0].covered).toEqual([
      "likely unit error in 'Weight_in_lbs' (x1000: e.g. grams written as kilograms): median 2800 in the reference, 1300000 in the candidate (ratio 464.4)",
    ]);
    const all = compare(broken, {
      accept: [...entries, { check: 'schema', reason: 'Acceleration is no longer measured' }],
    });
    expect(all.verdict).toBe('warn');
    expect(renderText(all).split('\n')[0]).toBe(
      '⚠️ WARN drift-gate: passes with accepted drift: 2 data-quality errors; multivariate drift (+298.4% reconstruction error); 3 of 7 columns drifted (42.9%), below the 50% drift share; 3 data-quality warnings',
    );
  });

  it('lists an entry that matched nothing as unused, with why', () => {
    const report = compare(train, {
      accept: [
        ...accept(DRIFTED),
        { check: 'multivariate', reason: 'model years' },
        { column: 'Name', reason: 'names change' },
        { column: 'Price', reason: 'new market' },
        { check: 'unit-change', reason: 'grams' },
      ],
    });
    expect(report.verdict).toBe('warn');
    const unused = report.accepted?.filter((item) => item.status === 'unused');
    expect(unused?.map((item) => item.note)).toEqual([
      "column 'Name' did not drift in this run",
      "column 'Price' is not compared in this run (not in the data, or ignored)",
      "check 'unit-change' found no data-quality error in this run",
    ]);
    expect(renderText(report)).toContain(
      "  [UNUSED] column 'Price' by config: new market\n    unused: column 'Price' is not compared in this run (not in the data, or ignored)\n",
    );
    expect(renderMarkdown(report)).toContain('### Accepted: 8 applied, 3 unused');
  });

  it('an entry applies through its until date; after it, it is expired and fails the run', () => {
    const entries = (until: string) => [
      ...accept(DRIFTED),
      { check: 'multivariate', reason: 'model years', until },
    ];
    expect(compare(train, { accept: entries('2026-06-15') }).verdict).toBe('warn');
    const expired = compare(train, { accept: entries('2026-06-14') });
    expect(expired.verdict).toBe('fail');
    const item = expired.accepted?.find((entry) => entry.check === 'multivariate');
    expect(item?.status).toBe('expired');
    expect(item?.covered).toEqual([]);
    expect(expired.reasons).toContain(
      "Acceptance of check 'multivariate' expired after 2026-06-14 (reason: model years): renew its 'until' or remove the entry from 'accept'",
    );
    expect(renderText(expired).split('\n')[0]).toMatch(
      /^FAIL drift-gate: 1 expired acceptance: .*data drift/,
    );
    // an expired entry fails even a run that passes on its own
    const stable = compare(train, {
      'fail-on': 'never',
      accept: [{ column: 'Origin', reason: 'x', until: '2020-01-01' }],
    });
    expect(stable.verdict).toBe('fail');
  });

  it('a drifting target is accepted by its column or by check target; lost critical rows by check critical', () => {
    const features = DRIFTED.filter((name) => name !== 'Origin');
    const base = { target: 'Origin', multivariate: false };
    expect(compare(train, { ...base, accept: accept(features) }).verdict).toBe('fail');
    const byColumn = compare(train, { ...base, accept: accept(DRIFTED) });
    expect(byColumn.verdict).toBe('warn');
    expect(byColumn.accepted?.find((item) => item.column === 'Origin')?.covered[0]).toMatch(
      /^Target 'Origin' drifted: significant/,
    );
    const byCheck = compare(train, {
      ...base,
      accept: [...accept(features), { check: 'target', reason: 'more Japanese cars in the new market' }],
    });
    expect(byCheck.verdict).toBe('warn');

    const critical = { key: 'Name', critical: 'Origin=Japan', multivariate: false };
    expect(compare(allYears, { ...critical, accept: accept(DRIFTED) }).verdict).toBe('fail');
    const kept = compare(allYears, {
      ...critical,
      accept: [...accept(DRIFTED), { check: 'critical', reason: 'old Japanese models left the market' }],
    });
    expect(kept.verdict).toBe('warn');
    expect(kept.accepted?.at(-1)?.covered[0]).toMatch(/^Critical rows: 21 of 44 removed, 6 changed: /);
  });

  it('rejects an unknown check, naming the entry', () => {
    expect(() => compare(train, { accept: [{ check: 'multivariat', reason: 'typo' }] })).toThrow(
      /^accept\[0\]: unknown check 'multivariat'; known checks: target, performance, critical, multivariate, images, schema, /,
    );
    expect(() => compare(train, { accept: [{ check: 'multivariat', reason: 'typo' }] })).toThrow(
      UserInputError,
    );
  });
});

describe('the accept label', () => {
  it('a pull request labelled drift-accepted passes with everything that failed accepted', () => {
    const report = compare(train, {}, ['documentation', 'Drift-Accepted']);
    expect(report.verdict).toBe('warn');
    expect(report.accepted).toHaveLength(1);
    const [label] = report.accepted ?? [];
    expect(label).toMatchObject({
      column: null,
      check: null,
      by: 'label',
      reason: "pull request labelled 'drift-accepted'",
      status: 'applied',
    });
    expect(label.covered).toHaveLength(8);
    expect(label.covered.filter((c) => /^Multivariate drift: /.test(c))).toHaveLength(1);
    expect(report.reasons.at(-1)).toBe(
      "Accepted drift, so the run passes: everything that failed (pull request labelled 'drift-accepted')",
    );
    expect(renderMarkdown(report)).toContain(
      '- ✅ **everything that failed** by the pull-request label: pull request labelled &#39;drift-accepted&#39;\n',
    );
  });

  it('covers only what the config entries left failing; unused when nothing did', () => {
    const report = compare(train, { accept: accept(DRIFTED) }, ['drift-accepted']);
    expect(report.verdict).toBe('warn');
    expect(report.accepted?.at(-1)?.covered).toHaveLength(1);
    const stable = compare(train, { 'fail-on': 'never' }, ['drift-accepted']);
    expect(stable.verdict).toBe('warn');
    expect(stable.accepted?.[0].status).toBe('unused');
    expect(renderText(stable).split('\n')[0]).not.toContain('accepted');
  });

  it('another label name, set by accept-label, and no label: no acceptance', () => {
    expect(compare(train, { 'accept-label': 'new-market' }, ['new-market']).verdict).toBe('warn');
    expect(compare(train, { 'accept-label': 'new-market' }, ['drift-accepted']).verdict).toBe('fail');
    expect(compare(train, {}, []).accepted).toBeUndefined();
  });
});

describe('accept from a config file through the pipeline', () => {
  it('reads the entries, and the labels from the pipeline context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-accept-'));
    const lines = [
      'accept:',
      ...DRIFTED.flatMap((column) => [`  - column: ${column}`, '    reason: new model years']),
      '  - check: multivariate',
      '    reason: the columns move together',
      '    until: 2999-12-31',
    ];
    writeFileSync(join(dir, 'drift.yml'), `${lines.join('\n')}\n`);
    const settings = gatherSettings({
      root: process.cwd(),
      config: join(dir, 'drift.yml'),
      layer: {
        source: 'command-line flags',
        values: { reference: 'examples/data/train.csv', candidate: 'examples/data/incoming.csv' },
      },
    });
    const context = { root: process.cwd(), confineToRoot: false, referenceRevision: null };
    const report = await runPipeline(settings, context);
    expect(report.verdict).toBe('warn');
    expect(report.accepted?.at(-1)).toMatchObject({
      check: 'multivariate',
      until: '2999-12-31',
      status: 'applied',
    });
    const plain = await runPipeline({ ...settings, accept: [] }, { ...context, labels: ['drift-accepted'] });
    expect(plain.verdict).toBe('warn');
    expect(plain.accepted?.[0].by).toBe('label');
  });
});

describe('applyAcceptance', () => {
  const base = {
    reasonTexts: [],
    dataset: {
      drift: false,
      driftShare: 0,
      driftedColumns: [],
      warningColumns: ['x'],
      comparedColumns: 3,
      threshold: 0.5,
    },
    columns: [],
    quality: [],
    today: '2026-06-15',
  };

  // Regression (merging three outcomes with acceptance): a `warn` verdict became `fail` because only
  // `pass` counted as passing.
  it('keeps a warn verdict as warn, with or without the label', () => {
    const result = applyAcceptance({
      ...base,
      verdict: 'warn',
      reasons: [{ kind: 'column-warnings', columns: ['x'] }],
      failOn: 'dataset-drift',
      accept: [],
      label: 'drift-accepted',
    });
    expect(result.verdict).toBe('warn');
  });

  it('does not pass a run that fails on a reason it cannot attribute (fail-on: warning, column warnings)', () => {
    const result = applyAcceptance({
      ...base,
      verdict: 'fail',
      reasons: [{ kind: 'column-warnings', columns: ['x'] }, { kind: 'fail-on-warning' }],
      failOn: 'warning',
      accept: [],
      label: 'drift-accepted',
    });
    expect(result.verdict).toBe('fail');
  });

  it('keeps a failing verdict whose failure it does not know, even with the label', () => {
    const result = applyAcceptance({
      verdict: 'fail',
      reasons: [],
      reasonTexts: [],
      failOn: 'dataset-drift',
      dataset: {
        drift: false,
        driftShare: 0,
        driftedColumns: [],
        warningColumns: [],
        comparedColumns: 3,
        threshold: 0.5,
      },
      columns: [],
      quality: [],
      accept: [],
      label: 'drift-accepted',
      today: '2026-06-15',
    });
    expect(result.verdict).toBe('fail');
    expect(result.accepted.map((item) => item.status)).toEqual(['unused']);
    expect(result.reasons).toEqual([]);
  });
});
