import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/engine/plan.js';
import { UserInputError } from '../../src/errors.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { categoricalColumn, numericColumn, table } from '../helpers/tables.js';

const settingsOf = (values: Record<string, unknown>) => resolveSettings([{ source: 'test', values }]);

const reference = table('ref.csv', [
  numericColumn('id', [1, 2, 3, 4]),
  numericColumn('age', [30, 40, 50, 60]),
  categoricalColumn('region', ['west', 'east', 'west', 'north']),
  categoricalColumn('label', ['a', 'b', 'a', 'b']),
  numericColumn('score', [0.1, 0.9, 0.2, 0.8]),
  numericColumn('old', [1, 1, 2, 2]),
]);
const candidate = table('cand.csv', [
  numericColumn('id', [1, 2, 3, 5]),
  numericColumn('age', [31, 41, 51, 61]),
  categoricalColumn('region', ['west', 'east', 'south', 'north']),
  categoricalColumn('label', ['a', 'b', 'b', 'b']),
  numericColumn('score', [0.1, 0.9, 0.7, 0.8]),
  categoricalColumn('fresh', ['x', 'y', 'x', 'y']),
]);

describe('planComparison: what is compared and how', () => {
  it('lists columns in comparison order with roles, types, sides and the test per kind', () => {
    const plan = planComparison(
      reference,
      candidate,
      settingsOf({
        target: 'label',
        prediction: 'score',
        stattest: 'numeric=psi',
        threshold: 'numeric=0.2',
        'ignore-columns': 'id, not-in-the-data',
        'column-settings': { age: { stattest: 'ks', threshold: 0.01 }, old: { ignore: true } },
      }),
    );
    expect(plan.columns.map((c) => [c.name, c.role, c.type, c.sides])).toEqual([
      ['age', 'feature', 'numeric', 'both'],
      ['region', 'feature', 'categorical', 'both'],
      ['label', 'target', 'categorical', 'both'],
      ['score', 'prediction', 'numeric', 'both'],
      ['fresh', 'feature', 'categorical', 'candidate'],
    ]);
    const age = plan.columns[0];
    expect(age.tests).toEqual({
      numeric: { test: 'ks', threshold: 0.01 },
      categorical: { test: 'ks', threshold: 0.01 },
    });
    expect(plan.columns[1].tests).toEqual({
      numeric: { test: 'psi', threshold: 0.2 },
      categorical: { test: 'auto', threshold: null },
    });
    expect(plan.features).toEqual(['age', 'region', 'fresh']);
    expect(plan.multivariate.features).toEqual(plan.features);
    expect(plan.rows).toEqual({ key: null, target: 'label' });
    expect(plan.slices).toBeNull();
    expect(plan.critical).toBeNull();
  });

  it('`columns` picks and orders; target and prediction are always compared, last', () => {
    const plan = planComparison(
      reference,
      candidate,
      settingsOf({ columns: 'region, age', target: 'label' }),
    );
    expect(plan.columns.map((c) => c.name)).toEqual(['region', 'age', 'label']);
    expect(planComparison(reference, candidate, settingsOf({}), { rowChecks: false }).rows).toBeNull();
  });

  it('parses slices and critical entries once', () => {
    const plan = planComparison(
      reference,
      candidate,
      settingsOf({ slices: 'region, seniors: age >= 50', key: 'id', critical: 'region=west, 3' }),
    );
    expect(plan.slices?.specs).toEqual([
      { kind: 'column', column: 'region' },
      { kind: 'filter', name: 'seniors', column: 'age', operator: '>=', value: '50' },
    ]);
    expect(plan.critical).toEqual({
      entries: [
        { entry: 'region=west', column: 'region', value: 'west' },
        { entry: '3', column: 'id', value: '3' },
      ],
      key: ['id'],
    });
  });
});

