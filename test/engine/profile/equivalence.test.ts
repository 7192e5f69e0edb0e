/**
 * Done-when of issue 14 (profiles): a comparison against a reference profile gives the same dataset
 * verdict and the same drifted columns as against the raw reference, on every example pair in
 * examples/data and on the public cases of test/checks/real-data.test.ts and
 * test/engine/real-exports.test.ts (the same files, settings and splits).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/report/model.js';
import { profileReport, rawReport, type Side, settingsOf } from './helpers.js';

const encoder = new TextEncoder();
const file = (path: string): Side => ({ label: path, path });
const text = (label: string, content: string): Side => ({ label, bytes: encoder.encode(content) });

function seattle(keep: (date: string) => boolean): string {
  const [header, ...rows] = readFileSync('node_modules/vega-datasets/data/seattle-weather.csv', 'utf8')
    .trimEnd()
    .split('\n');
  return [header, ...rows.filter((row) => keep(row.slice(0, 10)))].join('\n');
}
const summer = (d: string) => ['06', '07', '08'].includes(d.slice(5, 7));

const birdstrikes = readFileSync('node_modules/vega-datasets/data/birdstrikes.csv', 'utf8')
  .trim()
  .split('\n');
const halves = (lines: string[], parity: number) =>
  [lines[0], ...lines.slice(1).filter((_, i) => i % 2 === parity)].join('\n');
const decimalCommas = (shift: number) =>
  [
    'Kunde;Betrag;Region',
    ...Array.from(
      { length: 400 },
      (_, i) => `${'ABCD'[i % 4]};${(((i * 37) % 500) / 10 + shift).toFixed(2).replace('.', ',')};Nord`,
    ),
  ].join('\n');
const withNa = ['x,y', ...Array.from({ length: 40 }, (_, i) => `${i % 5 === 0 ? 'NA' : i},${i % 3}`)].join(
  '\n',
);

const examples = ['train.csv', 'train-all.csv', 'stable.csv', 'incoming.csv', 'broken.csv'].map(
  (name) => `examples/data/${name}`,
);
const examplePairs: [string, string][] = [];
for (const reference of examples) for (const candidate of examples) examplePairs.push([reference, candidate]);

const cases: { name: string; reference: Side; candidate: Side; values?: Record<string, unknown> }[] = [
  ...examplePairs.map(([reference, candidate]) => ({
    name: `${reference} vs ${candidate}`,
    reference: file(reference),
    candidate: file(candidate),
  })),
  {
    name: 'examples with examples/drift.yml settings: train vs incoming',
    reference: file('examples/data/train.csv'),
    candidate: file('examples/data/incoming.csv'),
    values: { 'drift-share': 0.3, 'ignore-columns': 'Name', 'categorical-columns': 'Cylinders' },
  },
  {
    name: 'seattle winters vs summers',
    reference: text(
      'winter.csv',
      seattle((d) => ['12', '01', '02'].includes(d.slice(5, 7))),
    ),
    candidate: text('summer.csv', seattle(summer)),
    values: { 'ignore-columns': 'date' },
  },
  {
    name: 'seattle even vs odd summer days',
    reference: text(
      'even.csv',
      seattle((d) => summer(d) && Number(d.slice(8, 10)) % 2 === 0),
    ),
    candidate: text(
      'odd.csv',
      seattle((d) => summer(d) && Number(d.slice(8, 10)) % 2 === 1),
    ),
    values: { 'ignore-columns': 'date' },
  },
  {
    name: 'seattle whole years 2012 vs 2015 (dates kept)',
    reference: text(
      '2012.csv',
      seattle((d) => d.startsWith('2012')),
    ),
    candidate: text(
      '2015.csv',
      seattle((d) => d.startsWith('2015')),
    ),
  },
  {
    name: 'birdstrikes even vs odd rows',
    reference: text('even.csv', halves(birdstrikes, 0)),
    candidate: text('odd.csv', halves(birdstrikes, 1)),
  },
  {
    name: 'decimal commas, same',
    reference: text('a.csv', decimalCommas(0)),
    candidate: text('b.csv', decimalCommas(0)),
  },
  {
    name: 'decimal commas, shifted',
    reference: text('a.csv', decimalCommas(0)),
    candidate: text('b.csv', decimalCommas(30)),
  },
  { name: 'NA in a number column', reference: text('a.csv', withNa), candidate: text('b.csv', withNa) },
  {
    name: 'NA kept as a value (missing-values "")',
    reference: text('a.csv', withNa),
    candidate: text('b.csv', withNa),
    values: { 'missing-values': '' },
  },
];

const summary = (report: Report) => ({
  verdict: report.verdict,
  drifted: report.dataset.driftedColumns,
  multivariate: report.multivariate?.outcome ?? null,
});

describe('a profile as the reference gives the raw reference verdict', () => {
  for (const { name, reference, candidate, values } of cases) {
    it(name, async () => {
      const settings = settingsOf(values);
      const raw = await rawReport(reference, candidate, settings);
      const { report } = await profileReport(reference, candidate, settings);
      if (candidate.label.endsWith('broken.csv') && !reference.label.endsWith('broken.csv')) {
        // broken.csv lacks Acceleration: the raw check refits without it; a profile's PCA cannot
        // drop a dimension, so its multivariate check is skipped with the reason (verdict unchanged)
        expect(report.multivariate?.status).toBe('skipped');
        expect(report.multivariate?.explanation).toMatch(/the candidate has no column Acceleration/);
        expect({ ...summary(report), multivariate: null }).toEqual({ ...summary(raw), multivariate: null });
        return;
      }
      expect(summary(report)).toEqual(summary(raw));
      // every compared column has the same decision
      expect(Object.fromEntries(report.columns.map((c) => [c.name, c.outcome]))).toEqual(
        Object.fromEntries(raw.columns.map((c) => [c.name, c.outcome])),
      );
    });
  }
});
