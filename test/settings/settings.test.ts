import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserInputError } from '../../src/errors.js';
import { readConfigFile } from '../../src/settings/config-file.js';
import { defaultText } from '../../src/settings/defaults-text.js';
import {
  actionInputsLayer,
  chosenTest,
  chosenThreshold,
  DEFAULT_SETTINGS,
  resolveSettings,
  SETTINGS,
} from '../../src/settings/settings.js';

const inputs = (values: Record<string, unknown>) => ({ source: 'action inputs', values });

function errorOf(fn: () => unknown): UserInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('resolveSettings', () => {
  it('gives the documented defaults and freezes the result', () => {
    const settings = resolveSettings([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.alpha).toBe(0.05);
    expect(settings.minEffect).toBe(0.1);
    expect(settings.driftShare).toBe(0.5);
    expect(settings.correction).toBe('fdr');
    expect(settings.failOn).toBe('dataset-drift');
    expect(Object.isFrozen(settings)).toBe(true);
    expect(Object.isFrozen(settings.stattest)).toBe(true);
  });

  it('later layers override earlier ones; empty input strings keep the earlier value', () => {
    const settings = resolveSettings([
      { source: '.github/drift.yml', isFile: true, values: { 'drift-share': 0.3, correction: 'bonferroni' } },
      inputs({ 'drift-share': '0.7', correction: '' }),
    ]);
    expect(settings.driftShare).toBe(0.7);
    expect(settings.correction).toBe('bonferroni');
  });

  it('parses lists from YAML arrays and from comma/newline separated strings', () => {
    expect(resolveSettings([inputs({ 'ignore-columns': 'id, ts\nnotes' })]).ignoreColumns).toEqual([
      'id',
      'ts',
      'notes',
    ]);
    expect(resolveSettings([inputs({ columns: ['a', 'b'] })]).columns).toEqual(['a', 'b']);
  });

  it('parses stattest for all columns, per kind, and validates test ids', () => {
    expect(resolveSettings([inputs({ stattest: 'psi' })]).stattest).toEqual({
      all: 'psi',
      numeric: null,
      categorical: null,
    });
    expect(resolveSettings([inputs({ stattest: 'numeric=ks,categorical=chi-square' })]).stattest).toEqual({
      all: null,
      numeric: 'ks',
      categorical: 'chi-square',
    });
    expect(errorOf(() => resolveSettings([inputs({ stattest: 'kss' })])).message).toMatch(
      /unknown test 'kss'/,
    );
    expect(errorOf(() => resolveSettings([inputs({ stattest: 'categorical=ks' })])).message).toMatch(
      /'ks' does not apply to categorical columns/,
    );
  });

  it('parses thresholds as a number or per kind; rejects bad numbers naming the key and the form', () => {
    expect(resolveSettings([inputs({ threshold: '0.2' })]).threshold.all).toBe(0.2);
    expect(resolveSettings([inputs({ threshold: 'numeric=0.3,categorical=0.2' })]).threshold).toEqual({
      all: null,
      numeric: 0.3,
      categorical: 0.2,
    });
    const error = errorOf(() => resolveSettings([inputs({ threshold: 'abc' })]));
    expect(error.message).toBe(
      `bad value for 'threshold' in action inputs: expected a number (e.g. 0.1), or per kind: \`numeric=0.1,categorical=0.2\`, got "abc"`,
    );
    expect(errorOf(() => resolveSettings([inputs({ 'drift-share': '1.5' })])).message).toMatch(
      /'drift-share'/,
    );
    expect(errorOf(() => resolveSettings([inputs({ alpha: '0' })])).message).toMatch(
      /strictly between 0 and 1/,
    );
    expect(errorOf(() => resolveSettings([inputs({ 'fail-on': 'always' })])).message).toMatch(/'fail-on'/);
  });

  it('rejects an unknown key, naming the file and suggesting the closest key', () => {
    const error = errorOf(() =>
      resolveSettings([{ source: '.github/drift.yml', isFile: true, values: { drift_shares: 0.3 } }]),
    );
    expect(error.message).toMatch(
      /unknown setting 'drift_shares' in \.github\/drift\.yml \(did you mean 'drift-share'\?\)/,
    );
    expect(error.file).toBe('.github/drift.yml');
  });

  it('reads per-column settings and lets them win over kind and global choices', () => {
    const settings = resolveSettings([
      inputs({ stattest: 'numeric=wasserstein', threshold: '0.3' }),
      {
        source: 'drift.yml',
        isFile: true,
        values: { 'column-settings': { age: { stattest: 'psi', threshold: 0.25 }, id: { ignore: true } } },
      },
    ]);
    expect(chosenTest(settings, 'age', 'numeric')).toBe('psi');
    expect(chosenThreshold(settings, 'age', 'numeric')).toBe(0.25);
    expect(chosenTest(settings, 'height', 'numeric')).toBe('wasserstein');
    expect(chosenThreshold(settings, 'height', 'numeric')).toBe(0.3);
    expect(chosenTest(settings, 'colour', 'categorical')).toBe('auto');
    expect(
      errorOf(() => resolveSettings([{ source: 'f', values: { 'column-settings': { a: { colour: 1 } } } }]))
        .message,
    ).toMatch(/column 'a', key 'colour'/);
  });

  it('a test named for all columns applies only where it fits; others stay auto', () => {
    const settings = resolveSettings([inputs({ stattest: 'ks' })]);
    expect(chosenTest(settings, 'x', 'numeric')).toBe('ks');
    expect(chosenTest(settings, 'c', 'categorical')).toBe('auto');
  });
});

describe('settings declarations', () => {
  it('DEFAULT_SETTINGS keeps the field order of the JSON report', () => {
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual([
      'reference',
      'candidate',
      'referenceRef',
      'columns',
      'ignoreColumns',
      'categoricalColumns',
      'timeColumn',
      'stattest',
      'threshold',
      'alpha',
      'minEffect',
      'driftShare',
      'correction',
      'failOn',
      'missingValues',
      'missingShareChange',
      'delimiter',
      'key',
      'target',
      'prediction',
      'task',
      'slices',
      'minSliceSize',
      'performanceMargin',
      'failOnTargetDrift',
      'critical',
      'multivariate',
      'multivariateMinIncrease',
      'multivariateVarianceShare',
      'imageSize',
      'qualitySeverity',
      'columnSettings',
      'reportJson',
      'markdown',
      'html',
      'uploadReport',
      'comment',
      'accept',
      'acceptLabel',
      'period',
      'failOnPeriod',
      'history',
    ]);
  });

  it('the unknown-key error lists every config-file key', () => {
    const error = errorOf(() =>
      resolveSettings([{ source: '.github/drift.yml', isFile: true, values: { drift_shares: 0.3 } }]),
    );
    expect(error.message).toBe(
      "unknown setting 'drift_shares' in .github/drift.yml (did you mean 'drift-share'?); known settings: reference, candidate, reference-ref, columns, ignore-columns, categorical-columns, time-column, stattest, threshold, alpha, min-effect, drift-share, correction, fail-on, missing-values, missing-share-change, delimiter, key, target, prediction, task, slices, min-slice-size, performance-margin, fail-on-target-drift, critical, multivariate, multivariate-min-increase, multivariate-variance-share, image-size, quality-severity, column-settings, report-json, markdown, html, upload-report, comment, accept, accept-label, period, fail-on-period, history",
    );
  });

  it('adapter-only options are not config-file keys', () => {
    for (const key of ['config', 'github-token']) {
      const error = errorOf(() =>
        resolveSettings([{ source: '.github/drift.yml', isFile: true, values: { [key]: 'x' } }]),
      );
      expect(error.message).toMatch(new RegExp(`^unknown setting '${key}' in \\.github/drift\\.yml`));
      expect(error.file).toBe('.github/drift.yml');
    }
  });

  it('each documented literal default, given as an input, parses back to the default itself', () => {
    let checked = 0;
    for (const setting of SETTINGS) {
      const shown = defaultText(setting, 'cli');
      if (!shown?.literal) continue;
      const settings = resolveSettings([inputs({ [setting.key]: shown.text })]);
      expect(settings[setting.field as keyof typeof settings], setting.key).toEqual(setting.default);
      checked++;
    }
    expect(checked).toBe(19);
  });

  it('the action reads exactly the settings exposed as inputs', () => {
    const asked: string[] = [];
    const layer = actionInputsLayer((key) => {
      asked.push(key);
      return '';
    });
    expect(layer.source).toBe('action inputs');
    expect(asked).toEqual(SETTINGS.filter((s) => s.exposed.input).map((s) => s.key));
    expect(asked).toContain('comment');
    expect(asked).toContain('markdown');
    expect(asked).not.toContain('html');
    expect(asked).not.toContain('column-settings');
  });

  it('inputs the workflow did not give leave the config file values (regression: action.yml defaults overrode them)', () => {
    // The runner passes each action.yml `default:` as an INPUT_ variable when the workflow omits
    // the input; simulate that with the committed action.yml.
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const given: Record<string, string> = { reference: 'a.csv', candidate: 'b.csv' };
    const settings = resolveSettings([
      {
        source: '.github/drift.yml',
        isFile: true,
        values: { 'drift-share': 0.3, alpha: 0.01, stattest: 'psi' },
      },
      actionInputsLayer((key) => given[key] ?? action.inputs[key]?.default ?? ''),
    ]);
    expect(settings.driftShare).toBe(0.3);
    expect(settings.alpha).toBe(0.01);
    expect(settings.stattest.all).toBe('psi');
    expect(settings.reference).toBe('a.csv');
  });
});

describe('readConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-config-'));

  it('returns null for an absent default file, and an error for an absent explicit one', () => {
    expect(readConfigFile(join(dir, 'none.yml'), 'none.yml', false)).toBeNull();
    expect(errorOf(() => readConfigFile(join(dir, 'none.yml'), 'none.yml', true)).message).toMatch(
      /not found/,
    );
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const path = join(dir, 'bad.yml');
    writeFileSync(path, 'stattest: auto\nthreshold: [0.1\n');
    const error = errorOf(() => readConfigFile(path, '.github/drift.yml', true));
    expect(error.file).toBe('.github/drift.yml');
    expect(error.line).toBeGreaterThanOrEqual(2);
  });

  it('reads a map of settings', () => {
    const path = join(dir, 'good.yml');
    writeFileSync(path, 'stattest: auto\ndrift-share: 0.3\nignore-columns: [id]\n');
    const layer = readConfigFile(path, 'good.yml', true);
    expect(resolveSettings(layer ? [layer] : []).ignoreColumns).toEqual(['id']);
  });
});
