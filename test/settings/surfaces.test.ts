/**
 * One voice across surfaces (issue 12): for every declaration in src/settings/options-*.ts, the
 * committed action.yml input, the README inputs-table row, the `--help` line and the config-file
 * key say the same things: the same description, default and allowed values, and exist exactly
 * where the declaration exposes the option. Reads the committed files, so it fails when someone
 * edits one surface by hand (or forgets `npm run docs`) and they disagree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpText } from '../../src/cli/main.js';
import { renderHtml } from '../../src/report/html.js';
import { defaultText } from '../../src/settings/defaults-text.js';
import { README_END, README_START } from '../../src/settings/docs.js';
import {
  DEFAULT_SETTINGS,
  isSetting,
  OPTIONS,
  type Option,
  resolveSettings,
} from '../../src/settings/settings.js';
import { makeReport } from '../report/make-report.js';

const ALL = OPTIONS as readonly Option[];
const inputs = parse(readFileSync('action.yml', 'utf8')).inputs as Record<string, { description: string }>;
const readme = readFileSync('README.md', 'utf8');
const help = helpText();

/** The README inputs table as key -> [default cell, meaning cell] (cells split on unescaped `|`). */
function readmeRows(): Map<string, [string, string]> {
  const table = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));
  const rows = new Map<string, [string, string]>();
  for (const line of table.split('\n')) {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim().replaceAll('\\|', '|'));
    const key = /^`([a-z-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (key) rows.set(key, [cells[1], cells[2]]);
  }
  return rows;
}

/** The --help line of a flag, or undefined. */
function helpLine(key: string): string | undefined {
  return help.split('\n').find((line) => line.startsWith(`  --${key} <`));
}

/** Whether a config file may set `key` (an unknown key is an error naming the file). */
function configAccepts(key: string): boolean {
  try {
    resolveSettings([{ source: 'drift.yml', isFile: true, values: { [key]: undefined } }]);
    return true;
  } catch {
    return false;
  }
}

describe('every option says the same on every surface that exposes it', () => {
  const rows = readmeRows();

  it.each(ALL.map((option) => [option.key, option] as const))('%s', (key, option) => {
    // Exposed exactly where declared.
    expect(key in inputs).toBe(option.exposed.input);
    expect(rows.has(key)).toBe(option.exposed.input);
    expect(helpLine(key) !== undefined).toBe(option.exposed.flag);
    expect(configAccepts(key)).toBe(isSetting(option) && option.exposed.file);

    const cliDefault = option.required ? null : defaultText(option, 'cli');
    const actionDefault = option.required ? null : defaultText(option, 'action');
    if (option.exposed.input) {
      const description = inputs[key].description;
      const [defaultCell, meaning] = rows.get(key) as [string, string];
      expect(description.startsWith(option.description)).toBe(true);
      expect(meaning).toBe(option.description);
      if (option.required) expect(defaultCell).toBe('(required)');
      else if (actionDefault === null) expect(defaultCell).toBe('');
      else {
        const shown = actionDefault.literal ? `\`${actionDefault.text}\`` : actionDefault.text;
        expect(defaultCell).toBe(shown);
        if (!('actionDefault' in option && option.actionDefault))
          expect(description.endsWith(` Default: ${shown}.`)).toBe(true);
      }
      for (const value of option.allowed ?? []) {
        expect(description).toContain(`\`${value}\``);
        expect(meaning).toContain(`\`${value}\``);
      }
    }
    if (option.exposed.flag) {
      const line = helpLine(key) as string;
      expect(line).toContain(option.help);
      if (option.required) expect(line.endsWith('(required)')).toBe(true);
      else expect(line.endsWith(`(default: ${cliDefault?.text ?? '(none)'})`)).toBe(true);
      if (option.allowed) expect(line).toContain(`(one of: ${option.allowed.join(' ')})`);
      // Where the action and the CLI share a default, both show the same text.
      if (option.exposed.input && !option.actionDefaultText && !('actionDefault' in option))
        expect(cliDefault).toEqual(actionDefault);
    }
  });

  // Regression (issue 12): the missing-values default read `NA,N/A,...` in --help and the
  // README table, `NA`, `None`, ... in the README text and ["","NA",...] in the HTML report.
  it('shows the missing-values default one way: --help, action.yml, README table and text, HTML settings', () => {
    const shown = 'NA,N/A,NaN,nan,null,NULL,None,-,?';
    expect(help).toContain(`(default: ${shown})`);
    expect(inputs['missing-values'].description).toContain(`Default: \`${shown}\`.`);
    expect(rows.get('missing-values')?.[0]).toBe(`\`${shown}\``);
    const prose = readme.slice(readme.indexOf(README_END));
    expect(prose).toContain(`(default \`${shown}\`)`);
    const html = renderHtml(makeReport({ settings: { ...DEFAULT_SETTINGS } }));
    expect(html).toContain(`<code>missing-values</code></td><td>${shown}</td>`);
    expect(html).not.toContain('missingValues');
  });

  // Regression (issue 12): `markdown` was a flag and a config key but no action input.
  it('markdown is an input, a flag and a config key', () => {
    expect('markdown' in inputs).toBe(true);
    expect(helpLine('markdown')).toBeDefined();
    expect(configAccepts('markdown')).toBe(true);
  });
});
