import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTables } from '../../src/data/load.js';
import { compareTables } from '../../src/engine/compare.js';
import { OPTIONS, type Option, resolveSettings } from '../../src/settings/settings.js';
import { VERSION } from '../../src/version.js';
import { normals, rng } from '../helpers/random.js';
import { categoricalColumn, numericColumn, table } from '../helpers/tables.js';

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
    const ajv = new Ajv({ allErrors: true, validateFormats: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    for (const [reference, candidate] of [
      ['examples/data/train.csv', 'examples/data/incoming.csv'],
      ['examples/data/train-all.csv', 'examples/data/stable.csv'],
    ]) {
      const report = JSON.parse(JSON.stringify(await reportFor(reference, candidate)));
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('reports with target, prediction (labels and scores), performance, hints, slices and critical rows validate', async () => {
    const ajv = new Ajv({ allErrors: true, validateFormats: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const tables = await loadTables(
      { label: 'train', path: 'examples/data/train.csv' },
      { label: 'incoming', path: 'examples/data/incoming.csv' },
    );
    const settings = resolveSettings([
      { source: 'test', values: { target: 'Origin', slices: 'Cylinders', 'min-slice-size': 10 } },
    ]);
    const reports = [compareTables(tables.reference, tables.candidate, settings)];
    const side = (seed: number, rate: number) => {
      const random = rng(seed);
      const label = Array.from({ length: 300 }, () => (random() < rate ? 'yes' : 'no'));
      return table(`side${seed}.csv`, [
        numericColumn('x', normals(random, 300)),
        categoricalColumn(
          'segment',
          Array.from({ length: 300 }, (_, i) => ['a', 'b', 'c'][i % 3]),
        ),
        categoricalColumn('label', label),
        numericColumn(
          'score',
          label.map((l) => Math.min(1, Math.max(0, (l === 'yes' ? 0.7 : 0.3) + (random() - 0.5) * 0.6))),
        ),
      ]);
    };
    reports.push(
      compareTables(
        side(1, 0.2),
        side(2, 0.5),
        resolveSettings([
          {
            source: 'test',
            values: { target: 'label', prediction: 'score', slices: 'segment', critical: 'segment=a' },
          },
        ]),
      ),
    );
    expect(reports[1].performance?.reference.rocAuc).toBeDefined();
    expect(reports[1].hints?.length).toBeGreaterThan(0);
    expect(reports[1].critical?.removed).toBeGreaterThan(0);
    for (const report of reports) {
      expect(report.slices?.length).toBeGreaterThan(0);
      const json = JSON.parse(JSON.stringify(report));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('action.yml declares exactly the options exposed as inputs, in declaration order', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    const expected = (OPTIONS as readonly Option[]).filter((o) => o.exposed.input).map((o) => o.key);
    expect(Object.keys(action.inputs)).toEqual(expected);
    expect(expected).toContain('config');
    expect(expected).toContain('github-token');
    expect(expected).toContain('markdown');
    expect(expected).not.toContain('html');
    expect(expected).not.toContain('column-settings');
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
