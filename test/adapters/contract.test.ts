import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareTables } from '../../src/compare.js';
import { loadTables } from '../../src/data/load.js';
import { resolveSettings, SETTINGS_KEYS } from '../../src/settings/settings.js';
import { VERSION } from '../../src/version.js';

const schema = JSON.parse(readFileSync('docs/report.schema.json', 'utf8'));

async function reportFor(reference: string, candidate: string) {
  const tables = await loadTables(
    { label: reference, path: reference },
    { label: candidate, path: candidate },
  );
  return compareTables(tables.reference, tables.candidate, resolveSettings([]));
}

describe('public contract', () => {
  it('real reports validate against docs/report.schema.json (after a JSON round trip)', async () => {
    const ajv = new Ajv({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    for (const [reference, candidate] of [
      ['examples/data/train.csv', 'examples/data/incoming.csv'],
      ['examples/data/train-all.csv', 'examples/data/stable.csv'],
    ]) {
      const report = JSON.parse(JSON.stringify(await reportFor(reference, candidate)));
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('action.yml declares exactly the settings inputs plus config and github-token', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    const expected = Object.keys(SETTINGS_KEYS).filter((k) => k !== 'column-settings' && k !== 'markdown');
    expect(Object.keys(action.inputs).sort()).toEqual([...expected, 'config', 'github-token'].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([
      'drift',
      'drift-share',
      'drifted-columns',
      'report-json',
      'verdict',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('the version in the report equals package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
