/**
 * Real exports end to end (issue 11): a bird-strike table whose damage level is mostly "None"
 * (vega-datasets birdstrikes.csv) and a `;`-delimited export with decimal commas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTables } from '../../src/data/load.js';
import { compareTables } from '../../src/engine/compare.js';
import { renderText } from '../../src/report/text.js';
import { resolveSettings } from '../../src/settings/settings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const birdstrikes = readFileSync(
  path.join(root, 'node_modules', 'vega-datasets', 'data', 'birdstrikes.csv'),
  'utf8',
);
const encoder = new TextEncoder();
const settingsOf = (values: Record<string, unknown> = {}) => resolveSettings([{ source: 'test', values }]);

async function compareTexts(reference: string, candidate: string, values: Record<string, unknown> = {}) {
  const settings = settingsOf(values);
  const tables = await loadTables(
    { label: 'ref.csv', bytes: encoder.encode(reference) },
    { label: 'cand.csv', bytes: encoder.encode(candidate) },
    { worker: 'off', missingValues: settings.missingValues },
  );
  return compareTables(tables.reference, tables.candidate, settings, { now: new Date(0) });
}

describe('real exports', () => {
  it('birdstrikes: "None" damage is a category (0% missing, tested on every row) with a note', async () => {
    const [header, ...rows] = birdstrikes.trim().split('\n');
    const even = [header, ...rows.filter((_, i) => i % 2 === 0)].join('\n');
    const odd = [header, ...rows.filter((_, i) => i % 2 === 1)].join('\n');
    const report = await compareTexts(even, odd);
    const damage = report.columns.find((c) => c.name === 'Effect Amount of damage');
    expect(damage?.type).toBe('categorical');
    expect(damage?.reference.missingShare).toBe(0);
    expect(damage?.candidate.missingShare).toBe(0);
    expect(damage?.status).toBe('compared');
    expect(damage?.drift).toBe(false);
    const note = report.quality.find((f) => f.check === 'null-like-category');
    expect(note?.severity).toBe('info');
    expect(note?.column).toBe('Effect Amount of damage');
    expect(note?.message).toMatch(
      /^'Effect Amount of damage' holds 'None' in \d+\.\d% of its values: a text column, so 'None' is kept as a category, not counted as missing$/,
    );
    // no column drifts; the one data-quality warning (new aircraft models in the other half) warns
    expect(report.dataset.driftedColumns).toEqual([]);
    expect(report.verdict).toBe('warn');
  });

  it('a ;-delimited export with decimal commas compares its numbers as numbers', async () => {
    const lines = (shift: number) => [
      'Kunde;Betrag;Region',
      ...Array.from(
        { length: 400 },
        (_, i) => `${'ABCD'[i % 4]};${(((i * 37) % 500) / 10 + shift).toFixed(2).replace('.', ',')};Nord`,
      ),
    ];
    const same = await compareTexts(lines(0).join('\n'), lines(0).join('\n'));
    const amount = same.columns.find((c) => c.name === 'Betrag');
    expect([amount?.type, amount?.test, amount?.drift]).toEqual(['numeric', 'ks', false]);
    expect(same.verdict).toBe('pass');
    const shifted = await compareTexts(lines(0).join('\n'), lines(30).join('\n'));
    expect(shifted.columns.find((c) => c.name === 'Betrag')?.drift).toBe(true);
    expect(renderText(shifted, { color: false })).toMatch(/Betrag\s+numeric\s+DRIFT\s+median /);
  });

  it('missing-values: "" (only the empty field) keeps "NA" a value in a number column', async () => {
    const text = ['x,y', ...Array.from({ length: 40 }, (_, i) => `${i % 5 === 0 ? 'NA' : i},${i % 3}`)].join(
      '\n',
    );
    const defaults = await compareTexts(text, text);
    expect(defaults.columns.find((c) => c.name === 'x')?.reference.missingShare).toBe(0.2);
    const onlyEmpty = await compareTexts(text, text, { 'missing-values': '' });
    expect(onlyEmpty.settings.missingValues).toEqual(['']);
    const x = onlyEmpty.columns.find((c) => c.name === 'x');
    expect([x?.type, x?.reference.missingShare]).toEqual(['categorical', 0]);
  });
});
