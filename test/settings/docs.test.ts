import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  actionDescription,
  INPUT_OPTIONS,
  README_END,
  README_START,
  renderActionYml,
  renderReadme,
} from '../../src/settings/docs.js';
import { OPTIONS, type Option, SETTINGS } from '../../src/settings/settings.js';

const actionYml = readFileSync('action.yml', 'utf8');
const readme = readFileSync('README.md', 'utf8');

describe('docs generated from the settings declarations', () => {
  it('action.yml inputs are what `npm run docs` writes', () => {
    expect(renderActionYml(actionYml)).toBe(actionYml);
  });

  it("README's inputs table is what `npm run docs` writes", () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it('action.yml parses to one input per exposed option with its description, required flag and no settings default', () => {
    const inputs = parse(actionYml).inputs as Record<
      string,
      { description: string; required: boolean; default?: string }
    >;
    expect(Object.keys(inputs)).toEqual(INPUT_OPTIONS.map((option) => option.key));
    for (const option of INPUT_OPTIONS) {
      expect(inputs[option.key].description).toBe(actionDescription(option));
      expect(inputs[option.key].required).toBe(option.required === true);
    }
    // Regression: action.yml gave defaults (alpha '0.05', drift-share '0.5', ...); the runner
    // passes them as INPUT_ variables, and inputs win over the config file, so a config file's
    // `drift-share: 0.3` was silently replaced by 0.5 in the action.
    const withDefault = Object.keys(inputs).filter((key) => inputs[key].default !== undefined);
    expect(withDefault).toEqual(['github-token']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(inputs['github-token'].default).toBe('${{ github.token }}');
    expect(inputs['drift-share'].description).toBe(
      'The dataset drifts when this share of compared columns drifts. Default: `0.5`.',
    );
  });

  it('the README table has one row per input with its default', () => {
    const table = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));
    const keys = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(keys).toEqual(INPUT_OPTIONS.map((option) => option.key));
    expect(table).toContain('| `reference` | (required) |');
    expect(table).toContain('| `drift-share` | `0.5` |');
    expect(table).toContain('| `missing-values` | `NA,N/A,NaN,nan,null,NULL,None,-,?` |');
    expect(table).toContain('| `report-json` | `$RUNNER_TEMP/drift-gate-report.json` |');
    expect(table).toContain('| `delimiter` | detected | CSV delimiter: `,` `;` `tab` `\\|`. |');
  });

  it('every enum setting names each allowed value in its form and description', () => {
    const enums = SETTINGS.filter((setting) => setting.allowed);
    expect(enums.map((setting) => setting.key)).toEqual([
      'correction',
      'fail-on',
      'delimiter',
      'task',
      'period',
      'fail-on-period',
    ]);
    for (const setting of enums) {
      for (const value of setting.allowed ?? []) {
        expect(setting.form).toContain(`\`${value}\``);
        expect(setting.description).toContain(`\`${value}\``);
      }
    }
  });

  it('keys are unique kebab-case, and every option is exposed somewhere', () => {
    const keys = (OPTIONS as readonly Option[]).map((option) => option.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const option of OPTIONS as readonly Option[]) {
      expect(option.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(option.exposed.input || option.exposed.flag || option.exposed.file).toBe(true);
    }
  });

  it('scripts/docs.js --check loads the TypeScript declarations and finds the files current', () => {
    const output = execFileSync(process.execPath, ['scripts/docs.js', '--check'], { encoding: 'utf8' });
    expect(output).toBe('');
  }, 60_000);
});