describe('planComparison: every column name checked once, first problem first', () => {
  const errorOf = (values: Record<string, unknown>, rowChecks = true): string => {
    try {
      planComparison(reference, candidate, settingsOf(values), { rowChecks });
    } catch (error) {
      expect(error).toBeInstanceOf(UserInputError);
      return (error as Error).message;
    }
    return expect.fail('no error');
  };

  it('names the setting and the column, with the messages users know', () => {
    expect(errorOf({ target: 'lable' })).toBe(
      "'target' names column 'lable', not found in ref.csv or cand.csv",
    );
    expect(errorOf({ columns: 'agee, age, regio' })).toBe(
      "'columns' names 'agee', 'regio', not found in ref.csv or cand.csv",
    );
    expect(errorOf({ key: 'old' })).toBe(
      "'key' column 'old' is not in cand.csv: both sides need every key column",
    );
    expect(errorOf({ critical: 'nope=1' })).toBe(
      "'critical' entry 'nope=1' names column 'nope', not found in ref.csv",
    );
    expect(errorOf({ critical: 'fresh=x' })).toBe(
      "'critical' entry 'fresh=x' names column 'fresh', not found in ref.csv",
    );
    expect(errorOf({ key: 'fresh', critical: '3' }, false)).toBe("'key' names 'fresh', not found in ref.csv");
    expect(errorOf({ slices: 'x: region > west' })).toBe(
      "slice filter 'x': 'region' is text; use = or != with it",
    );
  });

  it('checks in a fixed order: labels, columns, key, critical, slice filters', () => {
    const all = {
      slices: 'x: region > west',
      critical: 'nope=1',
      key: 'old',
      columns: 'agee',
      target: 'lable',
    };
    expect(errorOf(all)).toMatch(/^'target' names column 'lable'/);
    expect(errorOf({ ...all, target: null })).toMatch(/^'columns' names 'agee'/);
    expect(errorOf({ ...all, target: null, columns: null })).toMatch(/^'key' column 'old'/);
    expect(errorOf({ ...all, target: null, columns: null }, false)).toMatch(/^'critical' entry 'nope=1'/);
    expect(errorOf({ slices: all.slices, key: 'id', critical: 'nope=1' })).toMatch(/^'critical' entry/);
  });

  it('checks a slice filter against the column on both sides (numeric in one, text in the other)', () => {
    const cand = table('cand.csv', [
      ...candidate.columns.filter((c) => c.name !== 'age'),
      categoricalColumn('age', ['old', 'young', 'old', 'young']),
    ]);
    expect(() => planComparison(reference, cand, settingsOf({ slices: 's: age >= 50' }))).toThrow(
      "slice filter 's': 'age' is text; use = or != with it",
    );
    expect(() => planComparison(reference, cand, settingsOf({ slices: 's: age = old' }))).toThrow(
      "slice filter 's': 'age' is numeric, so 'old' must be a number",
    );
  });
});

describe('planComparison: ignore-columns naming a column neither file has', () => {
  // Regression (issue 12): `--ignore-columns Foo` was silently accepted while `--columns Foo` is
  // an error. Unknown names stay allowed (one config serves several datasets) but are listed with
  // the nearest column, which compare.ts turns into a `schema` warning.
  it('lists each unknown name once with the nearest known column (case-insensitive), or none', () => {
    const plan = planComparison(
      reference,
      candidate,
      settingsOf({ 'ignore-columns': 'Regoin, id, far-from-anything, Regoin' }),
    );
    expect(plan.unknownColumns).toEqual([
      { setting: 'ignore-columns', name: 'Regoin', nearest: 'region' },
      { setting: 'ignore-columns', name: 'far-from-anything', nearest: null },
    ]);
    expect(plan.columns.map((c) => c.name)).not.toContain('id');
  });

  it('lists column-settings keys no column has after the ignore-columns names, each setting once per name', () => {
    // Regression: `column-settings: { Regoin: ... }` was silently accepted, so a typo left the
    // column on the defaults without a word.
    const plan = planComparison(
      reference,
      candidate,
      settingsOf({
        'ignore-columns': 'Regoin',
        'column-settings': {
          Regoin: { ignore: true },
          AGE: { stattest: 'ks' },
          fresh: { threshold: 0.01 },
          old: { ignore: true },
          'far-from-anything': { threshold: 0.2 },
        },
      }),
    );
    expect(plan.unknownColumns).toEqual([
      { setting: 'ignore-columns', name: 'Regoin', nearest: 'region' },
      { setting: 'column-settings', name: 'Regoin', nearest: 'region' },
      { setting: 'column-settings', name: 'AGE', nearest: 'age' },
      { setting: 'column-settings', name: 'far-from-anything', nearest: null },
    ]);
  });

  it('lists nothing when every ignored column exists on a side', () => {
    expect(
      planComparison(reference, candidate, settingsOf({ 'ignore-columns': 'old, fresh' })).unknownColumns,
    ).toEqual([]);
  });
});
